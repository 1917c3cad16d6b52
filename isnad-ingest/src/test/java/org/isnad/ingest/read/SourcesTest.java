package org.isnad.ingest.read;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.isnad.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entry point over every format, with bad files and bad records among good ones. */
class SourcesTest {
    private static final String ARTICLE = "اعتقال قيادي\n\nأعلنت وزارة الداخلية اعتقال القيادي أبو همام الحمصي في مدينة حلب.";

    static List<ReadResult> read(ReadOptions options, String... inputs) {
        try (Stream<ReadResult> s = Sources.read(List.of(inputs), options)) {
            return s.toList();
        }
    }

    static List<ReadResult> read(String... inputs) { return read(ReadOptions.defaults(), inputs); }

    static Document only(String input) {
        List<ReadResult> r = read(input);
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).isOk(), r.get(0).error());
        return r.get(0).document();
    }

    @Test
    void plainTextKeepsItsConventions(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("a-1.txt");
        Files.writeString(p, ARTICLE);
        Document d = only(p.toString());
        assertEquals("a-1", d.id());
        assertEquals(ARTICLE, d.text());
        assertEquals("اعتقال قيادي", d.title());
        assertEquals(p.toString(), d.source());
        assertNull(d.published());
        assertEquals("2019-10-27", read(new ReadOptions(1000, "2019-10-27"), p.toString()).get(0).document().published());
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderAndBadFilesDoNotStopTheRest(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.writeString(dir.resolve("b/sub/z.txt"), ARTICLE);
        Files.writeString(dir.resolve("b/a.txt"), ARTICLE);
        Files.write(dir.resolve("b/c.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(dir.resolve("b/d.txt"), new byte[0]);
        Files.writeString(dir.resolve("b/.hidden.txt"), ARTICLE);
        List<ReadResult> r = read(dir.resolve("b").toString(), dir.resolve("missing.txt").toString());
        assertEquals(List.of("a.txt", "c.png", "d.txt", "z.txt", "missing.txt"),
                r.stream().map(x -> Path.of(x.input()).getFileName().toString()).toList());
        assertTrue(r.get(0).isOk() && r.get(3).isOk());
        assertTrue(r.get(1).error().startsWith("binary file (PNG image)"), r.get(1).error());
        assertTrue(r.get(1).error().contains("not a supported format"));
        assertEquals("empty file", r.get(2).error());
        assertEquals("no such file", r.get(4).error());
    }

    @Test
    void sizeLimitIsAOneLineError(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) { f.setLength(5_000); }
        ReadResult r = read(new ReadOptions(1_000, null), big.toString()).get(0);
        assertTrue(r.error().startsWith("file too large"), r.error());
    }

    @Test
    void standardInputIsSniffedLikeAFile() throws Exception {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"id\": \"x1\", \"text\": \"نص أول\"}\n{\"id\": \"x2\", \"text\": \"نص ثان\"}\n".getBytes(StandardCharsets.UTF_8)));
            List<ReadResult> r = read("-");
            assertEquals(List.of("x1", "x2"), r.stream().map(x -> x.document().id()).toList());
            assertEquals("-:2", r.get(1).input());
            System.setIn(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
            Document d = read("-").get(0).document();
            assertEquals("stdin", d.id());
            assertEquals(ARTICLE, d.text());
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void jsonLinesWithABrokenLineGoOn(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("corpus.jsonl");
        Files.writeString(p, String.join("\n",
                "{\"id\": \"n1\", \"text\": \"أعلن الجيش السيطرة على البلدة.\", \"title\": \"السيطرة على البلدة\", \"published\": \"2021-03-04T10:00:00+03:00\", \"source\": \"وكالة\", \"url\": \"https://example.org/n1\", \"lang\": \"ar\"}",
                "{\"id\": \"n2\", \"text\": \"نص مقطوع",
                "",
                "{\"text\": \"نص بلا معرف\", \"published\": \"2021-03-05\"}",
                "{\"id\": \"n4\", \"title\": \"بلا نص\"}",
                "{\"id\": 5, \"text\": \"معرف رقمي\", \"published\": \"غدا\"}",
                "[1, 2]") + "\n");
        List<ReadResult> r = read(p.toString());
        assertEquals(6, r.size(), r.toString());
        Document n1 = r.get(0).document();
        assertEquals(new Document("n1", "أعلن الجيش السيطرة على البلدة.", "السيطرة على البلدة", "2021-03-04", "وكالة", "https://example.org/n1"), n1);
        assertEquals(p + ":2", r.get(1).input());
        assertTrue(r.get(1).error().startsWith("invalid JSON"), r.get(1).error());
        assertEquals("corpus-4", r.get(2).document().id(), "no id: file stem and line number");
        assertEquals("2021-03-05", r.get(2).document().published());
        assertEquals(p.toString(), r.get(2).document().source());
        assertEquals(p + ":5", r.get(3).input());
        assertEquals("record has no \"text\"", r.get(3).error());
        assertEquals("5", r.get(4).document().id());
        assertTrue(r.get(4).warning().contains("غدا"), "an unreadable date is a warning, not an error");
        assertEquals("not a JSON object", r.get(5).error());
        for (ReadResult x : r) if (!x.isOk()) assertFalse(x.error().contains("\n"));
    }

    @Test
    void gzippedJsonLinesAndJsonArraysAndSingleRecords(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("news.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (int i = 1; i <= 3; i++) out.write(("{\"id\": \"g" + i + "\", \"text\": \"خبر رقم " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("g1", "g2", "g3"), read(gz.toString()).stream().map(x -> x.document().id()).toList());
        assertEquals(List.of("g1"), Sources.read(List.of(gz.toString()), ReadOptions.defaults()).limit(1).map(x -> x.document().id()).toList());

        Path array = dir.resolve("docs.json");
        Files.writeString(array, "[{\"id\": \"a\", \"text\": \"أ\"}, {\"id\": \"b\"}, {\"id\": \"c\", \"text\": \"ج\"}]");
        List<ReadResult> r = read(array.toString());
        assertEquals(3, r.size());
        assertEquals("record has no \"text\"", r.get(1).error());
        assertEquals(array + "#2", r.get(1).input());

        Path single = dir.resolve("one.json");
        Files.writeString(single, "{\n  \"title\": \"عنوان\",\n  \"text\": \"نص المقال\",\n  \"published\": \"2022-01-02\"\n}\n");
        Document d = only(single.toString());
        assertEquals("one", d.id());
        assertEquals("عنوان", d.title());
        assertEquals("2022-01-02", d.published());

        Path other = dir.resolve("config.json");
        Files.writeString(other, "{\"name\": \"x\", \"version\": 3}");
        assertTrue(read(other.toString()).get(0).error().startsWith("JSON is neither a Telegram export"));
    }

    @Test
    void extensionsThatLieAreOverruledByTheContent(@TempDir Path dir) throws Exception {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>عنوان الصفحة</title></head><body>"
                + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/w\">العالم</a></nav>"
                + "<article><p>قالت مصادر محلية إن الاشتباكات تجددت مساء الأحد في ريف المدينة، وسط قصف متبادل بين الطرفين.</p>"
                + "<p>وأضافت المصادر أن عشرات العائلات نزحت نحو القرى المجاورة، بحسب ما نقلته وسائل إعلام محلية.</p></article></body></html>";
        Path htmlAsTxt = dir.resolve("page.txt");
        Files.writeString(htmlAsTxt, page);
        Document d = only(htmlAsTxt.toString());
        assertEquals("عنوان الصفحة", d.title());
        assertFalse(d.text().contains("<"), d.text());
        assertFalse(d.text().contains("الرئيسية"), d.text());

        Path textAsHtml = dir.resolve("note.html");
        Files.writeString(textAsHtml, ARTICLE);
        assertEquals(ARTICLE, only(textAsHtml.toString()).text());

        Path noExtension = dir.resolve("download");
        Files.writeString(noExtension, page);
        assertEquals("عنوان الصفحة", only(noExtension.toString()).title());

        Path zip = dir.resolve("archive.txt");
        Files.write(zip, new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', '.', 't', 'x', 't'});
        assertTrue(read(zip.toString()).get(0).error().startsWith("binary file (zip archive"));
    }

    @Test
    void wordDocumentsThroughTika(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("statement.bin");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
            doc.createParagraph().createRun().setText("بيان صادر عن المكتب الإعلامي");
            doc.createParagraph().createRun().setText("أعلن المكتب الإعلامي للحركة، الخميس، انسحاب مقاتليه من المدينة.");
            doc.getProperties().getCoreProperties().setTitle("بيان المكتب الإعلامي");
            Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            created.set(2022, Calendar.MAY, 19, 9, 30, 0);
            doc.getProperties().getCoreProperties().setCreated(Optional.of(created.getTime()));
            doc.write(out);
        }
        Document d = only(p.toString());
        assertEquals("statement", d.id());
        assertEquals("بيان المكتب الإعلامي", d.title());
        assertEquals("2022-05-19", d.published());
        assertEquals("بيان صادر عن المكتب الإعلامي\nأعلن المكتب الإعلامي للحركة، الخميس، انسحاب مقاتليه من المدينة.", d.text());

        Path broken = dir.resolve("broken.docx");
        byte[] bytes = Files.readAllBytes(p);
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ReadResult r = read(broken.toString()).get(0);
        assertFalse(r.isOk());
        assertTrue(r.error().startsWith("cannot read") || r.error().startsWith("document has no text"), r.error());
        assertFalse(r.error().contains("\n") || r.error().contains("Exception\tat"));
    }

    @Test
    void legacyArabicCodePagesInPlainText(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("cp.txt");
        Files.write(p, ARTICLE.getBytes(Charset.forName("windows-1256")));
        assertEquals(ARTICLE, only(p.toString()).text());
    }

    @Test
    void resultsHoldADocumentOrAnError() {
        assertThrows(IllegalArgumentException.class, () -> new ReadResult("x", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ReadOptions(0, null));
        assertEquals(TextFiles.DEFAULT_MAX_BYTES, ReadOptions.defaults().maxBytes());
    }
}
