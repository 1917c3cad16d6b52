package org.isnad.ingest.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private static final String ARABIC = "أعلنت وزارة الداخلية اعتقال أبو محمد الشامي في مدينة حلب يوم الأحد.\nوقال المتحدث إن التحقيق مستمر.";

    @Test
    void utf8WithAndWithoutMark() throws Exception {
        assertEquals(ARABIC, TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8)).text());
        byte[] body = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF; withBom[1] = (byte) 0xBB; withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(ARABIC, TextDecoder.decode(withBom).text());
    }

    @Test
    void windows1256AndIso88596AreToldApart() throws Exception {
        TextDecoder.Decoded cp = TextDecoder.decode(ARABIC.getBytes(Charset.forName("windows-1256")));
        assertEquals("windows-1256", cp.charset());
        assertEquals(ARABIC, cp.text());
        String plain = "اعتقلت الشرطة ثلاثة اشخاص في مدينة حلب يوم الاحد";  // ISO-8859-6 has no hamza-on-alef forms beyond its table
        TextDecoder.Decoded iso = TextDecoder.decode(plain.getBytes(Charset.forName("ISO-8859-6")));
        assertEquals(plain, iso.text());
    }

    @Test
    void utf16WithoutAMark() throws Exception {
        assertEquals(ARABIC, TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals(ARABIC, TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void brokenUtf8IsKeptWithAWarning() throws Exception {
        byte[] good = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        bad[10] = (byte) 0xFF;
        TextDecoder.Decoded d = TextDecoder.decode(bad);
        assertNotNull(d.warning());
        assertTrue(d.text().contains("الشامي"));
        assertNull(TextDecoder.decode(good).warning());
    }

    @Test
    void emptyBlankAndBinaryAreRefusedWithAReason() {
        assertEquals("empty file", assertThrows(ReadError.class, () -> TextDecoder.decode(new byte[0])).getMessage());
        assertTrue(assertThrows(ReadError.class, () -> TextDecoder.decode("  \n\n ".getBytes(StandardCharsets.UTF_8))).getMessage().startsWith("empty"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertTrue(assertThrows(ReadError.class, () -> TextDecoder.decode(png)).getMessage().startsWith("binary"));
    }
}
