package org.fifsim.cli;

import java.util.List;
import org.fifsim.Version;
import org.fifsim.experiment.engine.EngineUnavailable;
import org.fifsim.store.UnsafeOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The fifsim command line: exit 0 on success, 2 on bad input or usage, 1 on an internal failure. */
@Command(name = "fifsim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Simulates the battery factory-in-a-factory supply chain: a pack line inside the vehicle plant "
                + "against a remote pack plant, with statistics, charts, cost and carbon.")
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    /** 128 + SIGINT: what the JVM exits with on Ctrl-C (see {@link Interruption}). */
    public static final int INTERRUPTED = 130;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: " + String.join(", ",
                spec.subcommands().keySet().stream().filter(c -> !c.equals("help")).toList()));
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Interruption.install();
        int status = execute(args);
        Interruption.finished();
        System.exit(status);
    }

    /** The commands, in the order the usage lists them. */
    private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, CompareCommand.class,
            AccountCommand.class, ValidateCommand.class, BenchCommand.class, SweepCommand.class,
            SensitivityCommand.class, MergeCommand.class, SelectCommand.class, OptimizeCommand.class,
            ExplainCommand.class, CommandLine.HelpCommand.class);

    /** Runs the command line and returns the exit status (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cl = tree(args);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (Interruption.cancelled()) {
                return INTERRUPTED; // the shutdown hook prints the one line; this is only the thread unwinding
            }
            if (ex instanceof EngineUnavailable e) {
                commandLine.getErr().println("error: " + e.getMessage());
                return e.badInput() ? BAD_INPUT : FAILURE;
            }
            if (ex instanceof UnsafeOutput) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            boolean debug = System.getenv("FIFSIM_DEBUG") != null;
            commandLine.getErr().println("error: " + failure(ex) + (debug ? ""
                    : " (set FIFSIM_DEBUG=1 for the stack trace)"));
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, argv) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + (ex instanceof CommandLine.UnmatchedArgumentException u
                    ? DidYouMean.unmatched(c, u) : ex.getMessage()));
            c.getErr().println("try '" + c.getCommandSpec().qualifiedName() + " --help'");
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    /**
     * The command line with the commands {@code args} can reach: picocli builds the whole model of each command it
     * is given (options, mixins, their types) by reflection, about 0.1 s of CPU at every start for all of them, so a
     * command line that starts with a command's name gets that command only. Anything else (no command, an option,
     * {@code help}, a mistyped name) gets them all, for the usage, the help and the did-you-mean.
     */
    static CommandLine tree(String... args) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> command : commandsFor(args)) {
            cl.addSubcommand(command);
        }
        return cl;
    }

    /** The commands {@link #tree} adds for {@code args}. */
    static List<Class<?>> commandsFor(String... args) {
        for (Class<?> command : COMMANDS) {
            if (args.length > 0 && command != CommandLine.HelpCommand.class
                    && command.getAnnotation(Command.class).name().equals(args[0])) {
                return List.of(command);
            }
        }
        return COMMANDS;
    }

    /** The command line as given (after the program name): recorded in the manifest and in a shard for merge. */
    static java.util.List<String> commandLine(CommandLine.Model.CommandSpec spec) {
        return new java.util.ArrayList<>(spec.commandLine().getParseResult().originalArgs());
    }

    /**
     * One line for a failure that is not the user's input: a file that could not be written or read (a full disk, a
     * folder made read-only while running) says which and why; a replication that failed says which and why; anything
     * else is an internal failure to report.
     */
    static String failure(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.nio.file.FileSystemException f) {
                return "cannot write or read " + f.getFile() + ": " + org.fifsim.store.OutputPaths.reason(f);
            }
            if (c instanceof java.io.IOException io && !(c.getCause() instanceof java.io.IOException)) {
                return "input/output failed: " + io.getMessage();
            }
        }
        if (ex instanceof org.fifsim.experiment.engine.SimulationFailure f) {
            String memory = f.getCause() instanceof OutOfMemoryError
                    ? "; give Java more heap (FIFSIM_JAVA_OPTS=-Xmx...) or use fewer --threads" : "";
            return f.getMessage().replaceAll("\\s+", " ") + memory;
        }
        return "internal failure, please report it: " + String.valueOf(ex).replaceAll("\\s+", " ");
    }

    /** Version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fifsim " + Version.VERSION, "Java " + System.getProperty("java.version")};
        }
    }
}
