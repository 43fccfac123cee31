package io.newsrel.cli;

import io.newsrel.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsrel} command. Exit codes, the same for every subcommand:
 * <ul>
 *   <li>0 — success;</li>
 *   <li>1 — the run finished but some records failed (see errors.jsonl);</li>
 *   <li>2 — usage error: unknown option, missing input path, bad configuration;</li>
 *   <li>3 — the run could not finish (I/O error, internal error).</li>
 * </ul>
 */
@Command(name = "newsrel", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Turns news text into structured relation data.",
        description = {"Entities (countries, companies, military systems, dates, ...) and relations",
                "(arms transfers, agreements, ...) as JSON; see docs/extraction-spec.md.", ""},
        subcommands = {ExtractCommand.class, ReportCommand.class, ExportCommand.class, EvalCommand.class,
                BenchCommand.class, GazetteerCommand.class, TrainCommand.class, FactsCommand.class, ServeCommand.class,
                LoadTestCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:finished, but some records failed (see errors.jsonl), or eval scores fell under their floors",
                "2:usage error (unknown option, missing path, bad configuration)",
                "3:the run could not finish (I/O or internal error)"})
public final class NewsrelCli implements Runnable {

    public static final int OK = 0;
    public static final int RECORDS_FAILED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: newsrel extract)");
    }

    public static void main(String[] args) {
        // The CLI's own logging setup; a library user's application keeps theirs.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "newsrel-cli-logback.xml");
        }
        System.exit(execute(args));
    }

    /** The command line of newsrel with every subcommand, for running it, its help and its completion script. */
    static CommandLine commandLine() {
        return new CommandLine(new NewsrelCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Runs the CLI and returns its exit code, without exiting (for tests). */
    public static int execute(String... args) {
        CommandLine cli = commandLine();
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a configuration problem found while running (a file it names, a model) is the user's to fix
            boolean usage = e instanceof UsageException || e instanceof ConfigException;
            commandLine.getErr().println("newsrel: " + (usage ? "" : "error: ") + e.getMessage());
            return usage ? USAGE : FAILED;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("newsrel: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                // "Did you mean: newsrel extract?" for "newsrel extrct", "--threads" for "--threds"
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, cmd.getErr());
            }
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        return cli.execute(args);
    }
}
