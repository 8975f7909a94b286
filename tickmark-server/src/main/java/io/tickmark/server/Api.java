package io.tickmark.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.tickmark.Tickmark;
import io.tickmark.ask.Answer;
import io.tickmark.document.Document;
import io.tickmark.document.DocumentFormat;
import io.tickmark.document.Formats;
import io.tickmark.document.UnreadableDocumentException;
import io.tickmark.facts.Fact;
import io.tickmark.grid.CellAnswer;
import io.tickmark.grid.Grid;
import io.tickmark.grid.GridResult;
import io.tickmark.grid.GridRun;
import io.tickmark.grid.GridXlsx;
import io.tickmark.credit.CreditAnalysis;
import io.tickmark.credit.AnalystInput;
import io.tickmark.credit.CreditAnalyst;
import io.tickmark.credit.TextScan;
import io.tickmark.credit.memo.MemoWriter;
import io.tickmark.output.SpreadJson;
import io.tickmark.search.Filters;
import io.tickmark.search.FiscalPeriod;
import io.tickmark.search.Passage;
import io.tickmark.search.QuestionSearch;
import io.tickmark.search.SearchIndex;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.store.FactOverride;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The handlers of the /v1 API; each works inside the caller's workspace only. */
final class Api {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_QUESTION = 2000;
    private static final int MAX_GRID_CELLS = 2000;
    private static final int GRID_THREADS = 2;

    private final ServerConfig config;
    private final Workspaces workspaces;
    private final Jobs jobs;
    private final PageImages images = new PageImages();
    private final ObjectMapper mapper = SpreadJson.mapper();
    /** Grid jobs being answered or answered (by job id), the newest kept; the job itself lives in {@link Jobs}. */
    private final Map<String, GridTask> grids = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GridTask> eldest) {
            return size() > 64;
        }
    });
    private final ObjectMapper compact = SpreadJson.mapper().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private final VectorWorker vectors;
    /** The configured language model, or null: it phrases evidence answers and memo narratives, never supplies a figure. */
    private final io.tickmark.llm.LanguageModel model;

    Api(ServerConfig config, Workspaces workspaces, Jobs jobs, VectorWorker vectors) {
        this(config, workspaces, jobs, vectors, config.llm() == null ? null : new io.tickmark.llm.OpenAiLanguageModel(config.llm()));
    }

    Api(ServerConfig config, Workspaces workspaces, Jobs jobs, VectorWorker vectors, io.tickmark.llm.LanguageModel model) {
        this.model = model;
        this.vectors = vectors;
        this.config = config;
        this.workspaces = workspaces;
        this.jobs = jobs;
    }

    private Workspace workspace(Context ctx) {
        return workspaces.get(Auth.caller(ctx).workspace());
    }

    void openapi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the server's resources");
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    void me(Context ctx) {
        AccessKeys.Caller c = Auth.caller(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("workspace", c.workspace());
        out.put("user", c.user());
        out.put("limits", Map.of("maxUploadBytes", config.maxUploadBytes(), "maxUploadFiles", config.maxUploadFiles()));
        out.put("languageModel", config.llmEndpoint() != null);
        ctx.json(out);
    }

    // ---- documents ----

    void upload(Context ctx) throws IOException {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.badRequest("send the files as multipart/form-data, each in a part named 'file'");
        }
        long length = ctx.contentLength();
        long total = config.maxUploadBytes() * config.maxUploadFiles() + 1_000_000L;
        if (length > total) {
            throw new ApiException(413, "too_large", "the request of " + length + " bytes is larger than "
                    + config.maxUploadFiles() + " files of at most " + config.maxUploadBytes() + " bytes");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (Exception e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("exceed")
                    || String.valueOf(e.getCause()).toLowerCase(Locale.ROOT).contains("exceed")) {
                throw new ApiException(413, "too_large", "a file is larger than the limit of " + config.maxUploadBytes()
                        + " bytes (upload.max.bytes)");
            }
            throw ApiException.badRequest("the multipart body cannot be read: " + e.getMessage());
        }
        if (files.isEmpty()) throw ApiException.badRequest("no file in the upload: send each file in a multipart part named 'file'");
        if (files.size() > config.maxUploadFiles()) {
            throw new ApiException(413, "too_many_files", files.size() + " files in one upload; the limit is "
                    + config.maxUploadFiles() + " (upload.max.files)");
        }
        for (UploadedFile f : files) {
            if (f.size() > config.maxUploadBytes()) {
                throw new ApiException(413, "too_large", "file '" + Uploads.safeName(f.filename()) + "' has " + f.size()
                        + " bytes, more than the limit of " + config.maxUploadBytes() + " (upload.max.bytes)");
            }
        }
        Workspace ws = workspace(ctx);
        AccessKeys.Caller caller = Auth.caller(ctx);
        List<Object> out = new ArrayList<>();
        boolean queued = false;
        for (UploadedFile f : files) {
            String name = Uploads.safeName(f.filename());
            Uploads.Saved saved;
            try (InputStream in = f.content()) {
                saved = Uploads.save(in, ws.uploads().resolve(".incoming"), name, config.maxUploadBytes());
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", name);
            item.put("sha256", saved.sha256());
            item.put("size", saved.size());
            if (ws.store().contains(saved.sha256())) {
                Files.deleteIfExists(saved.file());
                item.put("status", "stored");
                item.put("duplicate", true);
                item.put("job", null);
            } else {
                var running = jobs.running(caller.workspace(), saved.sha256());
                if (running.isPresent()) {
                    Files.deleteIfExists(saved.file());
                    item.put("status", "ingesting");
                    item.put("duplicate", true);
                    item.put("job", running.get());
                } else {
                    Path kept = Uploads.keep(saved, ws.uploads(), name);
                    Job job;
                    try {
                        job = jobs.submit(caller.workspace(), "ingest", saved.sha256(), p -> ingest(ws, kept, p));
                    } catch (ApiException e) {
                        Uploads.deleteFolder(kept.getParent());
                        throw e;
                    }
                    item.put("status", "queued");
                    item.put("duplicate", false);
                    item.put("job", job);
                    queued = true;
                }
            }
            out.add(item);
        }
        ctx.status(queued ? 202 : 200).json(Map.of("files", out));
    }

    /** The ingest job: read, spread, store, index. A file that cannot be read leaves nothing behind. */
    private Map<String, Object> ingest(Workspace ws, Path file, Jobs.Progress progress) throws Exception {
        try {
            progress.at(0.05, "reading");
            DocumentFormat format;
            try (InputStream in = Files.newInputStream(file)) {
                format = Formats.require(file, in.readNBytes(8192));
            }
            Spread spread;
            Document document;
            if (format == DocumentFormat.PDF) {
                document = Tickmark.read(file);
                progress.at(0.4, "spreading");
                spread = Tickmark.spread(document);
            } else {
                progress.at(0.2, "spreading");
                spread = Tickmark.spread(file);
                progress.at(0.5, "reading for search");
                document = Tickmark.read(file);
            }
            progress.at(0.7, "storing");
            // what the text says of going concern and the audit opinion is kept with the spread, so a memo never reads the file again
            boolean saved = ws.facts().save(spread, TextScan.scan(document));
            ws.store().recordSource(spread.document().sha256(), file);
            progress.at(0.8, "indexing");
            List<String> notes = new ArrayList<>();
            Integer pending = null;
            try {
                SearchIndex index = ws.index();
                index.add(document, file); // searchable by keywords now; its vectors are embedded in the background
                ws.changed(); // the grid resolves companies in the index too
                pending = index.pendingVectors();
                if (pending > 0) vectors.wake(ws);
            } catch (IOException | RuntimeException e) {
                notes.add("stored, but not added to the search index: " + e.getMessage());
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("sha256", spread.document().sha256());
            result.put("company", spread.document().company());
            result.put("statements", spread.statements().size());
            result.put("facts", spread.facts().size());
            result.put("failedChecks", spread.checks().stream().filter(c -> c.failed()).count());
            result.put("warnings", spread.warnings());
            result.put("alreadyStored", !saved);
            result.put("notes", notes);
            if (pending != null && !"none".equals(ws.vectors())) result.put("vectorsPending", pending);
            return result;
        } catch (UnreadableDocumentException e) {
            Uploads.deleteFolder(file.getParent());
            throw new IllegalStateException(file.getFileName() + ": " + e.reason(), e);
        } catch (Exception | Error e) {
            Uploads.deleteFolder(file.getParent());
            throw e;
        }
    }

    void documents(Context ctx) {
        Workspace ws = workspace(ctx);
        ctx.json(Map.of("documents", ws.facts().documents()));
    }

    private static String sha(Context ctx) {
        String sha = ctx.pathParam("sha256").toLowerCase(Locale.ROOT);
        if (!SHA.matcher(sha).matches()) throw ApiException.badRequest("'" + sha + "' is not a document id (the SHA-256 of the file, 64 hex digits)");
        return sha;
    }

    private Spread stored(Workspace ws, String sha) {
        return ws.spread(sha).orElseThrow(() -> ApiException.notFound("no document " + sha + " in this workspace"));
    }

    void document(Context ctx) {
        Workspace ws = workspace(ctx);
        String sha = sha(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sha256", sha);
        var stored = ws.spread(sha);
        if (stored.isPresent()) {
            Spread s = stored.get();
            out.put("status", "stored");
            out.put("document", s.document());
            out.put("statements", s.statements().stream().map(st -> st.type()).toList());
            out.put("facts", s.facts().size());
            out.put("failedChecks", s.checks().stream().filter(c -> c.failed()).count());
            out.put("warnings", s.warnings());
            ctx.json(out);
            return;
        }
        var job = jobs.of(Auth.caller(ctx).workspace()).stream().filter(j -> sha.equals(j.subject())).reduce((a, b) -> b);
        if (job.isEmpty()) throw ApiException.notFound("no document " + sha + " in this workspace");
        out.put("status", job.get().state().name().toLowerCase(Locale.ROOT));
        out.put("job", job.get());
        ctx.json(out);
    }

    void deleteDocument(Context ctx) throws IOException {
        Workspace ws = workspace(ctx);
        String sha = sha(ctx);
        if (!ws.facts().delete(sha)) throw ApiException.notFound("no document " + sha + " in this workspace");
        ws.evict(sha);
        Uploads.deleteFolder(ws.uploads().resolve(sha));
        ctx.json(Map.of("deleted", sha));
    }

    void spread(Context ctx) {
        Workspace ws = workspace(ctx);
        String sha = sha(ctx);
        ctx.json(SpreadView.of(stored(ws, sha), ws.corrections(sha)));
    }

    void documentFacts(Context ctx) {
        Workspace ws = workspace(ctx);
        String sha = sha(ctx);
        ctx.json(Map.of("facts", facts(ws, stored(ws, sha), ctx.queryParam("concept"))));
    }

    private static List<Object> facts(Workspace ws, Spread spread, String concept) {
        Map<String, FactOverride> corrections = SpreadView.inForce(ws.corrections(spread.document().sha256()));
        List<Object> out = new ArrayList<>();
        for (int s = 0; s < spread.statements().size(); s++) {
            StatementSpread st = spread.statements().get(s);
            for (int l = 0; l < st.lines().size(); l++) {
                SpreadLine line = st.lines().get(l);
                for (int v = 0; v < line.values().size(); v++) {
                    Fact f = line.values().get(v);
                    if (f == null) continue;
                    String id = new FactRef(s, l, v).id();
                    FactOverride c = corrections.get(id);
                    String effective = c != null && c.concept() != null ? c.concept() : f.concept();
                    if (concept != null && !concept.equals(effective)) continue;
                    Map<String, Object> view = SpreadView.value(id, f, c, SpreadView.failed(spread, f));
                    view.put("document", spread.document().sha256());
                    view.put("label", f.label());
                    view.put("statement", f.statement());
                    out.add(view);
                }
            }
        }
        return out;
    }

    void fact(Context ctx) {
        Workspace ws = workspace(ctx);
        String sha = sha(ctx);
        Spread spread = stored(ws, sha);
        FactRef ref = FactRef.parse(ctx.pathParam("fact"));
        Fact f = ref.in(spread).orElseThrow(() -> ApiException.notFound("no fact " + ref.id() + " in document " + sha));
        List<FactOverride> trail = ws.corrections(sha).stream()
                .filter(o -> o.statement() == ref.statement() && o.line() == ref.line() && o.column() == ref.column()).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", ref.id());
        out.put("document", sha);
        out.put("extracted", f);
        out.put("inForce", SpreadView.value(ref.id(), f, trail.isEmpty() ? null : trail.get(trail.size() - 1), SpreadView.failed(spread, f)));
        out.put("audit", trail.stream().map(SpreadView::override).toList());
        ctx.json(out);
    }

    void sourceImage(Context ctx) throws IOException {
        Workspace ws = workspace(ctx);
        String sha = sha(ctx);
        Spread spread = stored(ws, sha);
        FactRef ref = FactRef.parse(ctx.pathParam("fact"));
        Fact f = ref.in(spread).orElseThrow(() -> ApiException.notFound("no fact " + ref.id() + " in document " + sha));
        Path file = ws.file(sha).orElseThrow(() -> ApiException.notFound("the file of document " + sha
                + " is not kept on this server (it was stored by another route); its tick mark: " + f.source().cite()));
        if (!pdf(file)) {
            throw new ApiException(415, "not_pdf", "a page image is drawn for PDF documents only; this fact's tick mark is "
                    + f.source().cite() + (f.source().anchor() == null ? "" : ", at " + f.source().anchor())
                    + " (\"" + f.source().rawLabel() + "\" " + f.source().rawValue() + ")");
        }
        byte[] png = images.png(file, f.source());
        ctx.header("Cache-Control", "private, max-age=3600");
        ctx.contentType("image/png").result(png);
    }

    /**
     * A page of a stored PDF as a PNG, the words of {@code q} marked: where a search passage sits on its page.
     * {@code /v1/documents/{sha256}/pages/{page}/image.png?q=capital+expenditure}
     */
    void pageImage(Context ctx) throws IOException {
        Workspace ws = workspace(ctx);
        String sha = sha(ctx);
        stored(ws, sha);
        int page;
        try {
            page = Integer.parseInt(ctx.pathParam("page"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("page '" + ctx.pathParam("page") + "' is not a page number (1 is the first page)");
        }
        if (page < 1) throw ApiException.badRequest("page " + page + ": pages count from 1");
        Path file = ws.file(sha).orElseThrow(() -> ApiException.notFound("the file of document " + sha + " is not kept on this server"));
        if (!pdf(file)) throw new ApiException(415, "not_pdf", "a page image is drawn for PDF documents only");
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_QUESTION) throw ApiException.badRequest("'q' is longer than " + MAX_QUESTION + " characters");
        java.util.Set<String> terms = new java.util.HashSet<>();
        if (q != null) {
            for (String w : q.split("\\s+")) {
                String t = PageImages.word(w);
                if (!t.isEmpty() && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t)) terms.add(t);
            }
        }
        byte[] png = images.png(file, sha, page, terms);
        ctx.header("Cache-Control", "private, max-age=3600");
        ctx.contentType("image/png").result(png);
    }

    private static boolean pdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF");
        }
    }

    void override(Context ctx) {
        Workspace ws = workspace(ctx);
        String sha = sha(ctx);
        Spread spread = stored(ws, sha);
        FactRef ref = FactRef.parse(ctx.pathParam("fact"));
        ref.in(spread).orElseThrow(() -> ApiException.notFound("no fact " + ref.id() + " in document " + sha));
        JsonNode body = json(ctx);
        String concept = text(body, "concept");
        String reason = text(body, "reason");
        BigDecimal value = null;
        JsonNode v = body.get("value");
        if (v != null && !v.isNull()) {
            try {
                value = v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().replace(",", "").trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("'value' must be a number in whole units (e.g. 1234000), not '" + v.asText() + "'");
            }
            if (value.precision() - value.scale() > 30 || value.scale() > 20) {
                throw ApiException.badRequest("'value' " + value + " is outside what the store keeps (30 integer, 20 fraction digits)");
            }
        }
        if (concept == null && value == null) throw ApiException.badRequest("a correction needs 'value', 'concept' or both");
        if (concept != null && !concept.matches("[A-Za-z][A-Za-z0-9_.:-]{0,299}")) {
            throw ApiException.badRequest("'concept' must be a concept name of the chart of accounts, e.g. Revenue");
        }
        FactOverride saved = ws.correct(new FactOverride(0, sha, ref.statement(), ref.line(), ref.column(), concept, value,
                reason, Auth.caller(ctx).user(), null));
        ctx.status(201).json(SpreadView.override(saved));
    }

    void overrides(Context ctx) {
        Workspace ws = workspace(ctx);
        String document = ctx.queryParam("document");
        List<FactOverride> list = document == null ? ws.overrides().all() : ws.corrections(document.toLowerCase(Locale.ROOT));
        ctx.json(Map.of("overrides", list.stream().map(o -> {
            Map<String, Object> m = SpreadView.override(o);
            m.put("document", o.sha256());
            return m;
        }).toList()));
    }

    private JsonNode json(Context ctx) {
        String body = ctx.body();
        if (body == null || body.isBlank()) throw new ApiException(400, "bad_json", "the request needs a JSON body");
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) throw new ApiException(400, "bad_json", "the request body must be a JSON object");
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad_json", "the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw ApiException.badRequest("'" + field + "' must be a string");
        String s = n.asText().trim();
        return s.isEmpty() ? null : s;
    }

    // ---- jobs ----

    void jobs(Context ctx) {
        ctx.json(Map.of("jobs", jobs.of(Auth.caller(ctx).workspace())));
    }

    void job(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Job job = jobs.get(Auth.caller(ctx).workspace(), id).orElseThrow(() -> ApiException.notFound("no job " + id + " in this workspace"));
        Workspace ws = workspace(ctx);
        if (!"ingest".equals(job.kind()) || "none".equals(ws.vectors())) {
            ctx.json(job);
            return;
        }
        // an ingest job is done when its filing is searchable by keywords; say how many passages still wait for vectors
        Map<String, Object> out = compact.convertValue(job, new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
        Integer pending = vectorsPending(ws);
        if (pending != null) out.put("vectorsPending", pending);
        String error = vectors.lastError(ws);
        if (error != null && pending != null && pending > 0) out.put("vectorsError", error);
        ctx.json(out);
    }

    /**
     * The passages of the workspace's index waiting for their vectors (the background worker is woken for them), or
     * null while the index is not open (being rebuilt): a status request never waits for it.
     */
    private Integer vectorsPending(Workspace ws) throws IOException {
        SearchIndex index = ws.openedIndex();
        if (index == null) return null;
        int pending = index.pendingVectors();
        if (pending > 0) vectors.wake(ws);
        return pending;
    }

    private final Object reindexing = new Object();

    /**
     * The workspace's search index for a request. When it must first be rebuilt (built by an older Tickmark or with
     * another embedding model, or lost), a job rebuilds it from the stored documents' uploads and the request is
     * answered 503 with that job, instead of holding the connection for minutes.
     */
    private SearchIndex searchIndex(Workspace ws) throws IOException {
        SearchIndex open = ws.openedIndex();
        if (open != null) return open;
        Job job;
        synchronized (reindexing) {
            if (ws.rebuilding() == null && !ws.indexNeedsRebuild()) return ws.index();
            job = jobs.running(ws.name(), REINDEX).orElseGet(() -> jobs.submit(ws.name(), "reindex", REINDEX, progress -> {
                SearchIndex index = ws.index(progress::at);
                ws.changed();
                int pending = index.pendingVectors();
                if (pending > 0) vectors.wake(ws);
                return Map.of("filings", index.filings().size(), "vectorsPending", pending);
            }));
        }
        String where = ws.rebuilding();
        throw new ApiException(503, "reindexing", "this workspace's search index is being rebuilt from its stored documents"
                + (where == null ? "" : " (" + where + ")") + " by job " + job.id() + " (GET /v1/jobs/" + job.id() + "); search again when it is done");
    }

    /** The subject of the job rebuilding a workspace's search index (one at a time per workspace). */
    private static final String REINDEX = "search index";

    // ---- companies ----

    void companies(Context ctx) {
        Workspace ws = workspace(ctx);
        ctx.json(Map.of("companies", ws.facts().companies()));
    }

    private String company(Context ctx, Workspace ws) {
        String name = ctx.pathParam("company");
        if (!ws.facts().companies().contains(name)) throw ApiException.notFound("no company '" + name + "' in this workspace");
        return name;
    }

    private List<DocumentInfo> documentsOf(Workspace ws, String company) {
        return ws.facts().documents().stream().filter(d -> d.company().equals(company)).toList();
    }

    void companyDocuments(Context ctx) {
        Workspace ws = workspace(ctx);
        ctx.json(Map.of("documents", documentsOf(ws, company(ctx, ws))));
    }

    void companySpreads(Context ctx) {
        Workspace ws = workspace(ctx);
        String company = company(ctx, ws);
        List<Object> spreads = new ArrayList<>();
        for (DocumentInfo d : documentsOf(ws, company)) {
            ws.spread(d.sha256()).ifPresent(s -> spreads.add(SpreadView.of(s, ws.corrections(d.sha256()))));
        }
        ctx.json(Map.of("company", company, "spreads", spreads));
    }

    void companyFacts(Context ctx) {
        Workspace ws = workspace(ctx);
        String company = company(ctx, ws);
        String concept = ctx.queryParam("concept");
        byte[] json = ws.rendered("facts\u0000" + company + "\u0000" + concept, () -> {
            List<Object> all = new ArrayList<>();
            for (DocumentInfo d : documentsOf(ws, company)) ws.spread(d.sha256()).ifPresent(s -> all.addAll(facts(ws, s, concept)));
            try {
                return compact.writeValueAsBytes(Map.of("company", company, "facts", all));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the facts of " + company + " as JSON", e);
            }
        });
        ctx.contentType("application/json").result(json);
    }

    // ---- questions ----

    void ask(Context ctx) throws IOException {
        JsonNode body = json(ctx);
        String question = text(body, "question");
        if (question == null) throw ApiException.badRequest("'question' is missing: send {\"question\": \"What is ...?\"}");
        if (question.length() > MAX_QUESTION) throw ApiException.badRequest("the question has " + question.length()
                + " characters; the limit is " + MAX_QUESTION);
        Workspace ws = workspace(ctx);
        Answer answer = ws.asker().ask(question);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("answer", answer);
        if (io.tickmark.ask.ChineseQuestions.isChinese(question)) {
            // a Chinese metric question is computed from the stored CAS statements (corrections in force), as the CLI does;
            // one asking for no metric goes on to the passages below
            io.tickmark.ask.ChineseQuestions.Reply reply = new io.tickmark.ask.ChineseAsker(ws.facts()).ask(question);
            if (reply.answered() || reply.metric()) {
                out.put("chineseAnswer", reply);
                ctx.json(out);
                return;
            }
        }
        if (answer.status() == Answer.Status.NOT_UNDERSTOOD) {
            List<Passage> evidence;
            String unknown = null;
            try {
                QuestionSearch.Result r = evidence(ws, question, 5);
                evidence = r.passages();
                if (r.unknownCompany() != null) {
                    unknown = r.unknownCompany();
                    out.put("note", r.notes().get(0));
                }
            } catch (ApiException e) {
                if (e.status() != 503) throw e;
                evidence = List.of();
                out.put("note", e.getMessage());
            }
            out.put("evidence", evidence);
            if (unknown != null) {
                out.put("languageModel", "not asked: " + unknown + " is not in the search index, the passages are of other companies");
            } else if (model == null) {
                out.put("languageModel", "none configured: the passages are the evidence, no model phrases an answer");
            } else if (evidence.isEmpty()) {
                out.put("languageModel", "not asked: no passage to answer from");
            } else {
                modelAnswer(ws, question, evidence, out);
            }
        }
        ctx.json(out);
    }

    /**
     * The configured model's answer from the evidence passages, checked: kept only when it cites them, every number
     * not in the cited passages or the stored facts listed as unsupported (the text marks it); otherwise the reason,
     * and the passages stay the answer.
     */
    private void modelAnswer(Workspace ws, String question, List<Passage> evidence, Map<String, Object> out) {
        List<String> notes = new ArrayList<>();
        io.tickmark.llm.CitedAnswerer.CitedAnswer a = new io.tickmark.ask.EvidenceAnswerer(model, ws.facts()).answer(question, evidence, notes::add);
        String who = config.llm().describe();
        if (a.status() == io.tickmark.llm.CitedAnswerer.Status.FAILED || a.status() == io.tickmark.llm.CitedAnswerer.Status.NO_CITATION) {
            out.put("languageModel", who + ": no model answer (" + a.message() + "); the passages are the evidence");
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", a.status().name());
        m.put("text", a.marked());
        m.put("citations", a.citations().stream().map(i -> {
            Passage p = evidence.get(i - 1);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("n", i);
            c.put("cite", p.cite());
            c.put("sha256", p.sha256());
            c.put("page", p.page());
            return c;
        }).toList());
        m.put("unsupported", a.unsupported().stream().map(io.tickmark.llm.NumberChecker.Figure::text).toList());
        if (!a.message().isBlank()) notes.add(a.message());
        m.put("notes", notes);
        m.put("model", who);
        out.put("modelAnswer", m);
        out.put("languageModel", who);
    }

    /** The passages within the filters given: the words read as a question is, or exactly as typed. */
    private List<Passage> searchWithin(Workspace ws, String q, Filters filters, int k, boolean exact) throws IOException {
        SearchIndex index = searchIndex(ws);
        try {
            return exact ? index.search(q, filters, k) : new QuestionSearch(index).search(q, filters, k).passages();
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.startsWith("no company named")) throw ApiException.notFound(m);
            throw ApiException.badRequest(m);
        }
    }

    /** The question's passages among the workspace's stored documents, with what the search noted (an unknown company first). */
    private QuestionSearch.Result evidence(Workspace ws, String question, int k) throws IOException {
        QuestionSearch.Result none = new QuestionSearch.Result(question, Filters.none(), List.of(), List.of());
        if (ws.facts().documents().isEmpty()) return none;
        SearchIndex index = searchIndex(ws);
        try {
            QuestionSearch.Result r = new QuestionSearch(index).search(question, k);
            return new QuestionSearch.Result(r.query(), r.filters(), r.passages().stream().filter(p -> ws.facts().contains(p.sha256())).toList(),
                    r.notes(), r.unknownCompany());
        } catch (IllegalArgumentException e) {
            return none;
        }
    }

    void search(Context ctx) throws IOException {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) throw ApiException.badRequest("'q' is missing: /v1/search?q=capital+expenditure");
        if (q.length() > MAX_QUESTION) throw ApiException.badRequest("'q' is longer than " + MAX_QUESTION + " characters");
        int k = intParam(ctx, "k", 10, 1, 50);
        String company = ctx.queryParam("company");
        String year = ctx.queryParam("year");
        Integer fy = year == null ? null : intParam(ctx, "year", 0, 1900, 2200);
        Filters filters;
        try {
            String period = ctx.queryParam("period");
            filters = new Filters(company, ctx.queryParam("type"), fy, period == null || period.isBlank() ? null : FiscalPeriod.parse(period),
                    dateParam(ctx, "filed_after"), dateParam(ctx, "filed_before"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Workspace ws = workspace(ctx);
        List<Passage> passages;
        List<String> notes = List.of();
        boolean exact = "true".equalsIgnoreCase(ctx.queryParam("exact"));
        if (exact || filters.any()) {
            passages = ws.facts().documents().isEmpty() ? List.of() : searchWithin(ws, q, filters, k, exact);
        } else {
            QuestionSearch.Result r = evidence(ws, q, k);
            passages = r.passages();
            notes = r.notes();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("passages", passages.stream().filter(p -> ws.facts().contains(p.sha256())).toList());
        // what the words were read as: a company they name that no filing is of, a year let go
        if (!notes.isEmpty()) out.put("notes", notes);
        if (!"none".equals(ws.vectors())) {
            Integer pending = vectorsPending(ws);
            if (pending != null) out.put("vectorsPending", pending);
            if (pending != null && pending > 0) {
                String error = vectors.lastError(ws);
                out.put("note", pending + " passages still wait for their vectors: they are found by keywords only until the background embedding reaches them"
                        + (error == null ? "" : "; the embedding failed last with: " + error));
            }
        }
        ctx.json(out);
    }

    /** An ISO date query parameter ("2023-06-30"), or null when absent. */
    private static java.time.LocalDate dateParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return java.time.LocalDate.parse(v.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be a date written YYYY-MM-DD, not '" + v + "'");
        }
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) throw ApiException.badRequest("'" + name + "' must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    /**
     * One plain-text value for Excel's WEBSERVICE(): a cell of the workspace's research grid (a number in the unit
     * the question asks for, yes/no, a short text) or "#N/A " and the reason. Always text/plain; 200 for an answer or
     * a reasoned non-answer.
     */
    void cell(Context ctx) throws IOException {
        String company = ctx.queryParam("company");
        String q = ctx.queryParam("q");
        if (company == null || company.isBlank() || q == null || q.isBlank()) {
            plain(ctx, 400, "#N/A give company= and q=, e.g. /v1/cell?company=3M&q=revenue&year=2018");
            return;
        }
        if (q.length() + company.length() > MAX_QUESTION) {
            plain(ctx, 400, "#N/A the question is too long");
            return;
        }
        String year = ctx.queryParam("year");
        if (year != null && !year.matches("\\d{4}")) {
            plain(ctx, 400, "#N/A year must be four digits, e.g. 2022");
            return;
        }
        java.time.LocalDate asOf;
        try {
            asOf = asOf(ctx.queryParam("as_of"));
        } catch (ApiException e) {
            plain(ctx, 400, "#N/A " + e.getMessage());
            return;
        }
        Workspace ws = workspace(ctx);
        String question = year == null ? q.trim() : cellQuestion(company.trim(), q.trim(), year);
        searchIndex(ws); // a cell may search: not while the index is rebuilt
        CellAnswer a = ws.grid().cell(company.trim(), question, asOf);
        plain(ctx, 200, cellText(a));
    }

    private static void plain(Context ctx, int status, String text) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(text);
    }

    /** A cell as one line of text: the number (plain, in the asked unit), else what the cell shows; "#N/A reason" when not answered. */
    static String cellText(CellAnswer a) {
        if (a.answered()) {
            return a.value() != null ? a.value().stripTrailingZeros().toPlainString() : a.display().replaceAll("\\s+", " ");
        }
        String why = a.notes().isEmpty() ? a.display() : a.display() + ": " + String.join("; ", a.notes());
        return "#N/A " + why.replaceAll("\\s+", " ");
    }

    private static java.time.LocalDate asOf(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("as_of must be a date like 2024-12-31, not '" + text + "'");
        }
    }

    /** "revenue" for 3M in 2018 becomes "What is 3M's FY2018 revenue?"; a whole question is asked as written, with the company added when missing. */
    static String cellQuestion(String company, String q, String year) {
        boolean question = q.endsWith("?") || q.split("\\s+").length > 6;
        String fy = year == null ? "" : "FY" + year + " ";
        if (question) {
            String withYear = year == null || q.contains(year) ? q : fy + q;
            return q.toLowerCase(Locale.ROOT).contains(company.toLowerCase(Locale.ROOT)) ? withYear : withYear + " (" + company + ")";
        }
        return "What is the " + fy + q + " for " + company + "?";
    }

    // ---- research grid ----

    /** A grid job's run, set once its work starts, and its answers once done. */
    private static final class GridTask {
        final int total;
        volatile GridRun run;
        volatile GridResult result;

        GridTask(int total) {
            this.total = total;
        }
    }

    void gridSubmit(Context ctx) {
        JsonNode body = body(ctx);
        List<String> companies = texts(body, "companies");
        List<String> questions = texts(body, "questions");
        if (companies.size() * questions.size() > MAX_GRID_CELLS) {
            throw ApiException.badRequest(companies.size() + " companies x " + questions.size() + " questions is more than "
                    + MAX_GRID_CELLS + " cells; split the grid");
        }
        JsonNode asOfNode = body.path("as_of");
        if (!asOfNode.isMissingNode() && !asOfNode.isNull() && !asOfNode.isTextual()) throw ApiException.badRequest("'as_of' must be a date like 2024-12-31");
        java.time.LocalDate asOf = asOf(asOfNode.isTextual() ? asOfNode.asText() : null);
        Workspace ws = workspace(ctx);
        GridTask task = new GridTask(companies.size() * questions.size());
        Job job = jobs.submit(Auth.caller(ctx).workspace(), "grid", null, progress -> {
            Grid grid = ws.grid(asOf);
            GridRun run = grid.start(companies, questions, GRID_THREADS,
                    (done, total, cell) -> progress.at((double) done / total, done + " of " + total + " cells"));
            task.run = run;
            GridResult result;
            try {
                result = run.await();
            } catch (InterruptedException e) {
                run.cancel();
                Thread.currentThread().interrupt();
                throw e;
            }
            task.result = result;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cells", result.answered().size());
            out.put("total", task.total);
            return out;
        });
        grids.put(job.id(), task);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("job", job);
        out.put("total", task.total);
        ctx.status(202).json(out);
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode body = mapper.readTree(ctx.body());
            if (body == null || !body.isObject()) throw ApiException.badRequest("send a JSON object, e.g. {\"companies\":[\"3M\"],\"questions\":[\"revenue\"]}");
            return body;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static List<String> texts(JsonNode body, String field) {
        JsonNode list = body.path(field);
        if (!list.isArray() || list.isEmpty()) throw ApiException.badRequest("'" + field + "' must be a non-empty list of texts");
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isTextual() || n.asText().isBlank()) throw ApiException.badRequest("'" + field + "' holds an empty or non-text item: " + n);
            if (n.asText().length() > MAX_QUESTION) throw ApiException.badRequest("an item of '" + field + "' is too long");
            out.add(n.asText().strip());
        }
        return out;
    }

    private GridTask gridTask(Context ctx, Job job) {
        GridTask task = grids.get(job.id());
        if (task == null || !"grid".equals(job.kind())) throw ApiException.notFound("no grid job " + job.id() + " in this workspace");
        return task;
    }

    private Job gridJobOf(Context ctx) {
        String id = ctx.pathParam("id");
        return jobs.get(Auth.caller(ctx).workspace(), id).orElseThrow(() -> ApiException.notFound("no grid job " + id + " in this workspace"));
    }

    void gridJob(Context ctx) {
        Job job = gridJobOf(ctx);
        GridTask task = gridTask(ctx, job);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("job", job);
        GridRun run = task.run;
        out.put("done", task.result != null ? task.result.answered().size() : run == null ? 0 : run.done());
        out.put("total", task.total);
        out.put("grid", task.result);
        ctx.json(out);
    }

    void gridXlsx(Context ctx) throws IOException {
        Job job = gridJobOf(ctx);
        GridResult result = gridTask(ctx, job).result;
        if (result == null) {
            throw new ApiException(409, "not_ready", "grid job " + job.id() + " is " + job.state().name().toLowerCase(Locale.ROOT)
                    + (job.error() != null ? ": " + job.error() : "; poll GET /v1/grid/jobs/" + job.id() + " until it is done"));
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        GridXlsx.write(result, bytes);
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"grid.xlsx\"").result(bytes.toByteArray());
    }

    // ---- credit memo ----

    /**
     * The credit memo of a company from the workspace's facts (corrections in force), written on the spot:
     * ?format=html|pdf|xlsx|json; ?market_cap=25.4e9 (and &market_date=2022-12-30) gives Altman Z its market value
     * of equity, shown in the memo as user-supplied.
     */
    void creditMemo(Context ctx) throws IOException {
        String format = ctx.queryParam("format");
        MemoWriter.Format f;
        try {
            f = format == null || format.isBlank() ? MemoWriter.Format.HTML : MemoWriter.Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("format must be html, pdf, xlsx or json, not '" + format + "'");
        }
        Workspace ws = workspace(ctx);
        String company = ctx.pathParam("company");
        AnalystInput marketValue = marketValue(ctx.queryParam("market_cap"), ctx.queryParam("market_date"));
        CreditAnalysis analysis;
        try {
            // the text findings stored with each report at ingest (going concern, audit opinion); the memo names any report never scanned
            CreditAnalyst analyst = CreditAnalyst.standard();
            // a configured model may phrase the narrative; one whose numbers are not the memo's figures is replaced by the template
            if (model != null && !"template".equalsIgnoreCase(ctx.queryParam("narrative"))) analyst = analyst.withNarrative(new io.tickmark.credit.ModelNarrative(model));
            analysis = analyst.analyse(ws.facts(), company, marketValue);
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.startsWith("no company named") || m.startsWith("the store holds no report")) throw ApiException.notFound(m);
            throw ApiException.badRequest(m);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        f.writer().write(analysis, bytes);
        String ext = f.name().toLowerCase(Locale.ROOT);
        String type = switch (f) {
            case HTML -> "text/html; charset=utf-8";
            case PDF -> "application/pdf";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case JSON -> "application/json";
        };
        String file = company.replaceAll("[^A-Za-z0-9._-]+", "_") + "-credit-memo." + ext;
        ctx.contentType(type).header("Content-Disposition", (f == MemoWriter.Format.HTML ? "inline" : "attachment") + "; filename=\"" + file + "\"")
                .result(bytes.toByteArray());
    }

    private static AnalystInput marketValue(String cap, String date) {
        if (cap == null || cap.isBlank()) {
            if (date != null && !date.isBlank()) throw ApiException.badRequest("market_date goes with market_cap");
            return null;
        }
        java.math.BigDecimal amount = AnalystInput.amount(cap);
        if (amount == null || amount.signum() <= 0) {
            throw ApiException.badRequest("market_cap must be a positive amount in whole units (25.4e9, 25.4bn), not '" + cap + "'");
        }
        java.time.LocalDate asOf = null;
        if (date != null && !date.isBlank()) {
            try {
                asOf = java.time.LocalDate.parse(date.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw ApiException.badRequest("market_date must be a date like 2022-12-30, not '" + date + "'");
            }
        }
        return AnalystInput.marketValue(amount, asOf, "market_cap=" + cap.strip());
    }

    void creditMemoDownload(Context ctx) throws IOException {
        creditMemo(ctx);
    }
}
