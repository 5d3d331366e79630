package dev.lexgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one command line of lexgraph: {@code java -jar target/lexgraph.jar <command> …}. */
@Command(name = "lexgraph", mixinStandardHelpOptions = true, version = "lexgraph 0.1.0",
        description = "Citation extraction and knowledge graph for Vietnamese legal and administrative documents.",
        subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, IngestCommand.class, GenerateCommand.class,
                StatsCommand.class, CommandLine.HelpCommand.class})
public final class LexgraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new LexgraphCommand()).execute(args));
    }
}
