package io.tickmark.app;

import io.tickmark.server.AccessKeys;
import io.tickmark.server.ServerConfig;
import io.tickmark.server.TickmarkServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code tickmark serve}: the HTTP API, its OpenAPI description and the web UI on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the Tickmark server: the JSON API under /v1, its description at /openapi.json and the web UI at /.",
                "Settings come from --config FILE (properties), then environment variables (TICKMARK_PORT, TICKMARK_HOME,",
                "TICKMARK_STORE_URL, TICKMARK_LLM_URL, ...), then these options; they are printed at start-up, secrets masked.",
                "On first start with no API key, one is made for workspace 'default' and printed once."},
        footer = {"", "Example: tickmark serve --port 7070 --data-dir /srv/tickmark",
                "         tickmark serve --add-key acme:alice      (prints a new key for user alice in workspace acme)"})
final class ServeCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default 7070; 0 picks a free one).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default 127.0.0.1: this machine only).")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder for workspaces, uploads and keys (default: env TICKMARK_HOME, else ./tickmark-data).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with the settings (see README).")
    Path configFile;

    @Option(names = "--vectors", paramLabel = "MODEL",
            description = "Embed uploaded filings' passages in the background for hybrid search: all-minilm-l6-v2-q, bge-small-en-v15-q, bge-small-zh-v15 or none"
                    + " (default: setting search.vectors, else none). Keyword search works as soon as an ingest job is done.")
    String vectors;

    @picocli.CommandLine.Mixin
    private LlmOptions llm;

    @Option(names = "--add-key", paramLabel = "WORKSPACE:USER", description = "Make a new API key for USER in WORKSPACE, print it and exit.")
    String addKey;

    ServeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Map<String, String> cli = new LinkedHashMap<>();
        cli.put("port", port == null ? null : port.toString());
        cli.put("host", host);
        cli.put("data.dir", dataDir == null ? null : dataDir.toString());
        cli.put("search.vectors", vectors);
        cli.put("llm.endpoint", llm.url);
        cli.put("llm.model", llm.model);
        cli.put("llm.api.key", llm.key);
        cli.put("llm.timeout", llm.timeout == null ? null : llm.timeout.toString());
        ServerConfig config;
        try {
            config = ServerConfig.load(configFile, io.env(), cli);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (addKey != null) return addKey(config);
        TickmarkServer server = TickmarkServer.create(config);
        if (server.keys().isEmpty()) {
            String key = server.keys().create("default", "admin");
            io.err().println("No API key yet: made one for user 'admin' in workspace 'default' (shown once, keep it):");
            io.err().println("  " + key);
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.close();
            throw new UserError("cannot start the server on " + config.host() + ":" + config.port() + ": " + rootMessage(e), e);
        }
        server.printBanner(io.out());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "tickmark-serve-stop"));
        stopped.await();
        return 0;
    }

    private int addKey(ServerConfig config) throws java.io.IOException {
        String[] parts = addKey.split(":", 2);
        if (parts.length != 2) throw new UserError("--add-key needs WORKSPACE:USER, e.g. acme:alice");
        try {
            java.nio.file.Files.createDirectories(config.dataDir());
            String key = AccessKeys.load(config.dataDir()).create(parts[0].trim(), parts[1].trim());
            io.out().println(key);
            io.err().println("API key for user '" + parts[1].trim() + "' in workspace '" + parts[0].trim() + "' (shown once, keep it)");
            return 0;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) e = e.getCause();
        return e.getMessage();
    }
}
