package io.tickmark.server;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Fact;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.store.FactOverride;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A spread as the API and the web UI show it: every value with its fact id, its tick mark, the checks
 * it failed (shown in place), and the correction in force beside the extracted value (never instead).
 */
final class SpreadView {
    private SpreadView() {}

    /** The corrections in force by fact id: the newest of each fact. */
    static Map<String, FactOverride> inForce(List<FactOverride> overrides) {
        Map<String, FactOverride> last = new HashMap<>();
        for (FactOverride o : overrides) last.put(new FactRef(o.statement(), o.line(), o.column()).id(), o);
        return last;
    }

    static Map<String, Object> of(Spread spread, List<FactOverride> overrides) {
        Map<String, FactOverride> corrections = inForce(overrides);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document", spread.document());
        List<Object> statements = new ArrayList<>();
        for (int s = 0; s < spread.statements().size(); s++) {
            StatementSpread st = spread.statements().get(s);
            Map<String, Object> sv = new LinkedHashMap<>();
            sv.put("type", st.type());
            sv.put("title", st.title());
            sv.put("pages", st.pages());
            sv.put("periods", st.periods().stream().map(p -> p.label()).toList());
            sv.put("scale", st.scale());
            sv.put("currency", st.currency());
            List<Object> lines = new ArrayList<>();
            for (int l = 0; l < st.lines().size(); l++) {
                SpreadLine line = st.lines().get(l);
                Map<String, Object> lv = new LinkedHashMap<>();
                lv.put("concept", line.concept());
                lv.put("label", line.label());
                lv.put("rawLabel", line.rawLabel());
                List<Object> values = new ArrayList<>();
                for (int v = 0; v < line.values().size(); v++) {
                    String id = new FactRef(s, l, v).id();
                    Fact f = line.values().get(v);
                    values.add(f == null ? null : value(id, f, corrections.get(id), failed(spread, f)));
                }
                lv.put("values", values);
                lines.add(lv);
            }
            sv.put("lines", lines);
            statements.add(sv);
        }
        out.put("statements", statements);
        out.put("checks", spread.checks());
        out.put("warnings", spread.warnings());
        out.put("overrides", overrides.stream().map(o -> override(o)).toList());
        return out;
    }

    static Map<String, Object> value(String id, Fact f, FactOverride correction, List<String> failedChecks) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("concept", f.concept());
        v.put("period", f.period().label());
        v.put("periodEnd", f.period().end());
        v.put("months", f.period().months());
        v.put("value", f.value());
        v.put("unit", f.unit().code());
        v.put("confidence", f.confidence());
        v.put("source", f.source());
        v.put("failedChecks", failedChecks);
        v.put("correction", correction == null ? null : override(correction));
        v.put("effectiveValue", correction != null && correction.value() != null ? correction.value() : f.value());
        v.put("effectiveConcept", correction != null && correction.concept() != null ? correction.concept() : f.concept());
        return v;
    }

    static Map<String, Object> override(FactOverride o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("fact", new FactRef(o.statement(), o.line(), o.column()).id());
        m.put("concept", o.concept());
        m.put("value", o.value());
        m.put("reason", o.reason());
        m.put("author", o.author());
        m.put("at", o.createdAt().toString());
        return m;
    }

    /** The names of the failed checks that involve this fact's concept in its period. */
    static List<String> failed(Spread spread, Fact f) {
        if (f.concept() == null) return List.of();
        List<String> names = new ArrayList<>();
        for (CheckResult c : spread.checks()) {
            if (c.failed() && c.concepts().contains(f.concept()) && (c.period() == null || c.period().sameAs(f.period()))) {
                names.add(c.name() + (c.message() == null ? "" : ": " + c.message()));
            }
        }
        return names;
    }
}
