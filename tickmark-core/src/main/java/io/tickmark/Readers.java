package io.tickmark;

import io.tickmark.document.UnreadableDocumentException;
import io.tickmark.spread.Spread;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The front door's helpers: the first bytes of a file for format detection, and reader problems as warnings. */
final class Readers {
    private static final int HEAD = 8192;

    private Readers() {
    }

    /** Up to the first 8 KB of the file, enough to tell its format. */
    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        }
    }

    /** The spread with the problems met reading its file (inline XBRL tags, workbook cells) added to its warnings. */
    static Spread withProblems(Spread spread, String where, List<String> problems) {
        if (problems.isEmpty()) return spread;
        List<String> warnings = new ArrayList<>(spread.warnings());
        problems.forEach(p -> warnings.add(where + ": " + p));
        return new Spread(spread.document(), spread.statements(), spread.checks(), warnings, spread.parentStatements());
    }
}
