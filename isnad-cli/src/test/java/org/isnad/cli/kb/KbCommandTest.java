package org.isnad.cli.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code isnad kb import|show} and {@code isnad extract} with links, end to end. */
class KbCommandTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static Path sharedList() {
        Path p = Path.of(System.getProperty("isnad.shared", "../shared")).resolve("data/un-sanctions/isil-aq-list-2024-06-07.xml");
        if (Files.exists(p)) return p;
        String msg = "shared data not found at " + p.toAbsolutePath();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + ": CI must have it");
        Assumptions.assumeTrue(false, msg + ": skipped");
        return p;
    }

    private static final String SMALL_LIST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CONSOLIDATED_LIST dateGenerated="2024-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>
              <NAME_ORIGINAL_SCRIPT>سالم خالد العمري</NAME_ORIGINAL_SCRIPT>
              <FIRST_NAME>SALIM</FIRST_NAME><SECOND_NAME>KHALID</SECOND_NAME><THIRD_NAME>AL-UMARI</THIRD_NAME>
              <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER><LISTED_ON>2020-02-02</LISTED_ON>
            </INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
            """;

    @Test
    void importsAndShowsAnEntryAndRefusesOtherFilesInOneLine(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("list.xml");
        Files.writeString(xml, SMALL_LIST);
        Path kb = dir.resolve("kb");
        Run imported = run("kb", "import", "un-sanctions", xml.toString(), "--kb", kb.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("imported 1 entries (1 individuals, 0 entities) from list.xml"), imported.out());
        assertTrue(Files.isRegularFile(kb.resolve("un-sanctions.jsonl")));

        Run shown = run("kb", "show", "qdi.901", "--kb", kb.toString());
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("QDi.901  INDIVIDUAL  UN ISIL/AQ") && shown.out().contains("سالم خالد العمري"), shown.out());

        Path rss = dir.resolve("feed.xml");
        Files.writeString(rss, "<?xml version=\"1.0\"?><rss><channel/></rss>");
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, SMALL_LIST.substring(0, 200));
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        for (String[] args : new String[][] {
                {"kb", "import", "un-sanctions", rss.toString(), "--kb", kb.toString()},
                {"kb", "import", "un-sanctions", broken.toString(), "--kb", kb.toString()},
                {"kb", "import", "un-sanctions", dir.resolve("missing.xml").toString(), "--kb", kb.toString()},
                {"kb", "import", "ofac", xml.toString(), "--kb", kb.toString()},
                {"kb", "show", "QDi.999", "--kb", kb.toString()},
                {"kb", "show", "QDi.901", "--kb", empty.toString()},
                {"extract", "--kb", empty.toString(), xml.toString()}}) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.out() + r.err());
            String err = r.err().strip();
            assertTrue(err.startsWith("isnad: ") && !err.contains("\n") && !err.contains("Exception"), err);
        }
        // a refused import leaves the imported list as it was
        assertEquals(0, run("kb", "show", "QDi.901", "--kb", kb.toString()).code());
    }

    @Test
    void extractPrintsLinksWhenAListIsImported(@TempDir Path dir) throws Exception {
        Path kb = dir.resolve("kb");
        Run imported = run("kb", "import", "un-sanctions", sharedList().toString(), "--kb", kb.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("imported 345 entries (256 individuals, 89 entities)"), imported.out());

        Path article = dir.resolve("article.txt");
        Files.writeString(article, "أعلن تنظيم داعش مقتل زعيمه أبو بكر البغدادي في إدلب، فيما قال الرئيس محمود عباس إن الوضع خطير.");
        Run text = run("extract", "--kb", kb.toString(), article.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("UN list QDi.299 — IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI, score "), text.out());
        assertTrue(text.out().contains("(matched: ") && text.out().contains("أبو بكر البغدادي ~ "), text.out());
        assertTrue(text.out().contains("UN list QDe.115 — AL-QAIDA IN IRAQ"), text.out());

        Run json = run("extract", "--format", "json", "--kb", kb.toString(), article.toString());
        assertEquals(0, json.code(), json.err());
        JsonNode doc = new ObjectMapper().readTree(json.out().strip());
        boolean baghdadi = false, abbasUnlinked = false;
        for (JsonNode e : doc.get("entities")) {
            String name = e.get("name").asText();
            if (name.equals("أبو بكر البغدادي")) {
                JsonNode link = e.get("links").get(0);
                assertEquals("UN ISIL/AQ", link.get("list").asText());
                assertEquals("QDi.299", link.get("ref").asText());
                assertEquals("IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI", link.get("name").asText());
                double score = link.get("score").asDouble();
                assertTrue(score >= 0.6 && score <= 1, "score " + score);
                assertTrue(link.get("matched").size() >= 1);
                baghdadi = true;
            }
            if (name.equals("محمود عباس")) abbasUnlinked = !e.has("links");
            assertTrue(e.has("mentions") && e.has("aliases"), "the contract's fields stay: " + e);
        }
        assertTrue(baghdadi && abbasUnlinked, json.out());

        // without a knowledge base: no links, nothing else changes
        Run plain = run("extract", "--format", "json", article.toString());
        assertFalse(plain.out().contains("\"links\""), plain.out());
    }
}
