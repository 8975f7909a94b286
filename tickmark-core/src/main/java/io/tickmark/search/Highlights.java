package io.tickmark.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Marks the query's words in a passage ({@code **word**}, compared after analysis) and cuts the densest window. */
final class Highlights {
    static final int WINDOW = 320;
    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The analyzed terms of the query (stemmed, without stop words). */
    Set<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        tokens(query, (term, start, end) -> terms.add(term));
        return terms;
    }

    /** A window of about {@value #WINDOW} characters around the most matches, with every match marked. */
    String snippet(String text, Set<String> terms) {
        List<int[]> hits = new ArrayList<>();
        tokens(text, (term, start, end) -> {
            if (terms.contains(term)) hits.add(new int[]{start, end});
        });
        int from = densest(hits, text.length());
        int to = Math.min(text.length(), from + WINDOW);
        StringBuilder sb = new StringBuilder(from > 0 ? "…" : "");
        int at = from;
        for (int[] h : hits) {
            if (h[0] < from || h[1] > to) continue;
            sb.append(text, at, h[0]).append("**").append(text, h[0], h[1]).append("**");
            at = h[1];
        }
        sb.append(text, at, to);
        if (to < text.length()) sb.append('…');
        return sb.toString().replaceAll("\\s*\\n\\s*", " ");
    }

    private static int densest(List<int[]> hits, int length) {
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < hits.size(); i++) {
            int start = hits.get(i)[0];
            int count = 0;
            for (int j = i; j < hits.size() && hits.get(j)[1] <= start + WINDOW; j++) count++;
            if (count > bestCount) {
                bestCount = count;
                best = start;
            }
        }
        int from = Math.max(0, best - WINDOW / 6);
        return Math.min(from, Math.max(0, length - WINDOW));
    }

    private interface TokenSink {
        void token(String term, int start, int end);
    }

    private void tokens(String text, TokenSink sink) {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) sink.token(term.toString(), offset.startOffset(), offset.endOffset());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze text for highlighting", e);
        }
    }
}
