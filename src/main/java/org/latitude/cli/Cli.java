package org.latitude.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code analyze} and {@code discretion}, run without the web server. */
@Command(name = "latitude", mixinStandardHelpOptions = true,
        description = "Latitude headless analysis commands.",
        subcommands = {AnalyzeCommand.class, DiscretionCommand.class})
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("analyze", "discretion", "help", "--help", "-h");

    private Cli() {
    }

    public static boolean isCommand(String firstArgument) {
        return COMMANDS.contains(firstArgument);
    }

    /** Runs a command and exits with its status (the entry point {@link HeadlessLauncher} calls). */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }
}
