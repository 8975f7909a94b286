package io.tickmark.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerConfigTest {
    @Test
    void optionsBeatTheEnvironmentWhichBeatsTheFile(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("tickmark.properties");
        Files.writeString(file, "port=8000\ndata.dir=/from/file\nllm.endpoint=http://llm.local/v1\nllm.model=qwen2.5:7b\nupload.max.files=7\n");
        Map<String, String> env = Map.of("TICKMARK_PORT", "8100", "TICKMARK_STORE_URL", "jdbc:postgresql://db/t?user=u&password=hunter2",
                "TICKMARK_LLM_API_KEY", "sk-secret");
        Map<String, String> cli = new HashMap<>();
        cli.put("port", "8200");
        ServerConfig c = ServerConfig.load(file, env, cli);
        assertThat(c.port()).isEqualTo(8200);
        assertThat(c.dataDir()).isEqualTo(Path.of("/from/file"));
        assertThat(c.maxUploadFiles()).isEqualTo(7);
        assertThat(c.llmEndpoint()).isEqualTo("http://llm.local/v1");
        assertThat(c.describe()).contains("8200", "http://llm.local/v1", "password=***")
                .doesNotContain("hunter2").doesNotContain("sk-secret");
        assertThat(c.toString()).doesNotContain("hunter2").doesNotContain("sk-secret");
    }

    @Test
    void badSettingsNameTheirOrigin(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.properties");
        Files.writeString(file, "prot=8000\n");
        assertThatThrownBy(() -> ServerConfig.load(file, Map.of(), Map.of())).hasMessageContaining("bad.properties").hasMessageContaining("prot");
        assertThatThrownBy(() -> ServerConfig.load(null, Map.of("TICKMARK_PORT", "eighty"), Map.of()))
                .hasMessageContaining("TICKMARK_PORT").hasMessageContaining("eighty");
        assertThatThrownBy(() -> ServerConfig.load(tmp.resolve("missing.properties"), Map.of(), Map.of())).hasMessageContaining("missing.properties");
    }

    @Test
    void uploadNamesLoseTheirPathsAndControlCharacters() {
        assertThat(Uploads.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Uploads.safeName("C:\\Users\\x\\report.pdf")).isEqualTo("report.pdf");
        assertThat(Uploads.safeName("a\u0000b\nc.pdf")).isEqualTo("abc.pdf");
        assertThat(Uploads.safeName(".hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(Uploads.safeName("年报 2023.pdf")).isEqualTo("年报 2023.pdf");
        assertThatThrownBy(() -> Uploads.safeName("..")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Uploads.safeName("dir/")).isInstanceOf(ApiException.class);
    }

    @Test
    void cellQuestionsReadAsMetricQuestions() {
        assertThat(Api.cellQuestion("3M", "revenue", "2018")).isEqualTo("What is the FY2018 revenue for 3M?");
        assertThat(Api.cellQuestion("3M", "What is the FY2018 capex for 3M?", "2018")).isEqualTo("What is the FY2018 capex for 3M?");
    }

    @Test
    void the_language_model_is_read_under_the_command_lines_names_and_the_old_ones() throws Exception {
        ServerConfig c = ServerConfig.load(null, Map.of("TICKMARK_LLM_URL", "http://localhost:11434/v1", "TICKMARK_LLM_MODEL", "qwen2.5:7b",
                "TICKMARK_LLM_TIMEOUT", "20"), Map.of());
        assertThat(c.llm().baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(c.llm().timeout()).hasSeconds(20);
        ServerConfig old = ServerConfig.load(null, Map.of("TICKMARK_LLM_ENDPOINT", "http://llm.local/v1", "TICKMARK_LLM_MODEL", "m",
                "TICKMARK_LLM_API_KEY", "sk-old"), Map.of());
        assertThat(old.llm().baseUrl()).isEqualTo("http://llm.local/v1");
        assertThat(old.llm().apiKey()).isEqualTo("sk-old");
        assertThat(ServerConfig.load(null, Map.of(), Map.of()).llm()).as("no model configured").isNull();
    }

    @Test
    void a_language_model_without_a_name_or_with_a_bad_url_is_refused_at_start() {
        assertThatThrownBy(() -> ServerConfig.load(null, Map.of("TICKMARK_LLM_URL", "http://localhost:11434/v1"), Map.of()))
                .hasMessageContaining("llm.model");
        assertThatThrownBy(() -> ServerConfig.load(null, Map.of("TICKMARK_LLM_URL", "localhost:11434", "TICKMARK_LLM_MODEL", "m"), Map.of()))
                .hasMessageContaining("localhost:11434").hasMessageContaining("http");
        assertThatThrownBy(() -> ServerConfig.load(null, Map.of("TICKMARK_LLM_URL", "http://h/v1", "TICKMARK_LLM_MODEL", "m", "TICKMARK_LLM_TIMEOUT", "0"), Map.of()))
                .hasMessageContaining("TICKMARK_LLM_TIMEOUT");
    }
}
