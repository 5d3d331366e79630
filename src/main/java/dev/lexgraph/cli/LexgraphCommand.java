package dev.lexgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one command line of lexgraph: {@code java -jar target/lexgraph.jar <command> …}. */
@Command(name = "lexgraph", mixinStandardHelpOptions = true, version = "lexgraph 0.1.0",
        description = "Citation extraction and knowledge graph for Vietnamese legal and administrative documents.",
        subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, BenchIngestCommand.class,
                IngestCommand.class, GenerateCommand.class, StatsCommand.class, ImportRelationsCommand.class,
                ServeCommand.class, ApiBenchCommand.class, FuzzCommand.class, CommandLine.HelpCommand.class})
public final class LexgraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        boolean serve = args.length > 0 && "serve".equals(args[0]);
        if (!serve) {
            // Commands print JSON on stdout; their logging is warnings only, on stderr. `serve` logs as Spring Boot does.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        int code = commandLine().execute(args);
        if (!serve || code != 0) {
            System.exit(code);
        }
    }

    /**
     * The command line, with a failure handler that prints one line a person can act on instead of a
     * stack trace (set LEXGRAPH_DEBUG=1 to see the trace).
     */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LexgraphCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                if (root instanceof dev.lexgraph.graph.EmbeddedNeo4j.CannotStartException) {
                    break;
                }
                root = root.getCause();
            }
            if (root instanceof dev.lexgraph.graph.EmbeddedNeo4j.CannotStartException) {
                // Its message says what is in the way and which setting avoids it (the exit code of ingest).
                commandLine.getErr().println("lexgraph " + commandLine.getCommandName() + ": " + root.getMessage());
                return 3;
            }
            commandLine.getErr().println("lexgraph " + commandLine.getCommandName() + ": " + describe(e)
                    + (root != e && root.getMessage() != null ? " (" + root.getMessage() + ")" : ""));
            if (System.getenv("LEXGRAPH_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl;
    }

    /** A failure in words: file-system errors name what was wrong with the path, not only the path. */
    static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof java.nio.file.NotDirectoryException f) {
            return "not a folder: " + f.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
