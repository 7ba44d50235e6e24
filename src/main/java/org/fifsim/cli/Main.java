package org.fifsim.cli;

import org.fifsim.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The fifsim command line: exit 0 on success, 2 on bad input or usage, 1 on an internal failure. */
@Command(name = "fifsim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Simulates the battery factory-in-a-factory supply chain: a pack line inside the vehicle plant "
                + "against a remote pack plant, with statistics, charts, cost and carbon.",
        subcommands = {RunCommand.class, CompareCommand.class, AccountCommand.class, ValidateCommand.class, BenchCommand.class, SweepCommand.class, SensitivityCommand.class,
                CommandLine.HelpCommand.class})
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
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, compare, validate)");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Interruption.install();
        int status = execute(args);
        Interruption.finished();
        System.exit(status);
    }

    /** Runs the command line and returns the exit status (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (Interruption.cancelled()) {
                return INTERRUPTED; // the shutdown hook prints the one line; this is only the thread unwinding
            }
            commandLine.getErr().println("error: internal failure: " + ex);
            if (System.getenv("FIFSIM_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(set FIFSIM_DEBUG=1 for the stack trace; please report it)");
            }
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, argv) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("error: " + ex.getMessage());
            c.getErr().println("try '" + c.getCommandSpec().qualifiedName() + " --help'");
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    /** Version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fifsim " + Version.VERSION, "Java " + System.getProperty("java.version")};
        }
    }
}
