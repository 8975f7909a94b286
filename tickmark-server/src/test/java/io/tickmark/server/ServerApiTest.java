package io.tickmark.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.tickmark.facts.Period;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import io.tickmark.sample.SampleTruth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The API over real HTTP: a server on a random port, a generated 10-K uploaded into workspace alpha. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerApiTest {
    private static final long LIMIT = 400_000;

    Path tmp;
    LiveServer live;
    String alpha;
    String beta;
    byte[] report;
    SampleTruth truth;
    String sha;
    String company;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        tmp = dir;
        live = new LiveServer(tmp.resolve("data"), LIMIT, 3);
        alpha = live.key("alpha", "Ann Analyst");
        beta = live.key("beta", "Bob");
        Path pdf = tmp.resolve("report.pdf");
        truth = SampleReport.writeTo(SampleCompany.defaultCompany(), pdf);
        report = Files.readAllBytes(pdf);
        HttpResponse<String> r = live.upload(alpha, new Multipart().file("northwind 10-K.pdf", report));
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode item = live.json(r).path("files").path(0);
        JsonNode job = live.awaitJob(alpha, item.path("job").path("id").asText());
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("DONE");
        sha = item.path("sha256").asText();
        company = live.json(live.get("/v1/companies", alpha)).path("companies").path(0).asText();
    }

    @AfterAll
    void stop() {
        live.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void assertJsonError(HttpResponse<String> r, int status, String code) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        JsonNode body = live.json(r);
        assertThat(body.path("error").asText()).isEqualTo(code);
        assertThat(body.path("message").asText()).isNotBlank();
    }

    @Test
    void keysAreRequiredAndChecked() throws Exception {
        assertThat(live.get("/v1/health", null).statusCode()).isEqualTo(200);
        assertJsonError(live.get("/v1/companies", null), 401, "no_api_key");
        assertJsonError(live.get("/v1/companies", "tk_not-a-key"), 401, "bad_api_key");
        assertJsonError(live.upload(null, new Multipart().file("x.pdf", report)), 401, "no_api_key");
        HttpResponse<String> bearer = live.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(live.base() + "/v1/me"))
                .header("Authorization", "Bearer " + alpha).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(live.json(bearer).path("user").asText()).isEqualTo("Ann Analyst");
    }

    @Test
    void unknownRoutesAnswerJson404() throws Exception {
        assertJsonError(live.get("/v1/nothing-here", alpha), 404, "not_found");
        assertJsonError(live.get("/no/such/page", null), 404, "not_found");
        assertJsonError(live.get("/v1/documents/" + "0".repeat(64), alpha), 404, "not_found");
        assertJsonError(live.get("/v1/documents/not-a-sha", alpha), 400, "bad_request");
    }

    @Test
    void theUploadedReportIsSpreadWithTickedFactsAndAPageImage() throws Exception {
        JsonNode spread = live.json(live.get("/v1/documents/" + sha + "/spread", alpha));
        assertThat(spread.path("statements").size()).isEqualTo(3);
        JsonNode cash = null;
        for (JsonNode line : spread.path("statements").path(0).path("lines")) {
            if ("cash".equals(line.path("concept").asText())) cash = line.path("values").path(0);
        }
        assertThat(cash).isNotNull();
        Period end = Period.instant(LocalDate.parse(cash.path("periodEnd").asText()));
        assertThat(new BigDecimal(cash.path("value").asText())).isEqualByComparingTo(truth.value("cash", end));
        assertThat(cash.path("source").path("page").asInt()).isPositive();

        HttpResponse<byte[]> png = live.getBytes("/v1/documents/" + sha + "/facts/" + cash.path("id").asText() + "/source.png", alpha);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(new String(png.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isGreaterThan(500);
        assertThat(highlighted(image)).as("the value's box is drawn in red").isGreaterThan(50);
        JsonNode box = cash.path("source").path("box");
        assertThat(box.isObject()).as("the tick mark carries the printed value's box").isTrue();
        double scale = PageImages.DPI / 72.0;
        int left = (int) Math.round(box.path("x0").asDouble() * scale) - 3;
        int middle = (int) Math.round((box.path("top").asDouble() + box.path("bottom").asDouble()) / 2 * scale);
        int rgb = image.getRGB(left, middle);
        assertThat((rgb >> 16) & 255).as("red frame at the box's left edge").isGreaterThan(180);
        assertThat((rgb >> 8) & 255).isLessThan(90);

        assertJsonError(live.get("/v1/documents/" + sha + "/facts/s99-l0-v0", alpha), 404, "not_found");
        assertJsonError(live.get("/v1/documents/" + sha + "/facts/..%2F..%2Fetc", alpha), 400, "bad_request");
    }

    private static int highlighted(java.awt.image.BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 1) {
            for (int x = 0; x < image.getWidth(); x += 1) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                if (r > 180 && g < 80 && b < 80) n++;
            }
        }
        return n;
    }

    @Test
    void theSameFileUploadedAgainIsTheSameDocument() throws Exception {
        HttpResponse<String> again = live.upload(alpha, new Multipart().file("renamed copy.pdf", report));
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode item = live.json(again).path("files").path(0);
        assertThat(item.path("duplicate").asBoolean()).isTrue();
        assertThat(item.path("sha256").asText()).isEqualTo(sha);
        assertThat(live.json(live.get("/v1/documents", alpha)).path("documents").size()).isEqualTo(1);
    }

    @Test
    void badUploadsAreRefusedWithNothingStored() throws Exception {
        assertJsonError(live.send("POST", "/v1/documents", alpha, "application/pdf", report), 400, "bad_request");
        assertJsonError(live.send("POST", "/v1/documents", alpha, "multipart/form-data; boundary=xyz",
                "this is not multipart at all".getBytes(StandardCharsets.UTF_8)), 400, "bad_request");
        assertJsonError(live.upload(alpha, new Multipart().file("empty.pdf", new byte[0])), 400, "bad_request");
        byte[] big = new byte[(int) LIMIT + 1000];
        new Random(1).nextBytes(big);
        HttpResponse<String> tooBig = live.upload(alpha, new Multipart().file("big.pdf", big));
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
        assertThat(live.json(tooBig).path("message").asText()).contains(String.valueOf(LIMIT));
        Multipart four = new Multipart();
        for (int i = 0; i < 4; i++) four.file(i + ".pdf", ("file " + i).getBytes(StandardCharsets.UTF_8));
        assertJsonError(live.upload(alpha, four), 413, "too_many_files");

        HttpResponse<String> text = live.upload(alpha, new Multipart().file("notes.pdf", "just some words, not a PDF".getBytes(StandardCharsets.UTF_8)));
        assertThat(text.statusCode()).isEqualTo(202);
        JsonNode job = live.awaitJob(alpha, live.json(text).path("files").path(0).path("job").path("id").asText());
        assertThat(job.path("state").asText()).isEqualTo("FAILED");
        assertThat(job.path("error").asText()).contains("notes.pdf");

        assertThat(live.json(live.get("/v1/documents", alpha)).path("documents").size()).isEqualTo(1);
        try (var left = Files.walk(live.dataDir.resolve("workspaces/alpha/uploads"))) {
            List<String> files = left.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertThat(files).as("only the stored report is kept").hasSize(1);
        }
    }

    @Test
    void pathTricksInFileNamesStayInsideTheWorkspace() throws Exception {
        byte[] other = SampleReportBytes.of(tmp, 77L);
        HttpResponse<String> r = live.upload(beta, new Multipart().file("../../../../outside/evil.pdf", other));
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode item = live.json(r).path("files").path(0);
        assertThat(item.path("file").asText()).isEqualTo("evil.pdf");
        live.awaitJob(beta, item.path("job").path("id").asText());
        assertThat(Files.exists(live.dataDir.resolve("workspaces/beta/uploads").resolve(item.path("sha256").asText()).resolve("evil.pdf"))).isTrue();
        try (var all = Files.walk(tmp)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals("evil.pdf")).toList())
                    .allMatch(p -> p.startsWith(live.dataDir.resolve("workspaces/beta/uploads")));
        }
        assertJsonError(live.upload(beta, new Multipart().file("..", other)), 400, "bad_request");
        assertJsonError(live.upload(beta, new Multipart().file("C:\\..\\", other)), 400, "bad_request");
    }

    @Test
    void oneWorkspaceNeverSeesAnothersDocumentsOrFacts() throws Exception {
        String gamma = live.key("gamma", "Gus");
        assertThat(live.json(live.get("/v1/companies", gamma)).path("companies").size()).isZero();
        assertThat(live.json(live.get("/v1/documents", gamma)).path("documents").size()).isZero();
        assertJsonError(live.get("/v1/documents/" + sha, gamma), 404, "not_found");
        assertJsonError(live.get("/v1/documents/" + sha + "/spread", gamma), 404, "not_found");
        assertJsonError(live.get("/v1/documents/" + sha + "/facts/s0-l2-v0/source.png", gamma), 404, "not_found");
        assertJsonError(live.get("/v1/companies/" + enc(company) + "/facts", gamma), 404, "not_found");
        assertJsonError(live.send("DELETE", "/v1/documents/" + sha, gamma, null, null), 404, "not_found");
        assertThat(live.get("/v1/cell?company=Northwind&q=revenue&year=2025", gamma).body()).startsWith("#N/A");
        JsonNode ask = live.json(live.postJson("/v1/ask", gamma, "{\"question\":\"What is the FY2025 revenue for Northwind Instruments?\"}"));
        assertThat(ask.path("answer").path("status").asText()).isNotEqualTo("ANSWERED");
        assertThat(live.json(live.get("/v1/search?q=revenue", gamma)).path("passages").size()).isZero();
        String jobOfAlpha = live.json(live.get("/v1/jobs", alpha)).path("jobs").path(0).path("id").asText();
        assertJsonError(live.get("/v1/jobs/" + jobOfAlpha, gamma), 404, "not_found");
        // the same file in another workspace is a new document there, not a duplicate of alpha's
        HttpResponse<String> own = live.upload(gamma, new Multipart().file("northwind.pdf", report));
        assertThat(live.json(own).path("files").path(0).path("duplicate").asBoolean()).isFalse();
        live.awaitJob(gamma, live.json(own).path("files").path(0).path("job").path("id").asText());
        // and what gamma does stays in gamma: alpha still has exactly its one document
        assertThat(live.json(live.get("/v1/documents", alpha)).path("documents").size()).isEqualTo(1);
        assertThat(live.json(live.get("/v1/search?q=revenue", alpha)).path("passages").size()).isPositive();
    }

    @Test
    void askAndTheExcelCellAnswerFromTheFacts() throws Exception {
        BigDecimal revenue = truth.value("revenue", Period.duration(LocalDate.of(2025, 12, 31), 12));
        JsonNode ask = live.json(live.postJson("/v1/ask", alpha, "{\"question\":\"What is the FY2025 revenue for Northwind Instruments?\"}"));
        assertThat(ask.path("answer").path("status").asText()).isEqualTo("ANSWERED");
        assertThat(new BigDecimal(ask.path("answer").path("value").asText())).isEqualByComparingTo(revenue);
        assertThat(ask.path("answer").path("inputs").path(0).path("fact").path("source").path("page").asInt()).isPositive();

        HttpResponse<String> cell = live.get("/v1/cell?company=Northwind&q=revenue&year=2025", alpha);
        assertThat(cell.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(new BigDecimal(cell.body()).multiply(BigDecimal.valueOf(1_000_000))).isEqualByComparingTo(revenue);
        // Excel cannot send headers: the key may come as ?key= on this route only
        HttpResponse<String> excel = live.get("/v1/cell?company=Northwind&q=revenue&key=" + alpha, null);
        assertThat(excel.body()).isEqualTo(cell.body());
        assertThat(live.get("/v1/companies?key=" + alpha, null).statusCode()).isEqualTo(401);
        assertThat(live.get("/v1/cell?company=Northwind&q=flux%20capacitance&year=2025", alpha).body()).startsWith("#N/A");
        assertThat(live.get("/v1/cell?q=revenue", alpha).statusCode()).isEqualTo(400);
        assertThat(live.get("/v1/cell?company=Northwind&q=revenue&as_of=someday", alpha).statusCode()).isEqualTo(400);
        // a point in time before the report was filed: nothing to answer from
        assertThat(live.get("/v1/cell?company=Northwind&q=revenue&as_of=2001-01-01", alpha).body()).startsWith("#N/A");
        // a yes/no question about the filings (not a metric) is answered from the text: the generated report's
        // auditor's opinion says "We have served as the Company's auditor since 2009."
        assertThat(live.get("/v1/cell?company=Northwind&q=" + enc("Has the auditor served the company since 2009?"), alpha).body()).isEqualTo("yes");
    }

    @Test
    void searchFiltersByPeriodAndFilingDateAndShowsThePeriodOfEachPassage() throws Exception {
        JsonNode annual = live.json(live.get("/v1/search?q=revenue&period=FY", alpha)).path("passages");
        assertThat(annual.size()).isPositive();
        assertThat(annual.path(0).path("periods").path(0).asText()).isEqualTo("FY");
        // the generated 10-K is annual: no quarter of it is found
        assertThat(live.json(live.get("/v1/search?q=revenue&period=Q2", alpha)).path("passages").size()).isZero();
        // it prints no signatures, so its filing date is unknown: a date filter keeps it (unknown is not another day)
        JsonNode dated = live.json(live.get("/v1/search?q=revenue&filed_after=2030-01-01", alpha)).path("passages");
        assertThat(dated.size()).isPositive();
        assertThat(dated.path(0).path("filed").isNull()).isTrue();

        HttpResponse<String> badDate = live.get("/v1/search?q=revenue&filed_after=2023-13-01", alpha);
        assertJsonError(badDate, 400, "bad_request");
        assertThat(live.json(badDate).path("message").asText()).contains("filed_after", "YYYY-MM-DD");
        HttpResponse<String> badPeriod = live.get("/v1/search?q=revenue&period=Q5", alpha);
        assertJsonError(badPeriod, 400, "bad_request");
        assertThat(live.json(badPeriod).path("message").asText()).contains("Q5", "Q1, Q2, Q3, Q4");
        assertJsonError(live.get("/v1/search?q=revenue&filed_after=2023-06-01&filed_before=2023-01-01", alpha), 400, "bad_request");
        assertThat(live.json(live.get("/v1/search?q=PPE&period=FY", alpha)).path("passages").size()).as("read as a question within the filters").isPositive();
        assertThat(live.json(live.get("/v1/search?q=PPE&exact=true", alpha)).path("passages").size()).as("the word alone").isZero();
        assertJsonError(live.get("/v1/search?q=revenue&company=Contoso", alpha), 404, "not_found");
    }

    @Test
    void badJsonAndBadQuestionsAreClearErrors() throws Exception {
        assertJsonError(live.postJson("/v1/ask", alpha, "{\"question\": "), 400, "bad_json");
        assertJsonError(live.postJson("/v1/ask", alpha, "[1,2]"), 400, "bad_json");
        assertJsonError(live.postJson("/v1/ask", alpha, ""), 400, "bad_json");
        assertJsonError(live.postJson("/v1/ask", alpha, "{\"question\": 42}"), 400, "bad_request");
        assertJsonError(live.postJson("/v1/ask", alpha, "{\"question\": \"" + "x".repeat(2001) + "\"}"), 400, "bad_request");
        assertJsonError(live.get("/v1/search?q=", alpha), 400, "bad_request");
        assertJsonError(live.get("/v1/search?q=cash&k=5000", alpha), 400, "bad_request");
    }

    @Test
    void aCorrectionIsAnOverrideWithItsAuthorAndTheExtractedFactStays() throws Exception {
        JsonNode facts = live.json(live.get("/v1/companies/" + enc(company) + "/facts?concept=revenue", alpha)).path("facts");
        JsonNode fy2025 = null;
        for (JsonNode f : facts) if (f.path("periodEnd").asText().equals("2025-12-31")) fy2025 = f;
        assertThat(fy2025).isNotNull();
        String id = fy2025.path("id").asText();
        BigDecimal extracted = new BigDecimal(fy2025.path("value").asText());
        String path = "/v1/documents/" + sha + "/facts/" + id;

        assertJsonError(live.postJson(path + "/overrides", alpha, "{\"value\": \"abc\"}"), 400, "bad_request");
        assertJsonError(live.postJson(path + "/overrides", alpha, "{}"), 400, "bad_request");
        assertJsonError(live.postJson(path + "/overrides", alpha, "{oops"), 400, "bad_json");
        assertJsonError(live.postJson(path + "/overrides", beta, "{\"value\": 1}"), 404, "not_found");

        BigDecimal corrected = extracted.add(BigDecimal.valueOf(1_000_000));
        HttpResponse<String> saved = live.postJson(path + "/overrides", alpha,
                "{\"value\": " + corrected.toPlainString() + ", \"reason\": \"restated in the 10-K/A\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(live.json(saved).path("author").asText()).isEqualTo("Ann Analyst");

        JsonNode fact = live.json(live.get(path, alpha));
        assertThat(new BigDecimal(fact.path("extracted").path("value").asText())).isEqualByComparingTo(extracted);
        assertThat(new BigDecimal(fact.path("inForce").path("effectiveValue").asText())).isEqualByComparingTo(corrected);
        assertThat(fact.path("audit").size()).isEqualTo(1);
        assertThat(fact.path("audit").path(0).path("reason").asText()).isEqualTo("restated in the 10-K/A");
        assertThat(fact.path("audit").path(0).path("at").asText()).isNotBlank();

        // the metric engine answers with the correction in force
        JsonNode ask = live.json(live.postJson("/v1/ask", alpha, "{\"question\":\"What is the FY2025 revenue for Northwind Instruments?\"}"));
        assertThat(new BigDecimal(ask.path("answer").path("value").asText())).isEqualByComparingTo(corrected);
        // the store's own fact is untouched
        assertThat(live.server.routes()).isNotEmpty();
        JsonNode trail = live.json(live.get("/v1/overrides?document=" + sha, alpha)).path("overrides");
        assertThat(trail.size()).isEqualTo(1);
        assertThat(live.json(live.get("/v1/overrides", beta)).path("overrides").size()).isZero();

        // undo by a second correction back to the extracted value: both stay in the trail
        live.postJson(path + "/overrides", alpha, "{\"value\": " + extracted.toPlainString() + ", \"reason\": \"undo\"}");
        assertThat(live.json(live.get(path, alpha)).path("audit").size()).isEqualTo(2);
    }

    @Test
    void failedChecksAreOnTheValuesTheyInvolve() throws Exception {
        String eps = live.key("epsilon", "Eve");
        byte[] csv;
        try (var in = getClass().getResourceAsStream("unbalanced-balance-sheet.csv")) {
            csv = in.readAllBytes();
        }
        HttpResponse<String> r = live.upload(eps, new Multipart().file("unbalanced.csv", csv));
        JsonNode item = live.json(r).path("files").path(0);
        assertThat(live.awaitJob(eps, item.path("job").path("id").asText()).path("state").asText()).isEqualTo("DONE");
        String s = item.path("sha256").asText();
        JsonNode spread = live.json(live.get("/v1/documents/" + s + "/spread", eps));
        JsonNode totalAssets = null;
        for (JsonNode line : spread.path("statements").path(0).path("lines")) {
            if ("total_assets".equals(line.path("concept").asText())) totalAssets = line.path("values");
        }
        assertThat(totalAssets).isNotNull();
        assertThat(totalAssets.path(0).path("failedChecks").size()).as("the unbalanced year").isPositive();
        assertThat(totalAssets.path(1).path("failedChecks").size()).as("the balanced year").isZero();
        // a CSV has no page to draw: the tick mark is said instead
        HttpResponse<String> png = live.get("/v1/documents/" + s + "/facts/" + totalAssets.path(0).path("id").asText() + "/source.png", eps);
        assertJsonError(png, 415, "not_pdf");
        assertThat(live.json(png).path("message").asText()).contains("unbalanced.csv");
    }

    @Test
    void aDerivedValueComesWithItsFormulaAndNoPrintedText() throws Exception {
        String zeta = live.key("zeta", "Zoe");
        // parent equity and noncontrolling interests printed, their sum not: total equity is derived
        String csv = "Consolidated Balance Sheets\n\"(in millions)\"\n,\"December 31, 2024\",\"December 31, 2023\"\n"
                + "Total current assets,\"1,200\",\"1,000\"\nTotal assets,\"5,000\",\"4,600\"\n"
                + "Total current liabilities,600,550\nTotal liabilities,\"2,500\",\"2,500\"\n"
                + "Common stock,\"1,000\",\"1,000\"\nRetained earnings,\"1,200\",800\n"
                + "Total stockholders' equity,\"2,200\",\"1,800\"\nNoncontrolling interests,300,300\n"
                + "Total liabilities and equity,\"5,000\",\"4,600\"\n";
        HttpResponse<String> r = live.upload(zeta, new Multipart().file("derived.csv", csv.getBytes(StandardCharsets.UTF_8)));
        JsonNode item = live.json(r).path("files").path(0);
        assertThat(live.awaitJob(zeta, item.path("job").path("id").asText()).path("state").asText()).isEqualTo("DONE");
        String s = item.path("sha256").asText();
        JsonNode equity = null;
        for (JsonNode line : live.json(live.get("/v1/documents/" + s + "/spread", zeta)).path("statements").path(0).path("lines")) {
            if ("total_equity".equals(line.path("concept").asText())) equity = line.path("values").path(0);
        }
        assertThat(equity).as("derived total equity line").isNotNull();
        assertThat(equity.path("source").path("formula").asText()).startsWith("Total liabilities and equity 5,000 (p.1 ");
        JsonNode fact = live.json(live.get("/v1/documents/" + s + "/facts/" + equity.path("id").asText(), zeta));
        assertThat(fact.path("extracted").path("source").path("formula").asText()).contains("Total liabilities 2,500");
        assertThat(fact.path("extracted").path("source").path("rawValue").isNull()).as("nothing printed").isTrue();
    }

    @Test
    void aGridJobAnswersEveryCellWithCitationsAndDownloadsAsAWorkbook() throws Exception {
        BigDecimal revenue = truth.value("revenue", Period.duration(LocalDate.of(2025, 12, 31), 12));
        HttpResponse<String> submitted = live.postJson("/v1/grid/jobs", alpha,
                "{\"companies\":[\"Northwind\",\"Nobody Such Corp\"],\"questions\":[\"revenue\",\"net income\"]}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String id = live.json(submitted).path("job").path("id").asText();
        JsonNode job = live.awaitJob(alpha, id);
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("DONE");
        JsonNode grid = live.json(live.get("/v1/grid/jobs/" + id, alpha));
        assertThat(grid.path("total").asInt()).isEqualTo(4);
        assertThat(grid.path("done").asInt()).isEqualTo(4);
        JsonNode revenueCell = grid.path("grid").path("cells").path(0).path(0);
        assertThat(revenueCell.path("status").asText()).as(revenueCell.toString()).isEqualTo("ANSWERED");
        assertThat(new BigDecimal(revenueCell.path("value").asText()).multiply(BigDecimal.valueOf(1_000_000))).isEqualByComparingTo(revenue);
        assertThat(revenueCell.path("evidence").size()).as("every answer cites its source").isPositive();
        assertThat(grid.path("grid").path("cells").path(1).path(0).path("status").asText()).isEqualTo("UNKNOWN_COMPANY");

        HttpResponse<byte[]> xlsx = live.getBytes("/v1/grid/jobs/" + id + "/xlsx", alpha);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheet(io.tickmark.grid.GridXlsx.GRID)).isNotNull();
            assertThat(wb.getSheet(io.tickmark.grid.GridXlsx.EVIDENCE).getPhysicalNumberOfRows()).isGreaterThan(1);
        }
        // another workspace cannot see the job
        assertJsonError(live.get("/v1/grid/jobs/" + id, beta), 404, "not_found");
        assertJsonError(live.get("/v1/grid/jobs/" + id + "/xlsx", beta), 404, "not_found");
    }

    @Test
    void badGridRequestsAreClearErrors() throws Exception {
        assertJsonError(live.postJson("/v1/grid/jobs", alpha, "{\"companies\":[],\"questions\":[\"revenue\"]}"), 400, "bad_request");
        assertJsonError(live.postJson("/v1/grid/jobs", alpha, "{\"companies\":[\"a\"]}"), 400, "bad_request");
        assertJsonError(live.postJson("/v1/grid/jobs", alpha, "{\"companies\":[\"a\"],\"questions\":[\"b\"],\"as_of\":\"soon\"}"), 400, "bad_request");
        assertJsonError(live.postJson("/v1/grid/jobs", alpha, "not json"), 400, "bad_request");
        assertJsonError(live.get("/v1/grid/jobs/no-such-job", alpha), 404, "not_found");
    }

    @Test
    void theCreditMemoIsWrittenFromTheWorkspaceFacts() throws Exception {
        HttpResponse<String> html = live.get("/v1/companies/" + enc(company) + "/credit-memo?format=html", alpha);
        assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains(company.replace("&", "&amp;")).containsAnyOf("Altman", "Current ratio", "current ratio");
        assertThat(html.body()).as("the upload's text was scanned at ingest and kept; the memo uses it, not 'not read'")
                .doesNotContain("was not read for going-concern");
        HttpResponse<byte[]> pdf = live.getBytes("/v1/companies/" + enc(company) + "/credit-memo?format=pdf", alpha);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> xlsx = live.getBytes("/v1/companies/" + enc(company) + "/credit-memo?format=xlsx", alpha);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getNumberOfSheets()).isPositive();
        }
        assertThat(live.json(live.get("/v1/companies/" + enc(company) + "/credit-memo?format=json", alpha)).isObject()).isTrue();
        assertJsonError(live.get("/v1/companies/" + enc("Nobody Such Corp") + "/credit-memo", alpha), 404, "not_found");
        assertJsonError(live.get("/v1/companies/" + enc(company) + "/credit-memo", beta), 404, "not_found");
        assertJsonError(live.get("/v1/companies/" + enc(company) + "/credit-memo?format=docx", alpha), 400, "bad_request");
    }

    @Test
    void theCreditMemoTakesTheMarketValueOfEquityAsAUserSuppliedInput() throws Exception {
        HttpResponse<String> html = live.get("/v1/companies/" + enc(company) + "/credit-memo?format=html&market_cap=2.5bn", alpha);
        assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
        assertThat(html.body()).contains("analyst input:", "2,500.0", "user-supplied (market_cap=2.5bn; no date given", "not a ticked figure");
        assertJsonError(live.get("/v1/companies/" + enc(company) + "/credit-memo?market_cap=lots", alpha), 400, "bad_request");
        assertJsonError(live.get("/v1/companies/" + enc(company) + "/credit-memo?market_cap=2.5bn&market_date=soon", alpha), 400, "bad_request");
        assertJsonError(live.get("/v1/companies/" + enc(company) + "/credit-memo?market_date=2022-12-30", alpha), 400, "bad_request");
    }

    @Test
    void deletingADocumentRemovesItsFileAndFacts() throws Exception {
        String delta = live.key("delta", "Dee");
        HttpResponse<String> r = live.upload(delta, new Multipart().file("r.pdf", report));
        JsonNode item = live.json(r).path("files").path(0);
        live.awaitJob(delta, item.path("job").path("id").asText());
        String s = item.path("sha256").asText();
        assertThat(live.send("DELETE", "/v1/documents/" + s, delta, null, null).statusCode()).isEqualTo(200);
        assertJsonError(live.get("/v1/documents/" + s + "/spread", delta), 404, "not_found");
        assertThat(Files.exists(live.dataDir.resolve("workspaces/delta/uploads").resolve(s))).isFalse();
        assertThat(live.json(live.get("/v1/companies", delta)).path("companies").size()).isZero();
    }

    @Test
    void everyRouteIsInTheOpenApiDescription() throws Exception {
        JsonNode doc = live.json(live.get("/openapi.json", null));
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        List<String> described = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(e -> e.getValue().fieldNames().forEachRemaining(m -> described.add(m + " " + e.getKey())));
        List<String> registered = live.server.routes().stream().map(r -> r.method() + " " + r.path()).toList();
        assertThat(described).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void aPassagePageIsDrawnWithTheSearchedWordsMarkedAndBadPagesAreClearErrors() throws Exception {
        JsonNode hit = live.json(live.get("/v1/search?q=total+assets", alpha)).path("passages").path(0);
        String path = "/v1/documents/" + hit.path("sha256").asText() + "/pages/" + hit.path("page").asInt() + "/image.png";

        HttpResponse<byte[]> marked = live.getBytes(path + "?q=total+assets", alpha);
        HttpResponse<byte[]> plain = live.getBytes(path, alpha);

        assertThat(marked.statusCode()).isEqualTo(200);
        assertThat(marked.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        assertThat(marked.body()).as("the marks change the picture").isNotEqualTo(plain.body());
        assertJsonError(live.get("/v1/documents/" + sha + "/pages/0/image.png", alpha), 400, "bad_request");
        assertJsonError(live.get("/v1/documents/" + sha + "/pages/two/image.png", alpha), 400, "bad_request");
        assertJsonError(live.get("/v1/documents/" + sha + "/pages/999/image.png", alpha), 404, "not_found");
        assertJsonError(live.get("/v1/documents/" + sha + "/pages/1/image.png", beta), 404, "not_found");
    }
}
