package io.tickmark.app;

import io.tickmark.llm.LanguageModelSettings;
import picocli.CommandLine.Option;

/**
 * The optional language model's options, shared by the commands that may use one ({@code ask}, {@code credit}); each
 * option falls back to its {@code TICKMARK_LLM_*} variable. What the model may do is the command's to say.
 */
final class LlmOptions {
    @Option(names = "--llm-url", paramLabel = "URL",
            description = "OpenAI-compatible endpoint of a language model, e.g. http://localhost:11434/v1 for Ollama"
                    + " (default: $TICKMARK_LLM_URL; none: no model is used).")
    String url;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "Model name at that endpoint (default: $TICKMARK_LLM_MODEL).")
    String model;

    @Option(names = "--llm-key", paramLabel = "KEY", description = "API key (default: $TICKMARK_LLM_KEY; local servers need none).")
    String key;

    @Option(names = "--llm-timeout", paramLabel = "SECONDS", description = "Time allowed per model call (default: $TICKMARK_LLM_TIMEOUT or 60).")
    Integer timeout;

    /** The model's settings from the options and the environment, or null when no model is configured. */
    LanguageModelSettings settings(Io io) {
        try {
            return LanguageModelSettings.resolve(url, model, key, timeout, io.env());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
