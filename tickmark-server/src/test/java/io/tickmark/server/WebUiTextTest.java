package io.tickmark.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the web UI shows by key exists in English and in Chinese: a missing one would show the bare key. */
class WebUiTextTest {
    private static final Pattern USED = Pattern.compile("\\bt\\(\"([A-Za-z0-9_.]+)\"\\)");
    private static final Pattern DEFINED = Pattern.compile("\"([A-Za-z0-9_.]+)\"\\s*:");

    private static String resource(String name) throws IOException {
        try (InputStream in = WebUiTextTest.class.getResourceAsStream("/io/tickmark/server/web/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> keys(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void every_key_the_pages_use_is_in_both_languages() throws IOException {
        String i18n = resource("i18n.js");
        int zh = i18n.indexOf("\n  zh: {");
        assertThat(zh).as("the Chinese table").isPositive();
        Set<String> english = keys(DEFINED, i18n.substring(0, zh));
        Set<String> chinese = keys(DEFINED, i18n.substring(zh));
        Set<String> used = keys(USED, resource("app.js"));

        assertThat(used).as("keys the UI shows").isNotEmpty();
        assertThat(english).as("English texts").containsAll(used);
        assertThat(chinese).as("Chinese texts").containsAll(used);
        assertThat(chinese).as("the same keys in both languages").isEqualTo(english);
    }
}
