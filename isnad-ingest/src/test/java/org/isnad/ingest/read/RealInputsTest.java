package org.isnad.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.core.model.Document;
import org.isnad.core.normalize.NormalizedText;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The readers on real files made by other software (shared/data/inputs-real, see its SOURCE.txt):
 * news pages scored against their source projects' reference extractions, Telegram Desktop
 * exports, a Word-made Arabic PDF and a DOCX, and the shared Arabic news corpus.
 */
class RealInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<ReadResult> read(Path... paths) {
        List<String> args = new ArrayList<>();
        for (Path p : paths) args.add(p.toString());
        try (Stream<ReadResult> s = Sources.read(args, ReadOptions.defaults())) {
            return s.toList();
        }
    }

    private static Document one(Path p) {
        List<ReadResult> r = read(p);
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).isOk(), p + ": " + r.get(0).error());
        return r.get(0).document();
    }

    // ---- HTML

    @Test
    void articleTextOfRealPagesMatchesTheReferenceExtractions() throws Exception {
        Path html = Shared.require("data/inputs-real/html");
        HtmlPages pages = HtmlPages.load();
        Map<String, String> references = new HashMap<>();
        references.put("newspaper_arabic_article.html", Files.readString(html.resolve("reference/newspaper_arabic.txt")));
        JsonNode fundus = JSON.readTree(html.resolve("reference/fundus_LBCGroup.json").toFile()).get("V1");
        StringBuilder lbc = new StringBuilder();
        for (JsonNode s : fundus.path("body").path("summary")) lbc.append(s.asText()).append('\n');
        for (JsonNode section : fundus.path("body").path("sections")) {
            for (JsonNode h : section.path("headline")) lbc.append(h.asText()).append('\n');
            for (JsonNode p : section.path("paragraphs")) lbc.append(p.asText()).append('\n');
        }
        references.put("fundus_LBCGroup_2026_01_08.html", lbc.toString());

        double sumF1 = 0, minF1 = 1;
        for (Map.Entry<String, String> e : references.entrySet()) {
            HtmlPages.Page page = pages.parse(Files.readAllBytes(html.resolve(e.getKey())));
            Prf prf = Prf.of(String.join("\n", page.paragraphs()), e.getValue());
            System.out.printf("html body %-40s P %.3f R %.3f F1 %.3f%n", e.getKey(), prf.p, prf.r, prf.f1);
            sumF1 += prf.f1;
            minF1 = Math.min(minF1, prf.f1);
        }
        double meanF1 = sumF1 / references.size();
        System.out.printf("html body token F1, mean over %d pages with a reference body: %.3f (min %.3f)%n", references.size(), meanF1, minF1);
        assertTrue(meanF1 >= 0.95, "mean body F1 " + meanF1);
        assertTrue(minF1 >= 0.93, "min body F1 " + minF1);

        // trafilatura's check for the Assabah interview: phrases that must and must not be in the text
        JsonNode assabah = JSON.readTree(html.resolve("reference/trafilatura_evaldata_assabah.json").toFile()).elements().next();
        HtmlPages.Page page = pages.parse(Files.readAllBytes(html.resolve("trafilatura_assabah.com.tn.article.html")));
        String body = String.join("\n", page.paragraphs());
        int with = 0, without = 0;
        for (JsonNode w : assabah.get("with")) if (body.contains(w.asText())) with++;
        for (JsonNode w : assabah.get("without")) if (!body.contains(w.asText())) without++;
        System.out.printf("html assabah: %d/%d expected phrases kept, %d/%d boilerplate phrases left out%n",
                with, assabah.get("with").size(), without, assabah.get("without").size());
        assertEquals(assabah.get("with").size(), with);
        assertEquals(assabah.get("without").size(), without);
        assertEquals(assabah.get("title").asText().replaceAll("\\s+", " "), page.title());
    }

    @Test
    void publicationDatesOfRealPagesMatchTheGold() throws Exception {
        Path html = Shared.require("data/inputs-real/html");
        JsonNode gold = JSON.readTree(html.resolve("reference/htmldate_eval_mediacloud_2020_subset.json").toFile());
        int right = 0, all = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Document d = one(html.resolve("htmldate_" + e.getValue().get("file").asText()));
            String expected = e.getValue().get("date").asText();
            boolean ok = expected.equals(d.published());
            System.out.printf("html date %-24s gold %s read %s %s%n", e.getValue().get("file").asText(), expected, d.published(), ok ? "ok" : "WRONG");
            all++;
            if (ok) right++;
        }
        // fundus's reference for the LBCI page gives its timestamp too
        JsonNode fundus = JSON.readTree(html.resolve("reference/fundus_LBCGroup.json").toFile()).get("V1");
        Document lbc = one(html.resolve("fundus_LBCGroup_2026_01_08.html"));
        all++;
        if (fundus.get("publishing_date").asText().startsWith(lbc.published())) right++;
        System.out.printf("html publication date accuracy: %d/%d%n", right, all);
        assertTrue(right >= all - 1, right + "/" + all);
        assertEquals("2019-02-08", one(html.resolve("trafilatura_assabah.com.tn.article.html")).published(), "RDFa dc:date");
    }

    @Test
    void titlesUrlsAndOutletsOfRealPages() throws Exception {
        Path html = Shared.require("data/inputs-real/html");
        Document lbc = one(html.resolve("fundus_LBCGroup_2026_01_08.html"));
        JsonNode fundus = JSON.readTree(html.resolve("reference/fundus_LBCGroup.json").toFile()).get("V1");
        assertEquals(fundus.get("title").asText(), lbc.title());
        JsonNode meta = JSON.readTree(html.resolve("reference/fundus_lb_meta.info").toFile()).elements().next();
        assertEquals(meta.get("url").asText(), lbc.url(), "the canonical address, not the generic og:url");
        assertTrue(lbc.text().startsWith(lbc.title() + "\n\n"), "title line, blank line, body");

        Document youm7 = one(html.resolve("htmldate_1691196862.html"));
        assertEquals("اليوم السابع", youm7.source());
        assertFalse(youm7.title().endsWith("اليوم السابع"), "the outlet's name is cut from the title: " + youm7.title());
        Document cnn = one(html.resolve("newspaper_arabic_article.html"));
        assertEquals("معارضون يسيطرون على مخازن للصواريخ بريف دمشق", cnn.title());
        assertFalse(cnn.text().contains("var "), "no script");
    }

    @Test
    void legacyEncodedPagesWithoutACharsetAreDecoded() {
        Path html = Shared.require("data/inputs-real/html");
        for (String f : List.of("chardet__chromium_windows-1256_with_no_encoding_specified.html",
                "chardet__chromium_ISO-8859-6_with_no_encoding_specified.html")) {
            Document d = one(html.resolve(f));
            for (String word : List.of("كتائب", "القسام", "الاحتلال", "الإسرائيلي", "حماس"))
                assertTrue(d.text().contains(word), f + " lacks " + word + ": " + d.text());
        }
    }

    // ---- Telegram

    @Test
    void realTelegramExportsOfBothEras() {
        Path tg = Shared.require("data/inputs-real/telegram");
        List<ReadResult> channel = read(tg.resolve("tg2md_result.json"));
        assertTrue(channel.stream().allMatch(ReadResult::isOk), channel.toString());
        assertEquals(13, channel.size(), "19 messages less a service message and 5 without text");
        Document first = channel.get(0).document();
        assertEquals("1292077344-2", first.id());
        assertEquals("test", first.source());
        assertEquals("2020-11-12T12:54:07", first.published());
        assertEquals("test text post", first.text());
        Document styled = channel.stream().map(ReadResult::document).filter(d -> d.id().endsWith("-5")).findFirst().orElseThrow();
        assertEquals("italic\n\nbold\n\nunderline\n\nstrikethrough\n\nmonospace", styled.text());

        List<ReadResult> account = read(tg.resolve("chm2020_result.json"));
        assertTrue(account.stream().allMatch(ReadResult::isOk), account.toString());
        long chats = account.stream().map(r -> r.document().id().split("-")[0]).distinct().count();
        assertEquals(4, chats, "all four chats of the account export");
        assertTrue(account.stream().noneMatch(r -> r.document().text().isBlank()));
        assertTrue(account.stream().anyMatch(r -> r.document().source().startsWith("chat ")), "the chat whose name is null");
        System.out.printf("telegram: %d messages from the channel export, %d from the account export%n", channel.size(), account.size());
    }

    // ---- PDF and Word

    @Test
    void arabicPdfMadeByWord() {
        Document pdf = one(Shared.require("data/inputs-real/docs/kreuzberg_right_to_left_01.pdf"));
        assertEquals("2024-11-01", pdf.published());
        assertEquals("تحسين الإنتاجية وحل المشكلات من خلال البرمجة بلغة R وPython", pdf.title());
        String t = pdf.text();
        assertTrue(t.startsWith(pdf.title() + "\n"), t);
        assertTrue(t.contains("تعتبر البرمجة بلغة R و Python من الأدوات القوية"), t);
        assertTrue(t.contains("البياني والتحليل الإحصائي، مما يجعلها مثالية للباحثين والمحللين."), t);
        assertTrue(t.contains("يمكن استخدام مكتبة pandas في Python لإدارة البيانات"), t);
        assertTrue(t.lines().count() <= 6, "hard-wrapped lines joined into the title and 4 paragraphs: " + t);
        for (char c : t.toCharArray()) {
            assertFalse(c >= '\u202A' && c <= '\u202E' || c == '\u200F' || c == '\u200E', "bidi control left");
            assertFalse(c >= '\uFB50' && c <= '\uFEFF', "presentation form left: " + Integer.toHexString(c));
        }
    }

    @Test
    void arabicWordDocument() {
        Document docx = one(Shared.require("data/inputs-real/docs/docx4j_arabic_align.docx"));
        assertEquals("Attested Residential Tenancy Contract", docx.title());
        assertEquals("2013-11-12", docx.published());
        assertTrue(docx.text().contains("وثيقة تجربة : 123456789"), docx.text());
        assertTrue(docx.text().contains("المدينة"), docx.text());
    }

    // ---- JSON Lines corpus

    @Test
    void firstRecordsOfTheSharedNewsCorpus() {
        Path corpus = Shared.require("data/arabic-news/articles.jsonl.gz");
        List<ReadResult> first;
        try (Stream<ReadResult> s = Sources.read(List.of(corpus.toString()), ReadOptions.defaults())) {
            first = s.limit(200).toList();
        }
        assertEquals(200, first.size());
        for (ReadResult r : first) {
            assertTrue(r.isOk(), r.input() + ": " + r.error());
            assertFalse(r.document().text().isBlank());
            assertNotNull(r.document().id());
        }
        assertEquals("alarabiya-1", first.get(0).document().id());
        assertEquals(corpus + ":1", first.get(0).input());
        assertNull(first.get(0).warning());
    }

    /** Token-level precision, recall and F1 of a text against a reference (bags of folded words). */
    record Prf(double p, double r, double f1) {
        static Prf of(String got, String want) {
            Map<String, Integer> a = bag(got), b = bag(want);
            int common = 0, na = 0, nb = 0;
            for (int v : a.values()) na += v;
            for (int v : b.values()) nb += v;
            for (Map.Entry<String, Integer> e : a.entrySet()) common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
            double p = na == 0 ? 0 : (double) common / na, r = nb == 0 ? 0 : (double) common / nb;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        private static Map<String, Integer> bag(String s) {
            Map<String, Integer> bag = new HashMap<>();
            for (String t : NormalizedText.fold(s).split("[^\\p{L}\\p{N}]+")) if (!t.isEmpty()) bag.merge(t, 1, Integer::sum);
            return bag;
        }
    }
}
