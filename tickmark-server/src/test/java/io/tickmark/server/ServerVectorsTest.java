package io.tickmark.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Vectors in the background: with search.vectors set, an uploaded filing is searchable by keywords when its ingest
 * job is done, the job and searches say how many passages still wait for vectors, and the worker brings it to 0.
 */
class ServerVectorsTest {
    @TempDir
    Path tmp;

    @Test
    void an_upload_is_searchable_at_once_and_its_vectors_follow_in_the_background() throws Exception {
        try (LiveServer live = new LiveServer(ServerConfig.defaults(tmp.resolve("data")).withPort(0).withSearchVectors("all-minilm-l6-v2-q"))) {
            String key = live.key("alpha", "Ann");
            Path pdf = tmp.resolve("r.pdf");
            SampleReport.writeTo(SampleCompany.defaultCompany(), pdf);

            JsonNode item = live.json(live.upload(key, new Multipart().file("r.pdf", Files.readAllBytes(pdf)))).path("files").path(0);
            JsonNode job = live.awaitJob(key, item.path("job").path("id").asText());

            assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("DONE");
            // when the job ended, every passage of the filing was searchable by keywords and waited for its vector
            assertThat(job.path("result").path("vectorsPending").asInt()).as(job.toString()).isPositive();
            assertThat(job.has("vectorsPending")).as(job.toString()).isTrue();
            JsonNode found = live.json(live.get("/v1/search?q=revenue", key));
            assertThat(found.path("passages")).isNotEmpty();
            assertThat(found.has("vectorsPending")).isTrue();
            if (found.path("vectorsPending").asInt() > 0) assertThat(found.path("note").asText()).contains("wait for their vectors");

            long end = System.nanoTime() + 180_000_000_000L;
            while (found.path("vectorsPending").asInt() > 0 && System.nanoTime() < end) {
                Thread.sleep(500);
                found = live.json(live.get("/v1/search?q=revenue", key));
            }
            assertThat(found.path("vectorsPending").asInt()).as("passages still pending after 180 s").isZero();
            assertThat(found.has("note")).isFalse();
            assertThat(found.path("passages")).isNotEmpty();
            assertThat(live.json(live.get("/v1/jobs/" + job.path("id").asText(), key)).path("vectorsPending").asInt()).isZero();
        }
    }

    @Test
    void a_server_without_vectors_says_nothing_about_them() throws Exception {
        try (LiveServer live = new LiveServer(tmp.resolve("data"), 1_000_000, 3)) {
            String key = live.key("alpha", "Ann");
            Path pdf = tmp.resolve("r.pdf");
            SampleReport.writeTo(SampleCompany.defaultCompany(), pdf);
            JsonNode item = live.json(live.upload(key, new Multipart().file("r.pdf", Files.readAllBytes(pdf)))).path("files").path(0);
            JsonNode job = live.awaitJob(key, item.path("job").path("id").asText());

            assertThat(job.has("vectorsPending")).isFalse();
            assertThat(job.path("result").has("vectorsPending")).isFalse();
            assertThat(live.json(live.get("/v1/search?q=revenue", key)).has("vectorsPending")).isFalse();
        }
    }

    @Test
    void turning_vectors_on_rebuilds_the_workspace_index_from_the_uploaded_files_of_the_store() throws Exception {
        Path data = tmp.resolve("data");
        String key;
        try (LiveServer live = new LiveServer(data, 1_000_000, 3)) {
            key = live.key("alpha", "Ann");
            Path pdf = tmp.resolve("r.pdf");
            SampleReport.writeTo(SampleCompany.defaultCompany(), pdf);
            JsonNode item = live.json(live.upload(key, new Multipart().file("r.pdf", Files.readAllBytes(pdf)))).path("files").path(0);
            live.awaitJob(key, item.path("job").path("id").asText());
        }
        try (LiveServer live = new LiveServer(ServerConfig.defaults(data).withPort(0).withSearchVectors("all-minilm-l6-v2-q"))) {
            var first = live.get("/v1/search?q=revenue", key);

            // the first search finds the index built with other settings: a job rebuilds it and the search is told to come back
            assertThat(first.statusCode()).as(first.body()).isEqualTo(503);
            JsonNode refusal = live.json(first);
            assertThat(refusal.path("error").asText()).isEqualTo("reindexing");
            String job = refusal.path("message").asText().replaceAll(".* by job (\\S+) .*", "$1");
            JsonNode rebuilt = live.awaitJob(key, job);
            assertThat(rebuilt.path("kind").asText()).isEqualTo("reindex");
            assertThat(rebuilt.path("state").asText()).as(rebuilt.toString()).isEqualTo("DONE");
            assertThat(rebuilt.path("result").path("filings").asInt()).isEqualTo(1);
            JsonNode found = live.json(live.get("/v1/search?q=revenue", key));

            // the keyword index of the old settings is replaced by one with vectors: nothing lost, vectors on their way
            assertThat(found.path("passages")).as(found.toString()).isNotEmpty();
            assertThat(found.has("vectorsPending")).isTrue();
            long end = System.nanoTime() + 180_000_000_000L;
            while (found.path("vectorsPending").asInt() > 0 && System.nanoTime() < end) {
                Thread.sleep(500);
                found = live.json(live.get("/v1/search?q=revenue", key));
            }
            assertThat(found.path("vectorsPending").asInt()).isZero();
        }
    }

    @Test
    void an_unknown_embedding_model_is_refused_naming_the_known_ones() {
        assertThatThrownBy(() -> ServerConfig.defaults(tmp).withSearchVectors("gpt-embed"))
                .hasMessageContaining("search.vectors").hasMessageContaining("gpt-embed").hasMessageContaining("all-minilm-l6-v2-q");
    }
}
