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
        Files.writeString(file, "port=8000\ndata.dir=/from/file\nllm.endpoint=http://llm.local/v1\nupload.max.files=7\n");
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
}
