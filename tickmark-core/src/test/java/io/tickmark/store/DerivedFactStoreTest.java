package io.tickmark.store;

import io.tickmark.Tickmark;
import io.tickmark.facts.Fact;
import io.tickmark.output.SpreadJson;
import io.tickmark.spread.Spread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A derived fact keeps its formula through the store (V6 migration) and JSON, and a printed value goes first. */
class DerivedFactStoreTest {
    /** A balance sheet printing the parent's equity and the noncontrolling interests but not their sum. */
    static final String BALANCE_SHEET = "Consolidated Balance Sheets\n\"(in millions)\"\n,\"December 31, 2024\",\"December 31, 2023\"\n"
            + "Total current assets,\"1,200\",\"1,000\"\n"
            + "Total assets,\"5,000\",\"4,600\"\n"
            + "Total current liabilities,600,550\n"
            + "Total liabilities,\"2,500\",\"2,500\"\n"
            + "Common stock,\"1,000\",\"1,000\"\n"
            + "Retained earnings,\"1,200\",800\n"
            + "Total stockholders' equity,\"2,200\",\"1,800\"\n"
            + "Noncontrolling interests,300,300\n"
            + "Total liabilities and equity,\"5,000\",\"4,600\"\n";

    private static Spread spread(Path dir) throws IOException {
        Path file = dir.resolve("derived.csv");
        Files.writeString(file, BALANCE_SHEET, StandardCharsets.UTF_8);
        return Tickmark.spread(file);
    }

    @Test
    void the_formula_of_a_derived_fact_round_trips_through_the_store(@TempDir Path dir) throws IOException {
        Spread spread = spread(dir);
        Fact derived = spread.facts().stream().filter(Fact::derived).findFirst().orElseThrow(() -> new AssertionError(spread.warnings()));
        FactStore store = FactStore.openDefault(dir.resolve("store"));
        try {
            assertThat(store.save(spread)).isTrue();
            Spread loaded = store.load(spread.document().sha256()).orElseThrow();
            Fact back = loaded.facts().stream().filter(Fact::derived).findFirst().orElseThrow();
            assertThat(back.source().formula()).isEqualTo(derived.source().formula());
            assertThat(back.value()).isEqualByComparingTo("2500000000");
            assertThat(loaded.facts()).filteredOn(f -> !"total_equity".equals(f.concept())).noneMatch(Fact::derived);
            List<Fact> stored = store.facts(spread.document().company(), "total_equity");
            assertThat(stored).isNotEmpty().allMatch(Fact::derived);
        } finally {
            store.close();
        }
    }

    @Test
    void json_marks_a_derived_fact_and_reads_its_formula_back(@TempDir Path dir) throws IOException {
        Spread spread = spread(dir);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SpreadJson.write(spread, out);
        String json = out.toString(StandardCharsets.UTF_8).replaceAll("\\s", "");

        assertThat(json).contains("\"derived\":true").contains("\"derived\":false")
                .contains("\"formula\":\"Totalliabilitiesandequity5,000(p.1");
        Spread back = SpreadJson.read(new java.io.ByteArrayInputStream(out.toByteArray())).get(0);
        assertThat(back.facts()).filteredOn(Fact::derived).extracting(f -> f.source().formula())
                .containsExactlyElementsOf(spread.facts().stream().filter(Fact::derived).map(f -> f.source().formula()).toList());
    }
}
