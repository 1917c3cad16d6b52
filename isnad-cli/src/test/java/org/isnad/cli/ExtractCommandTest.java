package org.isnad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extract command end to end: good and bad inputs in one batch. */
class ExtractCommandTest {
    private static final String ARTICLE = "اعتقال قيادي\n\nأعلنت وزارة الداخلية اعتقال القيادي أبو همام الحمصي في مدينة حلب.";

    record Run(int code, String out, String err) {}

    static Run run(InputStream stdin, String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            if (stdin != null) System.setIn(stdin);
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    @Test
    void badFilesAreReportedInOneLineAndNeverStopTheBatch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), ARTICLE);
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-binary.bin"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0});
        Files.write(dir.resolve("d-cp1256.txt"), ARTICLE.getBytes(Charset.forName("windows-1256")));
        byte[] broken = ARTICLE.getBytes(StandardCharsets.UTF_8);
        broken[30] = (byte) 0xFF;
        Files.write(dir.resolve("e-invalid-utf8.txt"), broken);
        Files.writeString(dir.resolve("f-english.txt"), "Nothing Arabic here, just a short English note.");
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("g-huge.txt").toFile(), "rw")) { big.setLength(50L * 1024 * 1024); }
        Files.writeString(dir.resolve("h-bidi.txt"), "قال \u202Eأبو همام\u202C الحمصي <script>alert(1)</script> إن مؤسسة \"<b>الصدى</b>\" أغلقت.");

        Run r = run(null, "extract", "--format", "json", dir.toString());
        assertEquals(1, r.code(), "some inputs failed");
        List<JsonNode> docs = new ArrayList<>();
        for (String line : r.out().split("\n")) if (!line.isBlank()) docs.add(new ObjectMapper().readTree(line));
        List<String> ids = docs.stream().map(d -> d.get("document").get("id").asText()).toList();
        assertEquals(List.of("a-good", "d-cp1256", "e-invalid-utf8", "f-english", "h-bidi"), ids);
        for (JsonNode d : docs.subList(0, 2)) {
            assertTrue(d.get("entities").toString().contains("أبو همام الحمصي"), d.toString());
        }
        String[] errors = r.err().strip().split("\n");
        assertEquals(4, errors.length, r.err());  // empty, binary, huge, and the warning for broken UTF-8
        for (String e : errors) assertTrue(e.startsWith("isnad: ") && !e.contains("Exception") && !e.contains("\tat "), e);
        assertTrue(r.err().contains("b-empty.txt: empty file"));
        assertTrue(r.err().contains("c-binary.bin: binary file"));
        assertTrue(r.err().contains("g-huge.txt: file too large"));
        assertTrue(r.err().contains("e-invalid-utf8.txt: warning: invalid UTF-8"));
    }

    @Test
    void readsStandardInputAndPrintsAReadableSummary() {
        Run r = run(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)), "extract", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("أبو همام الحمصي"), r.out());
        assertTrue(r.out().contains("PERSON"));
        assertFalse(r.out().contains("Exception"));
    }

    @Test
    void aMissingFileAndBadOptionsGiveOneLineErrors() {
        Run missing = run(null, "extract", "/no/such/file.txt");
        assertEquals(1, missing.code());
        assertEquals("isnad: /no/such/file.txt: no such file (skipped)", missing.err().strip());
        Run badDate = run(null, "extract", "--published", "yesterday", "-");
        assertEquals(2, badDate.code());
        assertEquals(1, badDate.err().strip().split("\n").length, badDate.err());
    }
}
