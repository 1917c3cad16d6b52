package org.isnad.ingest.read;

import org.isnad.core.model.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** News pages written for this test: the shapes real sites have, each checked on its own. */
class HtmlPagesTest {
    private static final HtmlPages PAGES = HtmlPages.load();

    private static final String P1 = "أعلنت وزارة الدفاع، صباح الثلاثاء، أن وحداتها استعادت السيطرة على ثلاث قرى في ريف المحافظة الشمالي، بعد معارك استمرت يومين.";
    private static final String P2 = "وقال المتحدث باسم الوزارة إن «العملية حققت أهدافها»، مضيفا أن فرق الهندسة بدأت إزالة الألغام من الطرق الرئيسية.";
    private static final String P3 = "في المقابل، نفى فصيل معارض، في بيان نشره على قناته، خسارة أي من مواقعه، متهما القوات الحكومية بقصف المدنيين.";

    static String page(String head, String article) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>" + head + "</head><body>"
                + "<header class=\"site-header\"><div class=\"logo\">شبكة الأخبار</div>"
                + "<ul class=\"main-menu\"><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/politics\">سياسة</a></li><li><a href=\"/sport\">رياضة</a></li></ul></header>"
                + "<div class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> / <a href=\"/news\">أخبار عربية</a></div>"
                + "<div class=\"container\"><div class=\"col-main\">" + article + "</div>"
                + "<div class=\"col-side\"><div class=\"most-read\"><h3>الأكثر قراءة</h3><ul>"
                + "<li><a href=\"/1\">وزير الخارجية يصل إلى العاصمة في زيارة رسمية تستمر يومين</a></li>"
                + "<li><a href=\"/2\">ارتفاع أسعار الوقود للمرة الثالثة هذا العام في عدة محافظات</a></li></ul></div>"
                + "<div class=\"ad-slot\"><ins class=\"adsbygoogle\"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div></div>"
                + "<footer><p>جميع الحقوق محفوظة © شبكة الأخبار 2021، ويمنع النسخ أو إعادة النشر دون إذن مسبق من إدارة الموقع.</p></footer>"
                + "</body></html>";
    }

    static final String ARTICLE = "<article><h1>الجيش يستعيد ثلاث قرى</h1>"
            + "<div class=\"meta\"><span class=\"author\">كتب: مراسل الشبكة</span> <time datetime=\"2021-04-06T09:12:00+03:00\">6 أبريل 2021</time></div>"
            + "<div class=\"share-buttons\"><a href=\"#\">فيسبوك</a> <a href=\"#\">تويتر</a></div>"
            + "<div class=\"article-body\"><p>" + P1 + "</p><p>" + P2 + "</p>"
            + "<p><strong>اقرأ أيضا:</strong></p><p><a href=\"/old\">الجيش يعلن بدء عملية عسكرية واسعة في ريف المحافظة</a></p>"
            + "<p>" + P3 + "</p>"
            + "<div class=\"tags\"><a href=\"/t/1\">الجيش</a> <a href=\"/t/2\">ريف المحافظة</a></div></div></article>";

    @Test
    void articleParagraphsWithoutPageFurniture() throws Exception {
        String html = page("<meta charset=\"utf-8\"><title>الجيش يستعيد ثلاث قرى | شبكة الأخبار</title>"
                + "<meta property=\"og:site_name\" content=\"شبكة الأخبار\">"
                + "<meta property=\"og:title\" content=\"الجيش يستعيد ثلاث قرى - شبكة الأخبار\">"
                + "<link rel=\"canonical\" href=\"https://news.example/2021/04/06/army-villages\">", ARTICLE);
        HtmlPages.Page p = PAGES.parse(html.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(P1, P2, P3), p.paragraphs());
        assertEquals("الجيش يستعيد ثلاث قرى", p.title());
        assertEquals("شبكة الأخبار", p.site());
        assertEquals("https://news.example/2021/04/06/army-villages", p.url());
        assertEquals("2021-04-06", p.published(), "from <time datetime>");
        Document d = PAGES.document(p, "army", "army.html", null);
        assertEquals("الجيش يستعيد ثلاث قرى\n\n" + P1 + "\n" + P2 + "\n" + P3, d.text());
        assertEquals("شبكة الأخبار", d.source());
    }

    @Test
    void structuredDataDatesComeFirstAndTheLocalDayBeatsUtc() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": ["
                + "{\"@type\": \"WebSite\", \"name\": \"x\"},"
                + "{\"@type\": \"NewsArticle\", \"headline\": \"عنوان\", \"datePublished\": \"2020-12-24T23:30:00Z\", \"publisher\": {\"@type\": \"Organization\", \"name\": \"قناة المثال\"}}]}</script>"
                + "<meta property=\"article:published_time\" content=\"2020-12-25T01:30:00+02:00\">";
        HtmlPages.Page p = PAGES.parse(page(ld, "<div>" + "<p>" + P1 + "</p><p>" + P2 + "</p></div>").getBytes(StandardCharsets.UTF_8));
        assertEquals("2020-12-25", p.published(), "the same moment with the outlet's offset names its day");
        assertEquals("قناة المثال", p.site());
        assertEquals("عنوان", p.title());
    }

    @Test
    void dateFromTheAddressWhenThePageHasNoneAndTheDefaultOtherwise() throws Exception {
        HtmlPages.Page dated = PAGES.parse(page("<meta property=\"og:url\" content=\"https://n.example/news/2019/7/3/story\">",
                "<div><p>" + P1 + "</p></div>").getBytes(StandardCharsets.UTF_8));
        assertEquals("2019-07-03", dated.published());
        HtmlPages.Page undated = PAGES.parse(page("", "<div><p>" + P1 + "</p></div>").getBytes(StandardCharsets.UTF_8));
        assertNull(undated.published());
        assertEquals("2018-01-01", PAGES.document(undated, "x", "x.html", "2018-01-01").published());
    }

    @Test
    void declaredAndUndeclaredLegacyEncodings() throws Exception {
        String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><title>قرى</title>",
                "<div><p>" + P1 + "</p><p>" + P2 + "</p></div>");
        assertEquals(List.of(P1, P2), PAGES.parse(html.getBytes(Charset.forName("windows-1256"))).paragraphs());
        String bare = "<html><body><p>" + P1 + "</p></body></html>";
        assertEquals(List.of(P1), PAGES.parse(bare.getBytes(Charset.forName("windows-1256"))).paragraphs());
        String plainLetters = "<html><body><p>اعتقلت الشرطة ثلاثة اشخاص في مدينة حلب يوم الاحد بعد مداهمة منزل في حي الشعار</p></body></html>";
        assertEquals("اعتقلت الشرطة ثلاثة اشخاص في مدينة حلب يوم الاحد بعد مداهمة منزل في حي الشعار",
                PAGES.parse(plainLetters.getBytes(Charset.forName("ISO-8859-6"))).paragraphs().get(0));
        // a Western label on UTF-8 Arabic bytes: the bytes win
        String mislabelled = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + P1 + "</p></body></html>";
        assertEquals(List.of(P1), PAGES.parse(mislabelled.getBytes(StandardCharsets.UTF_8)).paragraphs());
    }

    @Test
    void textWrittenWithLineBreaksInsideOneContainer() throws Exception {
        String html = page("", "<div id=\"story\">" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "</div>");
        assertEquals(List.of(P1, P2, P3), PAGES.parse(html.getBytes(StandardCharsets.UTF_8)).paragraphs());
    }

    @Test
    void aPageWithoutTextIsAnError() throws Exception {
        HtmlPages.Page p = PAGES.parse("<html><body><nav><a href=\"/\">الرئيسية</a></nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertTrue(p.paragraphs().isEmpty(), p.paragraphs().toString());
        ReadError e = org.junit.jupiter.api.Assertions.assertThrows(ReadError.class, () -> PAGES.document(p, "x", "x.html", null));
        assertEquals("no article text found in the page", e.getMessage());
        assertFalse(PAGES.parse("<p>نص قصير</p>".getBytes(StandardCharsets.UTF_8)).paragraphs().isEmpty(), "a fragment still has its text");
    }
}
