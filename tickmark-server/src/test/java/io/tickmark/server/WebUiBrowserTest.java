package io.tickmark.server;

import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in headless Chromium against a real server: upload a generated 10-K, open its company,
 * click a number and see its source page with the number highlighted, correct it, ask, switch to
 * Chinese, and run a small research grid and write a credit memo. Screenshots go to target/browser-screenshots.
 */
class WebUiBrowserTest {
    private static final Path SHOTS = Path.of("target", "browser-screenshots");

    @Test
    void uploadSpreadClickANumberAndSeeItsSourcePage(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("northwind-10k.pdf");
        SampleReport.writeTo(SampleCompany.defaultCompany(), pdf);
        try (LiveServer live = new LiveServer(tmp.resolve("data"), 50_000_000L, 5);
             WebDriver browser = WebDriver.start(tmp.resolve("profile"))) {
            String key = live.key("web", "Wendy");
            browser.go(live.base() + "/");
            browser.script("localStorage.setItem('tickmark.key', arguments[0]); localStorage.setItem('tickmark.lang', 'en'); return true;", key);
            browser.go(live.base() + "/index.html#/");
            browser.await("the upload area", "return !!document.querySelector('#file-input')", 20);
            browser.type("#file-input", pdf.toAbsolutePath().toString());
            browser.await("the company of the uploaded report", "return !!document.querySelector('a.company-link')", 120);
            assertThat(browser.script("return document.querySelector('#jobs').innerText").asText()).contains("northwind-10k.pdf");
            browser.screenshot(SHOTS.resolve("1-uploaded.png"));

            Path csv = tmp.resolve("unbalanced.csv");
            try (var in = getClass().getResourceAsStream("unbalanced-balance-sheet.csv")) {
                Files.write(csv, in.readAllBytes());
            }
            browser.type("#file-input", csv.toAbsolutePath().toString());
            browser.await("the second company", "return document.querySelectorAll('a.company-link').length === 2", 60);
            browser.click("a.company-link[href*='Unknown']");
            browser.await("failed checks in place", "return document.querySelectorAll('td.failed button.fact').length > 0", 30);
            assertThat(browser.script("return document.querySelector('ul.checks').innerText").asText()).contains("balance_sheet_identity");
            browser.screenshot(SHOTS.resolve("2a-failed-checks.png"));

            browser.go(live.base() + "/index.html#/");
            browser.await("the company list", "return !!document.querySelector('a.company-link')", 20);
            browser.click("a.company-link");
            browser.await("the spread", "return document.querySelectorAll('button.fact').length > 20", 30);
            assertThat(browser.script("return document.querySelectorAll('table.statement').length").asInt()).isEqualTo(3);
            browser.screenshot(SHOTS.resolve("2-spread.png"));

            String firstValue = browser.script("return document.querySelector('button.fact').textContent").asText();
            browser.click("button.fact");
            browser.await("the source page image", "var i = document.querySelector('#source-img');"
                    + " return !!i && i.dataset.loaded === 'true' && i.naturalWidth > 500", 60);
            assertThat(browser.script("return document.querySelector('#panel-body').innerText").asText()).contains("p.");
            assertThat(firstValue).isNotBlank();
            browser.screenshot(SHOTS.resolve("3-source-page.png"));

            browser.type("#override-value", "123456789");
            browser.type("#override-reason", "checked against the annual report");
            browser.click("#override-save");
            browser.await("the correction in the audit trail", "return document.querySelectorAll('#audit .audit-row').length === 1", 30);
            assertThat(browser.script("return document.querySelector('#audit').innerText").asText()).contains("Wendy");
            browser.screenshot(SHOTS.resolve("4-corrected.png"));

            browser.go(live.base() + "/#/ask");
            browser.await("the ask box", "return !!document.querySelector('#question')", 20);
            browser.type("#question", "What is the FY2025 capital expenditure for Northwind Instruments?");
            browser.click("#ask-button");
            browser.await("the answer", "return !!document.querySelector('#answer .answer')", 30);
            browser.screenshot(SHOTS.resolve("5-ask.png"));
            browser.script("document.querySelector('#question').value = ''; return true");
            browser.type("#question", "What drove the change in net sales at Foot Locker?");
            browser.click("#ask-button");
            browser.await("the note on the company", "return !!document.querySelector('#ask-note')", 30);
            assertThat(browser.script("return document.querySelector('#ask-note').innerText").asText())
                    .startsWith("Foot Locker is not in the search index");

            browser.go(live.base() + "/#/search");
            browser.await("the search box", "return !!document.querySelector('#search-q')", 20);
            browser.type("#search-q", "net sales");
            browser.click("#search-button");
            browser.await("passages found", "return document.querySelectorAll('.search-hit').length > 0", 30);
            assertThat(browser.script("return document.querySelector('.search-hit').innerText").asText()).contains("northwind-10k.pdf p.");
            assertThat(browser.script("return document.querySelectorAll('.search-hit mark').length").asInt()).as("matched words marked").isPositive();
            browser.click(".search-hit button.show-page");
            browser.await("the passage's page", "var i = document.querySelector('#page-img');"
                    + " return !!i && i.dataset.loaded === 'true' && i.naturalWidth > 500", 60);
            browser.screenshot(SHOTS.resolve("5b-search.png"));
            browser.click("#panel-close");

            browser.click("#lang");
            browser.await("Chinese text", "return document.querySelector('header nav').innerText.includes('提问')", 10);
            browser.screenshot(SHOTS.resolve("6-chinese.png"));

            browser.go(live.base() + "/#/grid");
            browser.await("the grid page", "return !!document.querySelector('#grid-companies')", 10);
            browser.type("#grid-companies", "Northwind");
            browser.type("#grid-questions", "revenue");
            browser.click("#grid-run");
            browser.await("the answered grid", "return !!document.querySelector('#grid-table') && !!document.querySelector('#grid-download')", 60);
            assertThat(browser.script("return document.querySelector('#grid-table td.answered').innerText").asText())
                    .as("the revenue cell shows a number and cites its page").matches("(?s).*\\d.*p\\.\\d+.*");
            assertThat(browser.script("return document.querySelector('#grid-download').href").asText()).startsWith("blob:");
            browser.screenshot(SHOTS.resolve("7-grid.png"));

            browser.go(live.base() + "/#/memo");
            browser.await("the memo page", "return document.querySelectorAll('#memo-company option').length > 0", 20);
            browser.click("#memo-run");
            browser.await("the memo", "return !!document.querySelector('#memo-frame') && !!document.querySelector('#memo-pdf')", 60);
            assertThat(browser.script("return document.querySelector('#memo-frame').srcdoc").asText()).containsAnyOf("Altman", "Current ratio", "current ratio");
            browser.screenshot(SHOTS.resolve("8-memo.png"));
        }
        assertThat(Files.size(SHOTS.resolve("3-source-page.png"))).isGreaterThan(10_000);
    }
}
