/**
 * The optional language model: {@link io.tickmark.llm.LanguageModel} (one call: system + user text in, text out),
 * its OpenAI-compatible implementation through LangChain4j ({@link io.tickmark.llm.OpenAiLanguageModel}, configured by
 * {@link io.tickmark.llm.LanguageModelSettings} from options or TICKMARK_LLM_* variables), the
 * {@link io.tickmark.llm.NumberChecker} that finds numbers in a text that no allowed figure supports (the one checker
 * for cited answers and for a model's credit-memo narrative, see {@code CreditAnalysis.checker()}), and the
 * {@link io.tickmark.llm.CitedAnswerer} that asks for an answer citing numbered passages and checks it. The model is
 * never the source of a figure.
 */
package io.tickmark.llm;
