package io.tickmark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @Test
    void addKeyPrintsTheKeyOnceAndStoresOnlyItsHash(@TempDir Path tmp) throws Exception {
        Cli.Run run = Cli.run("serve", "--data-dir", tmp.toString(), "--add-key", "acme:alice");
        assertThat(run.exit()).isZero();
        String key = run.out().trim();
        assertThat(key).startsWith("tk_");
        String file = Files.readString(tmp.resolve("api-keys.tsv"));
        assertThat(file).contains("acme\talice").doesNotContain(key);
    }

    @Test
    void badSettingsEndInOneLineNamingTheSetting(@TempDir Path tmp) throws Exception {
        Cli.Run badKey = Cli.run("serve", "--data-dir", tmp.toString(), "--add-key", "Not A Workspace:alice");
        assertThat(badKey.exit()).isNotZero();
        assertThat(badKey.errLines()).hasSize(1);
        assertThat(badKey.err()).contains("workspace");

        Path config = tmp.resolve("server.properties");
        Files.writeString(config, "port=seventy\n");
        Cli.Run badConfig = Cli.run("serve", "--config", config.toString());
        assertThat(badConfig.exit()).isNotZero();
        assertThat(badConfig.err()).contains("server.properties").contains("seventy").doesNotContain("Exception");

        Cli.Run badEnv = Cli.run(Map.of("TICKMARK_UPLOAD_MAX_FILES", "many"), "serve", "--data-dir", tmp.toString());
        assertThat(badEnv.exit()).isNotZero();
        assertThat(badEnv.err()).contains("TICKMARK_UPLOAD_MAX_FILES");
    }
}
