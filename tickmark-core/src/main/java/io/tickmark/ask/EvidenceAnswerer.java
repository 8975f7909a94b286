package io.tickmark.ask;

import io.tickmark.llm.CitedAnswerer;
import io.tickmark.llm.LanguageModel;
import io.tickmark.search.Passage;
import io.tickmark.store.FactStore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A question the metric engine cannot compute, answered by a language model from the passages evidence search
 * found: the model sees only those passages (numbered), must cite them, and every number it writes is checked
 * against the cited passages and the stored figures of the filings they come from. The command line and the
 * server answer the same way through this class.
 */
public final class EvidenceAnswerer {
    private final CitedAnswerer answerer;
    private final FactStore facts;

    /** {@code facts} may be null: numbers are then checked against the passages only. */
    public EvidenceAnswerer(LanguageModel model, FactStore facts) {
        this.answerer = new CitedAnswerer(model);
        this.facts = facts;
    }

    /**
     * The model's checked answer from the passages (1-based citations index into {@code passages}); never throws
     * for a model failure (the status says FAILED). {@code notes} hears of anything that weakened the check.
     */
    public CitedAnswerer.CitedAnswer answer(String question, List<Passage> passages, Consumer<String> notes) {
        List<CitedAnswerer.Source> sources = new ArrayList<>(passages.size());
        for (Passage p : passages) sources.add(new CitedAnswerer.Source(p.cite(), p.text()));
        return answerer.answer(question, sources, figures(passages, notes));
    }

    /** The stored fact values of the filings the passages come from: figures an answer may also use. */
    private List<BigDecimal> figures(List<Passage> passages, Consumer<String> notes) {
        List<BigDecimal> out = new ArrayList<>();
        if (facts == null) return out;
        try {
            for (String sha : passages.stream().map(Passage::sha256).distinct().toList()) {
                facts.load(sha).ifPresent(spread -> spread.facts().forEach(f -> out.add(f.value())));
            }
        } catch (RuntimeException e) {
            notes.accept("stored facts not read (" + e.getMessage() + "); numbers are checked against the passages only");
        }
        return out;
    }
}
