package io.tickmark.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code tickmark} command line: the commands over tickmark-core, wired by hand. */
@Command(name = "tickmark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Financial statements out of company reports, every number ticked to its source.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Run 'tickmark COMMAND --help' for a command's options. Start with 'tickmark demo'."})
public final class Main implements Runnable {
    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its code: 0 done, 1 nothing could be done, 2 usage error. */
    public static void main(String[] args) {
        System.exit(commandLine(Io.system()).execute(args));
    }

    /** The whole command tree writing to {@code io}; tests execute it with their own streams. */
    public static CommandLine commandLine(Io io) {
        CommandLine line = new CommandLine(new Main())
                .addSubcommand("spread", new SpreadCommand(io))
                .addSubcommand("ingest", new IngestCommand(io))
                .addSubcommand("demo", new DemoCommand(io))
                .addSubcommand("ask", new AskCommand(io))
                .addSubcommand("index", new IndexCommand(io))
                .addSubcommand("search", new SearchCommand(io))
                .addSubcommand("grid", new GridCommand(io))
                .addSubcommand("credit", new CreditCommand(io))
                .addSubcommand("serve", new ServeCommand(io))
                .addSubcommand("eval", new CommandLine(new EvalCommand())
                        .addSubcommand("spreading", new SpreadingEvalCommand(io))
                        .addSubcommand("coverage", new CoverageEvalCommand(io))
                        .addSubcommand("financebench", new FinanceBenchEvalCommand(io))
                        .addSubcommand("evidence", new EvidenceEvalCommand(io))
                        .addSubcommand("cn", new CnEvalCommand(io)))
                .addSubcommand("bench", new CommandLine(new BenchCommand())
                        .addSubcommand("spread", new SpreadBenchCommand(io))
                        .addSubcommand("ask", new AskBenchCommand(io))
                        .addSubcommand("search", new SearchBenchCommand(io))
                        .addSubcommand("grid", new GridBenchCommand(io))
                        .addSubcommand("credit", new CreditBenchCommand(io))
                        .addSubcommand("serve", new ServeBenchCommand(io)));
        line.setOut(writer(io.out()));
        line.setErr(writer(io.err()));
        line.setExecutionExceptionHandler(new OneLineErrors(io));
        line.setParameterExceptionHandler(new ShortUsageErrors());
        return line;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Without a command there is nothing to do: say which commands exist. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: spread, ingest, demo, ask, eval or bench");
    }

    /** The group of {@code eval} commands. */
    @Command(name = "eval", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "EVAL",
            description = "Measure how well Tickmark does against truth it did not write.")
    static final class EvalCommand implements Runnable {
        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation: spreading, coverage or financebench");
        }
    }

    /** The group of {@code bench} commands. */
    @Command(name = "bench", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "BENCH",
            description = "Time Tickmark on real documents.")
    static final class BenchCommand implements Runnable {
        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: spread or ask");
        }
    }
}
