package io.tickmark.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which section of a filing a question's words point to, read from {@code section-priors.csv} (editable): a
 * question about risks looks in Item 1A Risk Factors, one asking what drove a change in MD&amp;A, one about
 * lawsuits in Legal Proceedings and the contingencies note. Each row: question phrases ({@code |}-separated,
 * whole words, any case), a pattern of the section heading, and the factor for passages under it.
 */
final class SectionPriors {
    private record Rule(List<Pattern> phrases, Priors.SectionPrior prior) {
    }

    private static SectionPriors standard;
    private final List<Rule> rules;

    private SectionPriors(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static synchronized SectionPriors standard() {
        if (standard == null) standard = read("section-priors.csv");
        return standard;
    }

    /** The section priors whose phrases the question uses. */
    List<Priors.SectionPrior> matching(String question) {
        List<Priors.SectionPrior> out = new ArrayList<>();
        for (Rule r : rules) if (r.phrases().stream().anyMatch(p -> p.matcher(question).find())) out.add(r.prior());
        return out;
    }

    static SectionPriors read(String resource) {
        try (InputStream in = SectionPriors.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the search package");
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            List<Rule> rules = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                List<String> cells = QueryExpansion.cells(lines[i]);
                String where = resource + " line " + (i + 1);
                if (cells.size() != 3) throw new IllegalStateException(where + " has " + cells.size() + " cells, expected 3 (phrases, section, factor)");
                List<Pattern> phrases = new ArrayList<>();
                for (String p : cells.get(0).split("\\|")) {
                    if (!p.isBlank()) phrases.add(Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(p.strip()) + "(?![\\p{L}\\p{N}])"));
                }
                float factor;
                try {
                    factor = Float.parseFloat(cells.get(2));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(where + ": factor '" + cells.get(2) + "' is not a number", e);
                }
                if (factor <= 0) throw new IllegalStateException(where + ": factor " + factor + " must be positive");
                try {
                    rules.add(new Rule(phrases, new Priors.SectionPrior(Pattern.compile(cells.get(1), Pattern.CASE_INSENSITIVE), factor)));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(where + ": section pattern '" + cells.get(1) + "' is not a valid pattern", e);
                }
            }
            return new SectionPriors(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
