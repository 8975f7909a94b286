package io.tickmark.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files a command works on: each file as given, each folder as its PDFs in name order. */
final class Inputs {
    private Inputs() {
    }

    /** One file to work on, or an argument that gave none, with the reason. */
    record Input(Path path, String problem) {
        static Input file(Path path) {
            return new Input(path, null);
        }
    }

    /** The arguments expanded: folders into their report files, *.pdf and *.htm(l) (not descending), files as they are. */
    static List<Input> expand(List<Path> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) inputs.addAll(folder(argument));
            else inputs.add(Input.file(argument));
        }
        return inputs;
    }

    /** Every *.pdf under the folder and its subfolders, in path order. */
    static List<Path> pdfsUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(Inputs::isPdfName).sorted().toList();
        }
    }

    private static List<Input> folder(Path folder) {
        List<Input> pdfs;
        try (Stream<Path> files = Files.list(folder)) {
            pdfs = files.filter(Files::isRegularFile).filter(Inputs::isReportName).sorted().map(Input::file).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Input(folder, "cannot list this folder (" + e.getMessage() + ")"));
        }
        return pdfs.isEmpty() ? List.of(new Input(folder, "folder has no .pdf or .html files")) : pdfs;
    }

    private static boolean isPdfName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private static boolean isReportName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return isPdfName(file) || name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".xhtml");
    }
}
