package org.isnad.ingest.read;

import org.isnad.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Telegram Desktop exports, on a small Arabic channel export written for this test. */
class TelegramExportTest {
    static List<ReadResult> read(Path... paths) {
        try (Stream<ReadResult> s = Sources.read(Stream.of(paths).map(Path::toString).toList(), ReadOptions.defaults())) {
            return s.toList();
        }
    }

    static Path resource(Path dir, String name, String as) throws Exception {
        Path p = dir.resolve(as);
        try (InputStream in = TelegramExportTest.class.getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void postsOfAnArabicChannel(@TempDir Path dir) throws Exception {
        List<ReadResult> results = read(resource(dir, "telegram_arabic_result.json", "result.json"));
        assertTrue(results.stream().allMatch(ReadResult::isOk), results.toString());
        List<Document> docs = results.stream().map(ReadResult::document).toList();
        assertEquals(List.of("1765432109-2", "1765432109-3", "1765432109-5", "1765432109-7"), docs.stream().map(Document::id).toList(),
                "service messages and the photo without a caption are passed over");
        for (Document d : docs) {
            assertEquals("أخبار الساحل العاجلة", d.source());
            assertNull(d.title());
        }
        assertEquals("2023-03-01T09:15:42", docs.get(0).published());
        Document statement = docs.get(1);
        assertEquals("🔴 بيان\nقال الناطق باسم الحرس الوطني حسام الدين الجبابلي إن «الوحدات البحرية أحبطت محاولة اجتياز للحدود» فجر اليوم قبالة سواحل المهدية.\n#تونس #الحرس_الوطني",
                statement.text(), "entities become plain text, hashtags and emoji kept");
        assertTrue(docs.get(2).text().contains("وفق ما نقلت وكالة الأنباء المحلية. التفاصيل: https://example.org/n/12345"));
        assertEquals("تحديث: ارتفع عدد الموقوفين إلى خمسة بينهم امرأة، بحسب مصدر أمني تحدث لـ«الساحل» 🚨 @sahel_news", docs.get(3).text());
        assertEquals(dir.resolve("result.json") + "#1765432109-3", results.get(1).input());
    }

    @Test
    void foundByItsContentWhateverItsName(@TempDir Path dir) throws Exception {
        List<ReadResult> results = read(resource(dir, "telegram_arabic_result.json", "channel-dump"));
        assertEquals(4, results.size());
        assertTrue(results.stream().allMatch(ReadResult::isOk));
    }

    @Test
    void aWholeAccountExportWithTheNewTextEntitiesOnly(@TempDir Path dir) throws Exception {
        String account = """
                {"about": "…", "personal_information": {"first_name": "سمير"},
                 "chats": {"about": "…", "list": [
                   {"name": "مجموعة الأصدقاء", "type": "private_group", "id": 4001, "messages": [
                     {"id": 10, "type": "message", "date": "2024-05-01T10:00:00", "date_unixtime": "1714557600",
                      "from": "سمير", "from_id": "user77", "text_entities": [{"type": "plain", "text": "وصل الوفد إلى "}, {"type": "bold", "text": "الدوحة"}]},
                     {"id": 11, "type": "message", "date": "2024-05-01T10:01:00", "from": "سمير", "from_id": "user77", "sticker_emoji": "👍", "text": ""}
                   ]},
                   {"name": null, "type": "personal_chat", "id": 4002, "messages": [
                     {"id": 3, "type": "message", "date_unixtime": "1714557600", "from": "ليلى", "text": "شكرا"}
                   ]}
                 ]},
                 "left_chats": {"list": [
                   {"name": "قناة قديمة", "type": "public_channel", "id": 4003, "messages": [
                     {"id": 1, "type": "message", "date": "2019-01-01T00:00:00", "text": "منشور قديم"}
                   ]}
                 ]}}
                """;
        Path p = dir.resolve("result.json");
        Files.writeString(p, account, StandardCharsets.UTF_8);
        List<ReadResult> results = read(p);
        assertTrue(results.stream().allMatch(ReadResult::isOk), results.toString());
        assertEquals(List.of("4001-10", "4002-3", "4003-1"), results.stream().map(r -> r.document().id()).toList());
        assertEquals("وصل الوفد إلى الدوحة", results.get(0).document().text());
        assertEquals("chat 4002", results.get(1).document().source(), "a personal chat without a name");
        assertEquals("2024-05-01", results.get(1).document().published(), "from date_unixtime when date is missing");
        assertEquals("قناة قديمة", results.get(2).document().source());
    }

    @Test
    void aBrokenExportEndsWithOneErrorAfterTheMessagesBeforeTheBreak(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("result.json");
        Files.writeString(p, "{\"name\": \"ق\", \"id\": 5, \"messages\": [{\"id\": 1, \"type\": \"message\", \"text\": \"أول\"}, {\"id\": 2, \"type\": ");
        List<ReadResult> results = read(p);
        assertEquals(2, results.size(), results.toString());
        assertTrue(results.get(0).isOk());
        assertFalse(results.get(1).isOk());
        assertTrue(results.get(1).error().startsWith("invalid JSON") || results.get(1).error().startsWith("JSON ends"), results.get(1).error());
        assertFalse(results.get(1).error().contains("\n"));
    }
}
