package io.tickmark.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code tickmark} command line: the commands over tickmark-core, wired by hand. */
@Command(name = "tickmark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Financial statements out of company reports, every number ticked to its source.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Run 'tickmark COMMAND --help' for a command's options. Start with 'tickmark demo'."})
public final class Main implements Runnable {
    @Spec
    private CommandSpec spec;

    /** When {@link #main} started ({@link System#nanoTime}), for {@link Timings}. */
    static long STARTED = System.nanoTime();

    /** Runs the command line and exits with its code: 0 done, 1 nothing could be done, 2 usage error. */
    public static void main(String[] args) {
        STARTED = System.nanoTime();
        System.exit(commandLine(Io.system(), args).execute(args));
    }

    /** The whole command tree writing to {@code io}; tests execute it with their own streams. */
    public static CommandLine commandLine(Io io) {
        return commandLine(io, new String[0]);
    }

    /**
     * The command tree for these arguments: when the first one names a command, only that command is built
     * (picocli reflects over every command it is given, which costs a short command a tenth of a second or
     * more of its start); otherwise the whole tree, so help and unknown commands list every command.
     */
    static CommandLine commandLine(Io io, String[] args) {
        Map<String, Supplier<Object>> commands = commands(io);
        CommandLine line = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : null;
        if (first != null && commands.containsKey(first)) {
            line.addSubcommand(first, commands.get(first).get());
        } else {
            commands.forEach((name, command) -> line.addSubcommand(name, command.get()));
        }
        reflow(line);
        line.setOut(writer(io.out()));
        line.setErr(writer(io.err()));
        line.setExecutionExceptionHandler(new OneLineErrors(io));
        line.setParameterExceptionHandler(new ShortUsageErrors());
        return line;
    }

    /** Every command by name, built on demand, in the order help lists them. */
    private static Map<String, Supplier<Object>> commands(Io io) {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("spread", () -> new SpreadCommand(io));
        c.put("ingest", () -> new IngestCommand(io));
        c.put("demo", () -> new DemoCommand(io));
        c.put("ask", () -> new AskCommand(io));
        c.put("index", () -> new IndexCommand(io));
        c.put("search", () -> new SearchCommand(io));
        c.put("grid", () -> new GridCommand(io));
        c.put("credit", () -> new CreditCommand(io));
        c.put("serve", () -> new ServeCommand(io));
        c.put("eval", () -> new CommandLine(new EvalCommand())
                .addSubcommand("spreading", new SpreadingEvalCommand(io))
                .addSubcommand("coverage", new CoverageEvalCommand(io))
                .addSubcommand("financebench", new FinanceBenchEvalCommand(io))
                .addSubcommand("evidence", new EvidenceEvalCommand(io))
                .addSubcommand("cn", new CnEvalCommand(io)));
        c.put("bench", () -> new CommandLine(new BenchCommand())
                .addSubcommand("spread", new SpreadBenchCommand(io))
                .addSubcommand("ask", new AskBenchCommand(io))
                .addSubcommand("search", new SearchBenchCommand(io))
                .addSubcommand("grid", new GridBenchCommand(io))
                .addSubcommand("credit", new CreditBenchCommand(io))
                .addSubcommand("serve", new ServeBenchCommand(io)));
        c.put(WarmUpCommand.NAME, () -> new WarmUpCommand(io));
        return c;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** Without a command there is nothing to do: say which commands exist. */
    @Override
    public void run() {
        throw missing(spec, "command");
    }

    /** The group of {@code eval} commands. */
    @Command(name = "eval", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "EVAL",
            description = "Measure how well Tickmark does against truth it did not write.")
    static final class EvalCommand implements Runnable {
        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            throw missing(spec, "evaluation");
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
            throw missing(spec, "benchmark");
        }
    }

    /** "Missing command: spread, ingest, ... or serve", naming every visible subcommand of the group. */
    private static CommandLine.ParameterException missing(CommandSpec spec, String what) {
        List<String> names = spec.subcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey).toList();
        String listed = names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return new CommandLine.ParameterException(spec.commandLine(), "Missing " + what + ": " + listed);
    }

    /**
     * Joins the lines of each command's description into paragraphs for picocli to wrap at the screen's width: written
     * as lines of about 110 characters, they were cut again at 80, leaving a short stub after every line. A line that
     * starts with a space or with "Example", or follows one ending in ':', keeps its own line.
     */
    private static final java.util.regex.Pattern FIRST_SENTENCE = java.util.regex.Pattern.compile("(?<=[.!?])\\s+(?=[A-Z'\"])");

    static void reflow(CommandLine line) {
        var usage = line.getCommandSpec().usageMessage();
        List<String> out = new java.util.ArrayList<>();
        boolean open = false;
        for (String d : usage.description()) {
            boolean own = d.isBlank() || Character.isWhitespace(d.charAt(0)) || d.startsWith("Example");
            if (open && !own && !out.get(out.size() - 1).endsWith(":")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + d.strip());
            } else {
                out.add(d);
            }
            open = !own;
        }
        // the list of commands shows a command's header, else the first line of its description, now a paragraph:
        // its first sentence becomes the header (printed above the usage), the rest stays the description
        if (usage.header().length == 0 && !out.isEmpty()) {
            String[] first = FIRST_SENTENCE.split(out.get(0), 2);
            usage.header(first[0]);
            if (first.length > 1) out.set(0, first[1]);
            else out.remove(0);
        }
        usage.description(out.toArray(String[]::new));
        line.getSubcommands().values().forEach(Main::reflow);
    }
}
