package io.tickmark.eval;

import io.tickmark.ask.ChineseQuestions;
import io.tickmark.spread.CasSpread;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Grades Chinese metric questions (FinGLM gold) answered from spreads: correct, wrong or abstained. */
public final class CnQuestions {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?%?");

    private CnQuestions() {
    }

    public enum Grade { CORRECT, WRONG, ABSTAINED }

    public record Graded(String id, String question, String gold, String answer, Grade grade) {}

    static List<Graded> grade(List<Map<String, String>> facts, List<CasSpread> spreads) {
        Map<String, Map<String, String>> questions = new LinkedHashMap<>();
        for (Map<String, String> f : facts) questions.putIfAbsent(f.get("question_id"), f);
        ChineseQuestions asker = new ChineseQuestions(spreads);
        List<Graded> out = new ArrayList<>();
        for (Map<String, String> q : questions.values()) {
            ChineseQuestions.Reply reply = asker.ask(q.get("question"));
            String gold = q.get("gold_answer");
            Grade grade;
            if (!reply.answered()) grade = Grade.ABSTAINED;
            else grade = matches(gold, reply.values()) ? Grade.CORRECT : Grade.WRONG;
            out.add(new Graded(q.get("question_id"), q.get("question"), gold, reply.text(), grade));
        }
        return out;
    }

    /** Whether every number of the gold answer equals the answer's value at the gold's decimals (percent read as percent). */
    static boolean matches(String gold, List<BigDecimal> values) {
        Matcher m = NUMBER.matcher(gold);
        List<String> golds = new ArrayList<>();
        while (m.find()) golds.add(m.group());
        if (golds.isEmpty() || golds.size() != values.size()) return false;
        for (int i = 0; i < golds.size(); i++) {
            String g = golds.get(i);
            boolean percent = g.endsWith("%");
            BigDecimal expected = new BigDecimal(percent ? g.substring(0, g.length() - 1) : g);
            BigDecimal v = values.get(i);
            if (percent) v = v.multiply(BigDecimal.valueOf(100));
            if (v.setScale(expected.scale(), RoundingMode.HALF_UP).compareTo(expected) != 0) return false;
        }
        return true;
    }
}
