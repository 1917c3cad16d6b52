package org.isnad.core.segment;

import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {
    private static final Pipeline PIPELINE = Pipeline.load();

    private static Analysis analyze(String text) { return PIPELINE.analyze(Document.of("t", text)); }

    @Test
    void splitsSentencesButNotDecimalsOrAbbreviations() {
        Analysis a = analyze("عنوان الخبر\n\nدفع النادي 2.2 مليون يورو. وقال د. سامي إن الصفقة تمت! هل انتهت؟ نعم");
        List<Sentence> s = a.sentences();
        assertEquals(5, s.size(), "headline, three sentences ending in . ! ? and a last one without a stop");
        assertTrue(a.normalized().text().substring(s.get(1).start(), s.get(1).end()).contains("2.2 مليون يورو"));
    }

    @Test
    void tokensKeepTheirOffsetsAndPunctuationIsSeparate() {
        Analysis a = analyze("مؤسسة “البتار”، ومؤسسة أشهاد");
        List<String> forms = a.tokens().stream().map(Token::form).toList();
        assertEquals(List.of("موسسه", "\"", "البتار", "\"", "،", "وموسسه", "اشهاد"), forms);
        Token t = a.token(2);
        assertEquals("البتار", a.document().text().substring(a.originalStart(t.start()), a.originalEnd(t.end())));
    }

    @Test
    void proposesCliticFreeReadings() {
        Analysis a = analyze("لداعش وأبو بالبغدادي للجبهة وسيطرت");
        assertTrue(stems(a.token(0)).contains("داعش"));
        assertTrue(stems(a.token(1)).contains("ابو"));
        assertTrue(stems(a.token(2)).contains("البغدادي"));
        Token lil = a.token(3);
        Token.Stem restored = Arrays.stream(lil.stems()).filter(Token.Stem::restored).findFirst().orElseThrow();
        assertEquals("الجبهه", restored.text(), "لل restores the article");
        assertEquals("جبهة", a.document().text().substring(a.originalStart(restored.offset()), a.originalEnd(lil.end())));
    }

    @Test
    void tatweelAfterACliticLeavesTheNameWhole() {
        Analysis a = analyze("المعروف بـ\"أبو إبراهيم القرشي\"");
        List<String> forms = a.tokens().stream().map(Token::form).toList();
        assertTrue(forms.containsAll(List.of("ب", "\"", "ابو", "ابراهيم", "القرشي")), forms.toString());
    }

    private static List<String> stems(Token t) { return Arrays.stream(t.stems()).map(Token.Stem::text).toList(); }
}
