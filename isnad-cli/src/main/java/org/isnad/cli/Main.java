package org.isnad.cli;

import org.isnad.cli.export.ExportCommand;
import org.isnad.cli.store.EntityCommand;
import org.isnad.cli.store.IndexCommand;
import org.isnad.cli.store.IngestCommand;
import org.isnad.cli.store.QueryCommand;
import org.isnad.cli.store.SearchCommand;
import org.isnad.cli.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code isnad} command: thin, it parses, calls the library, prints. */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = "isnad 0.1.0",
        description = "Arabic-first extraction of a sourced, temporal knowledge graph from news and channel posts.",
        subcommands = {ExtractCommand.class, BenchCommand.class, IngestCommand.class, QueryCommand.class, SearchCommand.class,
                EntityCommand.class, IndexCommand.class, org.isnad.cli.kb.KbCommand.class, ExportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // a user error is one line, never a stack trace
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("isnad: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public void run() { spec.commandLine().usage(System.out); }
}
