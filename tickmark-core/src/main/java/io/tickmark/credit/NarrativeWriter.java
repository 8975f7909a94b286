package io.tickmark.credit;

/**
 * Writes the memo's narrative from an analysis. The seam for a language model: an implementation
 * may call a model (through io.tickmark.llm), but {@link CreditAnalyst} checks its text with
 * {@link CreditAnalysis#checker()} (the {@link io.tickmark.llm.NumberChecker} that also checks a model's cited
 * answers) before the memo is written, and every number in it must be one of the analysis's
 * ticked figures; text that fails is replaced by the {@link TemplateNarrative} and the memo says why.
 */
@FunctionalInterface
public interface NarrativeWriter {
    Narrative write(CreditAnalysis analysis);
}
