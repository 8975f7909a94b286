package io.tickmark.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.tickmark.output.SpreadJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Tickmark server: the versioned JSON API under {@code /v1}, its OpenAPI description at
 * {@code /openapi.json}, and the web UI at {@code /}, all over one port. Every {@code /v1} route but
 * {@code /v1/health} needs an API key ({@code X-Api-Key} or {@code Authorization: Bearer}); the key's
 * workspace is the only one the request can see.
 */
public final class TickmarkServer implements AutoCloseable {
    /** A route as registered, for the OpenAPI test: method and path in OpenAPI's {param} form. */
    public record Route(String method, String path) {
    }

    private final ServerConfig config;
    private final AccessKeys keys;
    private final Workspaces workspaces;
    private final Jobs jobs;
    private final VectorWorker vectors = new VectorWorker();
    private final Api api;
    private final List<Route> routes = new ArrayList<>();
    private Javalin app;

    private TickmarkServer(ServerConfig config, AccessKeys keys) {
        this.config = config;
        this.keys = keys;
        this.workspaces = new Workspaces(config);
        this.jobs = new Jobs(config.jobThreads(), config.jobQueue());
        this.api = new Api(config, workspaces, jobs, vectors);
    }

    /** Creates the server over the configuration (keys read from the data dir); {@link #start()} opens the port. */
    public static TickmarkServer create(ServerConfig config) throws IOException {
        Files.createDirectories(config.dataDir());
        return new TickmarkServer(config, AccessKeys.load(config.dataDir()));
    }

    public AccessKeys keys() {
        return keys;
    }

    public ServerConfig config() {
        return config;
    }

    /** The routes of the API, as registered. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Opens the port; returns this. */
    public TickmarkServer start() {
        ObjectMapper mapper = SpreadJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);
        app = Javalin.create(cfg -> configure(cfg, mapper));
        app.start(config.host(), config.port());
        return this;
    }

    /** The port in use (the chosen one when configured as 0). */
    public int port() {
        return app.port();
    }

    /** Prints the start-up banner: the configuration minus secrets, and where to point a browser. */
    public void printBanner(PrintStream out) {
        out.println("Tickmark server");
        out.println(config.describe());
        out.println("listening on http://" + config.host() + ":" + port() + "/  (API: /v1, description: /openapi.json)");
        out.flush();
    }

    private void configure(JavalinConfig cfg, ObjectMapper mapper) {
        cfg.jsonMapper(new JavalinJackson(mapper, false));
        cfg.startup.showJavalinBanner = false;
        cfg.http.maxRequestSize = 1_000_000L;
        // Jetty only caps the whole request (refused earlier by its Content-Length); each file's limit is checked
        // after parsing, so the client reads a JSON 413 instead of a connection cut in mid-upload.
        long request = config.maxUploadBytes() * config.maxUploadFiles() + 1_000_000L;
        cfg.jetty.multipartConfig.maxFileSize(request, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(request, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        cfg.jetty.multipartConfig.cacheDirectory(config.dataDir().resolve("tmp").toAbsolutePath().toString());
        cfg.staticFiles.add(s -> {
            s.hostedPath = "/";
            s.directory = "/io/tickmark/server/web";
            s.location = Location.CLASSPATH;
        });
        var r = cfg.routes;
        r.beforeMatched("/v1/*", ctx -> new Auth(keys).require(ctx));
        r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        r.exception(com.fasterxml.jackson.core.JsonProcessingException.class,
                (e, ctx) -> error(ctx, 400, "bad_json", "the request body is not valid JSON: " + e.getOriginalMessage()));
        r.exception(io.javalin.http.HttpResponseException.class,
                (e, ctx) -> {
                    if (e.getStatus() == 404) notFound(ctx);
                    else error(ctx, e.getStatus(), "http_" + e.getStatus(), e.getMessage());
                });
        r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            Throwable cause = e;
            while (cause.getCause() != null && cause != cause.getCause()) cause = cause.getCause();
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("maxFileSize")
                    || String.valueOf(e.getMessage()).contains("exceeds") || cause.getClass().getSimpleName().contains("TooLarge")) {
                error(ctx, 413, "too_large", "the upload is larger than the limit of " + config.maxUploadBytes()
                        + " bytes a file (upload.max.bytes)");
                return;
            }
            System.err.println("tickmark server: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, "internal", "the server failed on this request: " + e.getMessage());
        });
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) notFound(ctx);
        });
        r.error(405, ctx -> error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));

        route(cfg, HandlerType.GET, "/openapi.json", api::openapi);
        route(cfg, HandlerType.GET, "/v1/health", api::health);
        route(cfg, HandlerType.GET, "/v1/me", api::me);
        route(cfg, HandlerType.POST, "/v1/documents", api::upload);
        route(cfg, HandlerType.GET, "/v1/documents", api::documents);
        route(cfg, HandlerType.GET, "/v1/documents/{sha256}", api::document);
        route(cfg, HandlerType.DELETE, "/v1/documents/{sha256}", api::deleteDocument);
        route(cfg, HandlerType.GET, "/v1/documents/{sha256}/spread", api::spread);
        route(cfg, HandlerType.GET, "/v1/documents/{sha256}/facts", api::documentFacts);
        route(cfg, HandlerType.GET, "/v1/documents/{sha256}/facts/{fact}", api::fact);
        route(cfg, HandlerType.GET, "/v1/documents/{sha256}/facts/{fact}/source.png", api::sourceImage);
        route(cfg, HandlerType.GET, "/v1/documents/{sha256}/pages/{page}/image.png", api::pageImage);
        route(cfg, HandlerType.POST, "/v1/documents/{sha256}/facts/{fact}/overrides", api::override);
        route(cfg, HandlerType.GET, "/v1/overrides", api::overrides);
        route(cfg, HandlerType.GET, "/v1/jobs", api::jobs);
        route(cfg, HandlerType.GET, "/v1/jobs/{id}", api::job);
        route(cfg, HandlerType.GET, "/v1/companies", api::companies);
        route(cfg, HandlerType.GET, "/v1/companies/{company}/documents", api::companyDocuments);
        route(cfg, HandlerType.GET, "/v1/companies/{company}/spreads", api::companySpreads);
        route(cfg, HandlerType.GET, "/v1/companies/{company}/facts", api::companyFacts);
        route(cfg, HandlerType.POST, "/v1/ask", api::ask);
        route(cfg, HandlerType.GET, "/v1/search", api::search);
        route(cfg, HandlerType.GET, "/v1/cell", api::cell);
        route(cfg, HandlerType.POST, "/v1/grid/jobs", api::gridSubmit);
        route(cfg, HandlerType.GET, "/v1/grid/jobs/{id}", api::gridJob);
        route(cfg, HandlerType.GET, "/v1/grid/jobs/{id}/xlsx", api::gridXlsx);
        route(cfg, HandlerType.POST, "/v1/companies/{company}/credit-memo", api::creditMemo);
        route(cfg, HandlerType.GET, "/v1/companies/{company}/credit-memo", api::creditMemoDownload);
    }

    private void route(JavalinConfig cfg, HandlerType method, String path, Handler handler) {
        cfg.routes.addHttpHandler(method, path, handler);
        routes.add(new Route(method.name().toLowerCase(java.util.Locale.ROOT), path));
    }

    private static void notFound(Context ctx) {
        error(ctx, 404, "not_found", "no such route: " + ctx.method() + " " + ctx.path() + " (the API is described at /openapi.json)");
    }

    static void error(Context ctx, int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        body.put("status", status);
        // a refused request's body may be left unread: close the connection so the client does not reuse it
        if (status >= 400 && ctx.method() != HandlerType.GET && ctx.method() != HandlerType.DELETE) ctx.header("Connection", "close");
        ctx.status(status).json(body);
    }

    @Override
    public void close() {
        if (app != null) app.stop();
        vectors.close();
        jobs.close();
        workspaces.close();
    }
}
