package io.tickmark.app;

import io.tickmark.llm.LanguageModelSettings;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tickmark warm-up} (hidden): runs the everyday commands once on the fictitious sample company in a
 * temporary data directory, output thrown away. The {@code ./tickmark} launcher runs it once per build under
 * {@code -XX:ArchiveClassesAtExit}, so the classes those commands load go into a class-data sharing archive
 * that later commands map instead of loading and verifying each class again.
 */
@Command(name = WarmUpCommand.NAME, hidden = true, mixinStandardHelpOptions = true,
        description = "Run the everyday commands once on the sample company in a temporary folder (for the class-data sharing archive).")
final class WarmUpCommand implements Callable<Integer> {
    static final String NAME = "warm-up";

    private final Io io;

    WarmUpCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("tickmark-warm-up");
        try {
            Map<String, String> env = new HashMap<>(io.env());
            env.put(StoreOptions.HOME_VARIABLE, dir.toString());
            env.remove(StoreOptions.STORE_VARIABLE);
            env.remove(LanguageModelSettings.URL_ENV); // never call a model while warming up
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            Io quiet = new Io(sink, sink, env);
            Path sample = dir.resolve(DemoCommand.SAMPLE).toAbsolutePath();
            String company = "Northwind";
            List<List<String>> runs = List.of(
                    List.of("demo"),
                    List.of("credit", "--company", company, "-o", dir.resolve("memo.pdf").toString()),
                    List.of("credit", "--company", company, "-o", dir.resolve("memo.html").toString()),
                    List.of("credit", "--company", company, "-o", dir.resolve("memo.xlsx").toString()),
                    List.of("credit", "--company", company, "-o", dir.resolve("memo.json").toString()),
                    List.of("credit", sample.toString(), "-o", dir.resolve("memo2.pdf").toString()),
                    List.of("credit", "--company", company),
                    List.of("spread", "--format", "json", sample.toString()),
                    List.of("ask", "What is the FY2025 current ratio of " + company + "?"),
                    List.of("--version"));
            int failed = 0;
            for (List<String> args : runs) {
                String[] a = args.toArray(String[]::new);
                int code = Main.commandLine(quiet, a).execute(a);
                if (code != 0) {
                    failed++;
                    io.err().println("warm-up: tickmark " + String.join(" ", args) + " exited with " + code);
                }
            }
            return failed == 0 ? 0 : 1;
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
