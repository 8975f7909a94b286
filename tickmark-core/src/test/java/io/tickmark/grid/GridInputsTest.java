package io.tickmark.grid;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Companies from text, CSV and XLSX columns; questions from text; repeats dropped and said; bad files named. */
class GridInputsTest {
    @TempDir
    Path dir;

    @Test
    void companies_from_a_csv_column_by_header_with_repeats_noted() throws Exception {
        Path csv = Files.writeString(dir.resolve("c.csv"), "ticker,name\nACM,\"Acme, Inc.\"\nTRN,Tern\nACM2,\"acme,  inc.\"\n");

        GridInputs.Read read = GridInputs.companies(csv, "Name");

        assertThat(read.values()).containsExactly("Acme, Inc.", "Tern");
        assertThat(read.notes()).singleElement().asString().contains("'acme,  inc.' is repeated");
    }

    @Test
    void companies_from_the_first_column_of_a_workbook() throws Exception {
        Path xlsx = dir.resolve("c.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet();
            s.createRow(0).createCell(0).setCellValue("Company");
            s.createRow(1).createCell(0).setCellValue("Acme");
            s.createRow(2).createCell(0).setCellValue("Tern");
            wb.write(out);
        }

        assertThat(GridInputs.companies(xlsx, null).values()).containsExactly("Acme", "Tern");
    }

    @Test
    void a_missing_column_names_the_file_and_the_columns_there() throws Exception {
        Path csv = Files.writeString(dir.resolve("c.csv"), "ticker,name\nACM,Acme\n");

        assertThatThrownBy(() -> GridInputs.companies(csv, "company")).hasMessage(csv + ": no column 'company' (columns: ticker, name)");
    }

    @Test
    void questions_one_a_line_skipping_comments_and_refusing_an_overlong_one() throws Exception {
        Path ok = Files.writeString(dir.resolve("q.txt"), "# mine\ncapex\n\nDoes the company pay a dividend?\ncapex\n");
        assertThat(GridInputs.questions(ok).values()).containsExactly("capex", "Does the company pay a dividend?");

        Path empty = Files.writeString(dir.resolve("e.txt"), "# nothing\n\n");
        assertThatThrownBy(() -> GridInputs.questions(empty)).hasMessageContaining("no questions");

        Path longer = Files.writeString(dir.resolve("l.txt"), "x".repeat(GridQuestion.MAX_LENGTH + 1) + "\n");
        assertThatThrownBy(() -> GridInputs.questions(longer)).hasMessageContaining("question 1 is 1001 characters long");
    }
}
