package org.isnad.cli.kb;

import org.isnad.kb.ListEntry;
import org.isnad.kb.ListName;
import org.isnad.kb.SanctionsList;
import org.isnad.kb.UnListImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code isnad kb}: the knowledge bases entities are linked to. The product never downloads a list; the user imports it. */
@Command(name = "kb", description = {
        "Knowledge bases that extracted people and groups are linked to.",
        "Import the UN Security Council ISIL (Da'esh) & Al-Qaida sanctions list from its published XML,",
        "then `isnad extract` shows the list entries each person or group may be."},
        subcommands = {KbCommand.Import.class, KbCommand.Show.class})
public final class KbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(System.out); }

    static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    @Command(name = "import", description = {
            "Import a list into the knowledge base (replacing the one there).",
            "SOURCE: un-sanctions (the UN consolidated list XML, e.g. the ISIL/Al-Qaida list as the Council publishes it)."})
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SOURCE", description = "un-sanctions")
        String source;

        @Parameters(index = "1", paramLabel = "FILE.xml", description = "the list as published (XML)")
        Path file;

        @Option(names = "--kb", paramLabel = "DIR", description = "knowledge-base directory (default: ./isnad-kb)")
        Path kb = SanctionsList.DEFAULT_DIR;

        @Override
        public Integer call() throws Exception {
            if (!source.equals("un-sanctions")) throw new IllegalArgumentException("unknown source '" + source + "' (known: un-sanctions)");
            UnListImporter.Result r = UnListImporter.read(file);
            Path saved = SanctionsList.save(kb, r, file.getFileName().toString());
            PrintStream out = out();
            out.printf("imported %d entries (%d individuals, %d entities) from %s%s into %s (%,d bytes)%n",
                    r.entries().size(), r.individuals(), r.entities(), file.getFileName(),
                    r.generated() != null ? ", list generated " + r.generated() : "", saved, Files.size(saved));
            if (r.skipped() > 0) System.err.println("isnad: " + r.skipped() + " entries without a reference number skipped");
            return 0;
        }
    }

    @Command(name = "show", description = "Print an entry of the imported list.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "REF", description = "reference number, e.g. QDi.299 or QDe.115")
        String ref;

        @Option(names = "--kb", paramLabel = "DIR", description = "knowledge-base directory (default: ./isnad-kb)")
        Path kb = SanctionsList.DEFAULT_DIR;

        @Override
        public Integer call() {
            SanctionsList list = SanctionsList.load(kb);
            ListEntry e = list.get(ref);
            if (e == null) throw new IllegalArgumentException("no entry " + ref + " in " + SanctionsList.file(kb));
            PrintStream out = out();
            out.printf("%s  %s  %s%n", e.ref(), e.kind(), e.list());
            out.printf("  name         %s%n", e.name());
            if (e.original() != null) out.printf("  original     %s%n", e.original());
            if (e.listedOn() != null) out.printf("  listed on    %s%n", e.listedOn());
            if (!e.born().isEmpty()) out.printf("  born         %s%n", String.join(" | ", e.born()));
            if (!e.nationalities().isEmpty()) out.printf("  nationality  %s%n", String.join(", ", e.nationalities()));
            out.println("  names");
            for (ListName n : e.names()) {
                out.printf("    %-8s %-6s %s%n", n.quality().name().toLowerCase(), n.script().name().toLowerCase(), n.text());
            }
            if (e.comments() != null) out.printf("  comments     %s%n", e.comments());
            return 0;
        }
    }
}
