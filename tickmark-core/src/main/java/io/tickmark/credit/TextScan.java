package io.tickmark.credit;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.facts.TextFinding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks through a report's text for going-concern doubt, an opinion other than unqualified, and
 * material weaknesses in internal control, quoting the wording with its page. Statements that deny
 * the doubt ("no substantial doubt", "did not identify any material weakness") and hypothetical risk
 * factor wording ("could raise substantial doubt") are not findings.
 */
public final class TextScan {
    private record Rule(String kind, Pattern pattern, boolean severe) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("going concern", Pattern.compile("substantial doubt (?:about|regarding|as to) (?:the company's|our|its|the group's|[a-z]+'s) ability to continue as a going concern", Pattern.CASE_INSENSITIVE), true),
            new Rule("adverse or qualified opinion", Pattern.compile("\\b(?:adverse opinion|qualified opinion|except for the effects? of|do not express an opinion|disclaimer of opinion)\\b", Pattern.CASE_INSENSITIVE), true),
            new Rule("material weakness", Pattern.compile("\\bmaterial weakness(?:es)? in (?:our |the company's |its )?internal control", Pattern.CASE_INSENSITIVE), true));
    private static final Pattern DENIAL = Pattern.compile("\\b(?:no|not|without|nor|absence of|did not identify any|could|may|might|would|if|whether|unless)\\b[^.;]{0,80}$", Pattern.CASE_INSENSITIVE);

    private TextScan() {
    }

    public static List<TextFinding> scan(Document document) {
        List<TextFinding> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Page page : document.pages()) {
            String text = page.text().replaceAll("\\s+", " ");
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(text);
                while (m.find()) {
                    String before = text.substring(Math.max(0, m.start() - 100), m.start());
                    int sentence = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
                    String clause = sentence >= 0 ? before.substring(sentence + 2) : before;
                    if (DENIAL.matcher(clause).find()) continue;
                    if (!seen.add(rule.kind() + "@" + page.number())) continue;
                    String excerpt = text.substring(Math.max(0, m.start() - 120), Math.min(text.length(), m.end() + 80)).strip();
                    out.add(new TextFinding(rule.kind(), document.fileName(), page.number(), "..." + excerpt + "...", rule.severe()));
                }
            }
        }
        return out;
    }
}
