package org.isnad.core.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormalizedTextTest {
    @Test
    void foldsLettersDiacriticsTatweelAndDigits() {
        assertEquals("ابو ابراهيم القرشي", NormalizedText.fold("أبُو إِبراهيمَ القُرَشِيّ"));
        assertEquals("موسسه", NormalizedText.fold("مؤسسة"));
        assertEquals("علي مصطفي", NormalizedText.fold("علي مصطفى"));
        assertEquals("2019", NormalizedText.fold("٢٠١٩"));
        assertEquals("1441", NormalizedText.fold("۱۴۴۱"));
        assertEquals("\"x\" \"y\" \"z\"", NormalizedText.fold("«x» “y” ‘z’"));
        assertEquals("داعش", NormalizedText.fold("دا\u200Fع\u202Eش\u200B"));
    }

    @Test
    void decomposesPresentationForms() {
        // lam-alef ligature and isolated forms of presentation block B
        assertEquals("لا", NormalizedText.fold("\uFEFB"));
        assertEquals("ب", NormalizedText.fold("\uFE8F"));
    }

    @Test
    void offsetsMapBackIntoTheOriginal() {
        String original = "قال «أبو بَكْرٍ» الـبغدادي ٢٠١٩.";
        NormalizedText n = NormalizedText.of(original);
        String folded = n.text();
        int s = folded.indexOf("ابو بكر");
        int e = s + "ابو بكر".length();
        assertEquals("أبو بَكْرٍ", n.originalSlice(s, e));
        int b = folded.indexOf("البغدادي");
        assertEquals("الـبغدادي", n.originalSlice(b, b + "البغدادي".length()));
        int y = folded.indexOf("2019");
        assertEquals("٢٠١٩", n.originalSlice(y, y + 4));
        assertEquals(original.length(), n.toOriginalStart(n.length()));
    }

    @Test
    void emptyAndNonArabicTextPassThrough() {
        assertEquals("", NormalizedText.of("").text());
        assertEquals("hello world", NormalizedText.of("Hello World").text());
    }
}
