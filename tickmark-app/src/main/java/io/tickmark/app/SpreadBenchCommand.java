package io.tickmark.app;

import io.tickmark.eval.SpreadBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark bench spread}: times spreading real PDFs over several rounds. */
@Command(name = "spread", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time reading and spreading PDFs, round after round.",
                "Prints a table, then the timings as one JSON line (last)."})
final class SpreadBenchCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE_OR_DIR", description = "PDFs, or folders of them.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "Every .pdf under this folder, subfolders included.")
    private Path data;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "How many times to spread each file (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Mixin
    private Verbosity verbosity;

    SpreadBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (rounds < 1) throw new ParameterException(spec.commandLine(), "--rounds must be at least 1, not " + rounds);
        if (data == null && files.isEmpty()) throw new ParameterException(spec.commandLine(), "give PDF files or --data DIR");
        if (data != null && !files.isEmpty()) throw new ParameterException(spec.commandLine(), "give PDF files or --data DIR, not both");
        List<Path> pdfs = pdfs();
        if (pdfs.isEmpty()) throw new UserError("no .pdf files to benchmark in " + (data != null ? data : files));
        var report = SpreadBench.run(pdfs, rounds, io.err()::println);
        io.out().println(report.table().stripTrailing());
        io.out().println(report.json().strip());
        io.out().flush();
        return 0;
    }

    private List<Path> pdfs() throws IOException {
        if (data != null) {
            SpreadingEvalCommand.requireFolder(data, "bench spread times the PDFs under it");
            return Inputs.pdfsUnder(data);
        }
        List<Path> pdfs = new ArrayList<>();
        for (Inputs.Input input : Inputs.expand(files)) {
            if (input.problem() != null) throw new UserError(input.path() + ": " + input.problem());
            pdfs.add(input.path());
        }
        return pdfs;
    }
}
