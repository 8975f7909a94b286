package io.tickmark.xbrl;

import io.tickmark.Tickmark;
import io.tickmark.document.Document;
import io.tickmark.document.DocumentFormat;
import io.tickmark.document.UnreadableDocumentException;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;
import io.tickmark.spread.Spread;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XbrlInstanceTest {
    private static final Period END_2024 = Period.instant(LocalDate.of(2024, 12, 31));
    private static final Period END_2023 = Period.instant(LocalDate.of(2023, 12, 31));
    private static final Period YEAR_2024 = Period.duration(LocalDate.of(2024, 12, 31), 12);

    private static final String INSTANCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:us-gaap="http://fasb.org/us-gaap/2024"
                        xmlns:dei="http://xbrl.sec.gov/dei/2024" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
                        xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:srt="http://fasb.org/srt/2024"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <xbrli:context id="c2024"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier></xbrli:entity>
                <xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>
              <xbrli:context id="c2023"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier></xbrli:entity>
                <xbrli:period><xbrli:instant>2023-12-31</xbrli:instant></xbrli:period></xbrli:context>
              <xbrli:context id="fy2024"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier></xbrli:entity>
                <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
              <xbrli:context id="fy2024-segment"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier>
                <xbrli:segment><xbrldi:explicitMember dimension="srt:ProductOrServiceAxis">us-gaap:ServiceMember</xbrldi:explicitMember></xbrli:segment></xbrli:entity>
                <xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
              <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
              <xbrli:unit id="usdPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>
                <xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
              <dei:EntityRegistrantName contextRef="fy2024">Example Widgets Inc.</dei:EntityRegistrantName>
              <dei:DocumentType contextRef="fy2024">10-K</dei:DocumentType>
              <dei:DocumentPeriodEndDate contextRef="fy2024">2024-12-31</dei:DocumentPeriodEndDate>
              <us-gaap:CashAndCashEquivalentsAtCarryingValue contextRef="c2024" unitRef="usd" decimals="-6">1200000000</us-gaap:CashAndCashEquivalentsAtCarryingValue>
              <us-gaap:Assets contextRef="c2024" unitRef="usd" decimals="-6" id="f-assets-2024">5500000000</us-gaap:Assets>
              <us-gaap:Assets contextRef="c2023" unitRef="usd" decimals="-6">5000000000</us-gaap:Assets>
              <us-gaap:Liabilities contextRef="c2024" unitRef="usd" decimals="-6">2500000000</us-gaap:Liabilities>
              <us-gaap:StockholdersEquity contextRef="c2024" unitRef="usd" decimals="-6">3000000000</us-gaap:StockholdersEquity>
              <us-gaap:LiabilitiesAndStockholdersEquity contextRef="c2024" unitRef="usd" decimals="-6">5500000000</us-gaap:LiabilitiesAndStockholdersEquity>
              <us-gaap:AccumulatedOtherComprehensiveIncomeLossNetOfTax contextRef="c2024" unitRef="usd" decimals="-6">-400000000</us-gaap:AccumulatedOtherComprehensiveIncomeLossNetOfTax>
              <us-gaap:Revenues contextRef="fy2024" unitRef="usd" decimals="-6">9000000000</us-gaap:Revenues>
              <us-gaap:Revenues contextRef="fy2024-segment" unitRef="usd" decimals="-6">2000000000</us-gaap:Revenues>
              <us-gaap:NetIncomeLoss contextRef="fy2024" unitRef="usd" decimals="-6">1500000000</us-gaap:NetIncomeLoss>
              <us-gaap:EarningsPerShareDiluted contextRef="fy2024" unitRef="usdPerShare" decimals="2">1.25</us-gaap:EarningsPerShareDiluted>
              <us-gaap:InventoryNet contextRef="c2022" unitRef="usd" decimals="-6">400000000</us-gaap:InventoryNet>
              <us-gaap:AccountsPayableCurrent contextRef="c2024" unitRef="eur" decimals="-6">600000000</us-gaap:AccountsPayableCurrent>
              <us-gaap:GoodWill contextRef="c2024" unitRef="usd" xsi:nil="true"/>
            </xbrli:xbrl>
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reads_facts_with_their_contexts_units_and_dimensions() throws IOException {
        InstanceFiling filing = XbrlInstance.read(write("instance.xml", INSTANCE));

        InlineFact assets = filing.facts().stream().filter(f -> f.concept().equals("us-gaap:Assets") && f.period().sameAs(END_2024)).findFirst().orElseThrow();
        InlineFact eps = filing.facts().stream().filter(f -> f.localName().equals("EarningsPerShareDiluted")).findFirst().orElseThrow();
        InlineFact segment = filing.facts().stream().filter(f -> !f.faceStatement()).findFirst().orElseThrow();

        assertThat(filing.facts()).hasSize(11);
        assertThat(assets.value()).isEqualByComparingTo("5500000000");
        assertThat(assets.unit()).isEqualTo(Unit.money("USD"));
        assertThat(assets.anchor()).isEqualTo("#f-assets-2024");
        assertThat(eps.unit()).isEqualTo(Unit.perShare("USD"));
        assertThat(eps.period()).isEqualTo(YEAR_2024);
        assertThat(segment.dimensions()).containsEntry("srt:ProductOrServiceAxis", "us-gaap:ServiceMember");
        assertThat(filing.cover()).containsEntry("EntityRegistrantName", "Example Widgets Inc.");
    }

    @Test
    void leaves_out_facts_whose_context_or_unit_is_missing_and_names_them() throws IOException {
        InstanceFiling filing = XbrlInstance.read(write("instance.xml", INSTANCE));

        assertThat(filing.problems()).anyMatch(p -> p.contains("us-gaap:InventoryNet") && p.contains("context 'c2022' is not defined"));
        assertThat(filing.problems()).anyMatch(p -> p.contains("us-gaap:AccountsPayableCurrent") && p.contains("unit 'eur' is not defined"));
        assertThat(filing.facts()).noneMatch(f -> f.localName().equals("InventoryNet") || f.localName().equals("GoodWill"));
    }

    @Test
    void spreads_face_facts_by_statement_and_period_ticked_to_their_line() throws IOException {
        Path file = write("instance.txt", INSTANCE);
        Spread spread = Tickmark.spread(file);
        Document doc = Tickmark.read(file);

        Fact assets = value(spread, "total_assets", END_2024);
        assertThat(spread.document().company()).isEqualTo("Example Widgets Inc.");
        assertThat(spread.statement(StatementType.BALANCE_SHEET).orElseThrow().periods()).containsExactly(END_2024, END_2023);
        assertThat(assets.value()).isEqualByComparingTo("5500000000");
        assertThat(value(spread, "aoci", END_2024).value()).isEqualByComparingTo("-400000000");
        assertThat(value(spread, "revenue", YEAR_2024).value()).isEqualByComparingTo("9000000000");
        assertThat(value(spread, "eps_diluted", YEAR_2024).value()).isEqualByComparingTo("1.25");
        assertThat(assets.source().page()).isEqualTo(1);
        assertThat(doc.format()).isEqualTo(DocumentFormat.XBRL);
        assertThat(doc.page(1).lines().get(assets.source().line()).text()).startsWith("us-gaap:Assets").endsWith("5500000000");
        assertThat(spread.warnings()).anyMatch(w -> w.contains("c2022"));
    }

    @Test
    void never_resolves_an_external_entity(@TempDir Path other) throws IOException {
        Path secret = other.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xxe = INSTANCE.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xbrli:xbrl [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n")
                .replace("Example Widgets Inc.", "&xxe;");
        Path file = write("xxe.xml", xxe);

        assertThatThrownBy(() -> Tickmark.spread(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("xxe.xml").hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void refuses_xml_that_is_not_well_formed_naming_the_file() throws IOException {
        Path file = write("broken.xml", INSTANCE.substring(0, INSTANCE.length() / 2));

        assertThatThrownBy(() -> Tickmark.spread(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("broken.xml").hasMessageContaining("not well-formed XML");
    }

    private static Fact value(Spread spread, String concept, Period period) {
        return spread.facts().stream().filter(f -> concept.equals(f.concept()) && f.period().sameAs(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + concept + " for " + period + "; warnings " + spread.warnings()));
    }
}
