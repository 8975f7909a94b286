package io.tickmark.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the server runs with. Read from, in rising precedence: defaults, a properties file
 * ({@code --config FILE}), environment variables, command-line options. {@link #describe()} prints
 * it without secrets.
 *
 * <pre>
 * property           environment              default
 * host               TICKMARK_HOST            127.0.0.1
 * port               TICKMARK_PORT            7070
 * data.dir           TICKMARK_HOME            ./tickmark-data
 * store.url          TICKMARK_STORE_URL       (embedded H2 per workspace in the data dir)
 * llm.endpoint       TICKMARK_LLM_URL         (none: no language model; TICKMARK_LLM_ENDPOINT also read)
 * llm.model          TICKMARK_LLM_MODEL
 * llm.api.key        TICKMARK_LLM_KEY         (secret, never printed; TICKMARK_LLM_API_KEY also read)
 * llm.timeout        TICKMARK_LLM_TIMEOUT     60 (seconds per call to the model)
 * upload.max.bytes   TICKMARK_UPLOAD_MAX_BYTES  100000000
 * upload.max.files   TICKMARK_UPLOAD_MAX_FILES  20
 * jobs.threads       TICKMARK_JOB_THREADS     2
 * jobs.queue         TICKMARK_JOB_QUEUE       200
 * search.vectors     TICKMARK_SEARCH_VECTORS  none (or all-minilm-l6-v2-q, bge-small-zh-v15: embedded in the background)
 * </pre>
 */
public record ServerConfig(String host, int port, Path dataDir, String storeUrl, String llmEndpoint, String llmModel,
                           String llmApiKey, long maxUploadBytes, int maxUploadFiles, int jobThreads, int jobQueue,
                           String searchVectors, java.time.Duration llmTimeout) {

    public ServerConfig {
        llmTimeout = llmTimeout == null ? io.tickmark.llm.LanguageModelSettings.DEFAULT_TIMEOUT : llmTimeout;
        if (llmEndpoint != null && llmEndpoint.isBlank()) llmEndpoint = null;
        if (llmEndpoint != null) {
            try {
                new io.tickmark.llm.LanguageModelSettings(llmEndpoint, llmModel, llmApiKey, llmTimeout, io.tickmark.llm.LanguageModelSettings.DEFAULT_RETRIES);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("llm: " + e.getMessage().replace("--llm-model or set TICKMARK_LLM_MODEL", "llm.model (TICKMARK_LLM_MODEL)"), e);
            }
        }
        if (host == null || host.isBlank()) host = "127.0.0.1";
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is outside 0..65535");
        if (dataDir == null) dataDir = Path.of("tickmark-data");
        if (maxUploadBytes < 1) throw new IllegalArgumentException("upload.max.bytes must be at least 1");
        if (maxUploadFiles < 1) throw new IllegalArgumentException("upload.max.files must be at least 1");
        if (jobThreads < 1) throw new IllegalArgumentException("jobs.threads must be at least 1");
        if (jobQueue < 1) throw new IllegalArgumentException("jobs.queue must be at least 1");
        searchVectors = searchVectors == null || searchVectors.isBlank() ? "none" : searchVectors.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            io.tickmark.search.IndexSettings.current().withEmbedding(searchVectors);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("search.vectors: " + e.getMessage(), e);
        }
    }

    public ServerConfig(String host, int port, Path dataDir, String storeUrl, String llmEndpoint, String llmModel,
                        String llmApiKey, long maxUploadBytes, int maxUploadFiles, int jobThreads, int jobQueue, String searchVectors) {
        this(host, port, dataDir, storeUrl, llmEndpoint, llmModel, llmApiKey, maxUploadBytes, maxUploadFiles, jobThreads, jobQueue, searchVectors, null);
    }

    /** Without vectors: keyword search only. */
    public ServerConfig(String host, int port, Path dataDir, String storeUrl, String llmEndpoint, String llmModel,
                        String llmApiKey, long maxUploadBytes, int maxUploadFiles, int jobThreads, int jobQueue) {
        this(host, port, dataDir, storeUrl, llmEndpoint, llmModel, llmApiKey, maxUploadBytes, maxUploadFiles, jobThreads, jobQueue, "none");
    }

    /** The defaults, a server on loopback port 7070 over {@code dataDir}. */
    public static ServerConfig defaults(Path dataDir) {
        return new ServerConfig("127.0.0.1", 7070, dataDir, null, null, null, null, 100_000_000L, 20, 2, 200);
    }

    private static final Map<String, String> ENV = Map.ofEntries(
            Map.entry("host", "TICKMARK_HOST"), Map.entry("port", "TICKMARK_PORT"), Map.entry("data.dir", "TICKMARK_HOME"),
            Map.entry("store.url", "TICKMARK_STORE_URL"), Map.entry("llm.endpoint", "TICKMARK_LLM_URL"),
            Map.entry("llm.model", "TICKMARK_LLM_MODEL"), Map.entry("llm.api.key", "TICKMARK_LLM_KEY"),
            Map.entry("llm.timeout", "TICKMARK_LLM_TIMEOUT"),
            Map.entry("upload.max.bytes", "TICKMARK_UPLOAD_MAX_BYTES"), Map.entry("upload.max.files", "TICKMARK_UPLOAD_MAX_FILES"),
            Map.entry("jobs.threads", "TICKMARK_JOB_THREADS"), Map.entry("jobs.queue", "TICKMARK_JOB_QUEUE"),
            Map.entry("search.vectors", "TICKMARK_SEARCH_VECTORS"));

    private static final Map<String, String> OLD_ENV = Map.of("llm.endpoint", "TICKMARK_LLM_ENDPOINT", "llm.api.key", "TICKMARK_LLM_API_KEY");

    /**
     * The configuration from the file (may be null), the environment and the given command-line values
     * ({@code cli} keys are the property names; a null value is not given).
     *
     * @throws IllegalArgumentException naming the file or variable and the bad value
     */
    public static ServerConfig load(Path file, Map<String, String> env, Map<String, String> cli) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        if (file != null) {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("config file " + file + " does not exist");
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String name : p.stringPropertyNames()) {
                if (!ENV.containsKey(name)) {
                    throw new IllegalArgumentException("config file " + file + ": unknown setting '" + name + "' (known: "
                            + String.join(", ", new java.util.TreeSet<>(ENV.keySet())) + ")");
                }
                values.put(name, p.getProperty(name).trim());
                origin.put(name, "config file " + file);
            }
        }
        // the names the first servers read, still honoured where the command line's names are not set
        OLD_ENV.forEach((name, variable) -> {
            String v = env.get(variable);
            if (v != null && !v.isBlank() && (env.get(ENV.get(name)) == null || env.get(ENV.get(name)).isBlank())) {
                values.put(name, v.trim());
                origin.put(name, "environment variable " + variable);
            }
        });
        ENV.forEach((name, variable) -> {
            String v = env.get(variable);
            if (v != null && !v.isBlank()) {
                values.put(name, v.trim());
                origin.put(name, "environment variable " + variable);
            }
        });
        cli.forEach((name, v) -> {
            if (v != null) {
                values.put(name, v);
                origin.put(name, "option --" + name.replace('.', '-'));
            }
        });
        ServerConfig d = defaults(Path.of("tickmark-data"));
        return new ServerConfig(
                values.getOrDefault("host", d.host()),
                (int) number(values, origin, "port", d.port()),
                values.containsKey("data.dir") ? Path.of(values.get("data.dir")) : d.dataDir(),
                values.get("store.url"), values.get("llm.endpoint"), values.get("llm.model"), values.get("llm.api.key"),
                number(values, origin, "upload.max.bytes", d.maxUploadBytes()),
                (int) number(values, origin, "upload.max.files", d.maxUploadFiles()),
                (int) number(values, origin, "jobs.threads", d.jobThreads()),
                (int) number(values, origin, "jobs.queue", d.jobQueue()),
                values.get("search.vectors"),
                values.containsKey("llm.timeout") ? java.time.Duration.ofSeconds(positive(values, origin, "llm.timeout")) : null);
    }

    private static long positive(Map<String, String> values, Map<String, String> origin, String name) {
        long n = number(values, origin, name, 1);
        if (n < 1) throw new IllegalArgumentException(origin.get(name) + ": " + name + " must be at least 1, not " + n);
        return n;
    }

    /** The language model the server answers with (cited answers, memo narratives), or null when none is configured. */
    public io.tickmark.llm.LanguageModelSettings llm() {
        return llmEndpoint == null ? null
                : new io.tickmark.llm.LanguageModelSettings(llmEndpoint, llmModel, llmApiKey, llmTimeout, io.tickmark.llm.LanguageModelSettings.DEFAULT_RETRIES);
    }

    /** Same configuration with a language model (null endpoint: none). */
    public ServerConfig withLanguageModel(String endpoint, String model, String key, java.time.Duration timeout) {
        return new ServerConfig(host, port, dataDir, storeUrl, endpoint, model, key, maxUploadBytes, maxUploadFiles, jobThreads, jobQueue, searchVectors, timeout);
    }

    private static long number(Map<String, String> values, Map<String, String> origin, String name, long fallback) {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin.get(name) + ": " + name + " must be a whole number, not '" + v + "'");
        }
    }

    /** Same configuration on another port (0 picks a free one). */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, storeUrl, llmEndpoint, llmModel, llmApiKey, maxUploadBytes, maxUploadFiles,
                jobThreads, jobQueue, searchVectors, llmTimeout);
    }

    /** Same configuration with other upload limits. */
    public ServerConfig withUploadLimits(long bytes, int files) {
        return new ServerConfig(host, port, dataDir, storeUrl, llmEndpoint, llmModel, llmApiKey, bytes, files, jobThreads, jobQueue, searchVectors, llmTimeout);
    }

    /** Same configuration with passages embedded in the background by this model ("none" for keywords only). */
    public ServerConfig withSearchVectors(String model) {
        return new ServerConfig(host, port, dataDir, storeUrl, llmEndpoint, llmModel, llmApiKey, maxUploadBytes, maxUploadFiles, jobThreads, jobQueue, model, llmTimeout);
    }

    /** One line per setting, secrets masked: printed at start-up. */
    public String describe() {
        return String.join("\n",
                "  host             " + host,
                "  port             " + port,
                "  data.dir         " + dataDir.toAbsolutePath().normalize(),
                "  store.url        " + (storeUrl == null ? "(embedded H2, one database per workspace)" : Secrets.redactUrl(storeUrl)),
                "  llm.endpoint     " + (llmEndpoint == null ? "(none: no language model)" : Secrets.redactUrl(llmEndpoint)),
                "  llm.model        " + (llmModel == null ? "-" : llmModel),
                "  llm.api.key      " + (llmApiKey == null ? "-" : "(set, not shown)"),
                "  llm.timeout      " + llmTimeout.toSeconds() + " s",
                "  upload.max.bytes " + maxUploadBytes,
                "  upload.max.files " + maxUploadFiles,
                "  jobs.threads     " + jobThreads,
                "  jobs.queue       " + jobQueue,
                "  search.vectors   " + searchVectors + ("none".equals(searchVectors) ? " (keyword search)" : " (embedded in the background)"));
    }

    @Override
    public String toString() {
        return "ServerConfig[" + describe().replace("\n", ";") + "]";
    }
}
