package io.tickmark.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Where the optional language model is: an OpenAI-compatible base URL (Ollama {@code http://localhost:11434/v1},
 * vLLM, llama.cpp server, DeepSeek, Qwen, ...), the model name, an API key (may be empty for local servers),
 * the time allowed per call and the retries after a failed call. Read from {@code TICKMARK_LLM_URL},
 * {@code TICKMARK_LLM_MODEL}, {@code TICKMARK_LLM_KEY}, {@code TICKMARK_LLM_TIMEOUT} (seconds) unless given.
 */
public record LanguageModelSettings(String baseUrl, String model, String apiKey, Duration timeout, int retries) {
    public static final String URL_ENV = "TICKMARK_LLM_URL";
    public static final String MODEL_ENV = "TICKMARK_LLM_MODEL";
    public static final String KEY_ENV = "TICKMARK_LLM_KEY";
    public static final String TIMEOUT_ENV = "TICKMARK_LLM_TIMEOUT";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_RETRIES = 1;

    public LanguageModelSettings {
        if (baseUrl == null || baseUrl.isBlank()) throw new IllegalArgumentException("no language-model URL: give --llm-url or set " + URL_ENV);
        baseUrl = baseUrl.strip();
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("language-model URL '" + baseUrl + "' is not a URL", e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("language-model URL '" + baseUrl + "' is not an http(s) URL like http://localhost:11434/v1");
        }
        if (model == null || model.isBlank()) throw new IllegalArgumentException("no language-model name: give --llm-model or set " + MODEL_ENV);
        model = model.strip();
        apiKey = apiKey == null || apiKey.isBlank() ? "none" : apiKey.strip();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("language-model timeout " + timeout + " is not positive");
        if (retries < 0 || retries > 5) throw new IllegalArgumentException("language-model retries " + retries + " is not between 0 and 5");
    }

    /**
     * The settings from options, falling back to the environment; null when neither names a URL (no model
     * configured, the normal offline case).
     */
    public static LanguageModelSettings resolve(String url, String model, String key, Integer timeoutSeconds, Map<String, String> env) {
        String u = first(url, env.get(URL_ENV));
        if (u == null) return null;
        Duration timeout = DEFAULT_TIMEOUT;
        if (timeoutSeconds != null) {
            timeout = Duration.ofSeconds(timeoutSeconds);
        } else if (env.get(TIMEOUT_ENV) != null && !env.get(TIMEOUT_ENV).isBlank()) {
            try {
                timeout = Duration.ofSeconds(Long.parseLong(env.get(TIMEOUT_ENV).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(TIMEOUT_ENV + "='" + env.get(TIMEOUT_ENV) + "' is not a number of seconds", e);
            }
        }
        return new LanguageModelSettings(u, first(model, env.get(MODEL_ENV)), first(key, env.get(KEY_ENV)), timeout, DEFAULT_RETRIES);
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) return a;
        return b == null || b.isBlank() ? null : b;
    }

    /** "qwen2.5:7b at http://localhost:11434/v1" (never the key). */
    public String describe() {
        return model + " at " + baseUrl;
    }
}
