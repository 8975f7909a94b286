package io.tickmark.app;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small real PDFs of plain text lines, one list of lines per page, for filings the tests need to say something exact. */
final class TextPdfs {
    private TextPdfs() {
    }

    static Path write(Path file, List<List<String>> pages) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        PDType1Font font = new PDType1Font(FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    float y = 720;
                    for (String line : lines) {
                        s.beginText();
                        s.setFont(font, 10);
                        s.newLineAtOffset(54, y);
                        s.showText(line);
                        s.endText();
                        y -= 16;
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A second-quarter 10-Q of a fictitious company, signed on {@code signed} ("July 28, 2023"). */
    static Path quarterly(Path file, String signed) throws IOException {
        return write(file, List.of(
                List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM 10-Q",
                        "For the quarterly period ended June 30, 2023", "ACME WIDGETS CORPORATION",
                        "(Exact name of registrant as specified in its charter)", "Common Stock ACW New York Stock Exchange"),
                List.of("CONDENSED CONSOLIDATED STATEMENTS OF INCOME", "Three Months Ended Six Months Ended June 30, 2023",
                        "Net sales 1,200 1,100 2,400 2,200", "Restructuring liability rose on the plant closures."),
                List.of("SIGNATURES", "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused",
                        "this report to be signed on its behalf by the undersigned thereunto duly authorized.",
                        "Date: " + signed, "By: /s/ Jane Roe, Chief Financial Officer")));
    }

    /** A 10-K of the same company for 2022, signed on {@code signed}. */
    static Path annual(Path file, String signed) throws IOException {
        return write(file, List.of(
                List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM 10-K",
                        "For the fiscal year ended December 31, 2022", "ACME WIDGETS CORPORATION",
                        "(Exact name of registrant as specified in its charter)", "Common Stock ACW New York Stock Exchange"),
                List.of("CONSOLIDATED STATEMENTS OF INCOME", "Years ended December 31, 2022 2021", "Net sales 4,800 4,400",
                        "Restructuring liability fell as the program ended."),
                List.of("SIGNATURES", "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the",
                        "Registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.",
                        "By /s/ Jane Roe", signed)));
    }
}
