package org.isnad.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for Arabic sources: byte-order marks, strict UTF-8, UTF-16 without a mark, and
 * the two single-byte Arabic code pages (Windows-1256, ISO-8859-6) told apart by which one
 * yields Arabic letters. Binary files and empty files are refused with a reason.
 */
public final class TextDecoder {
    public record Decoded(String text, String charset, String warning) {}

    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes) throws ReadError {
        if (bytes.length == 0) throw new ReadError("empty file");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(utf8(bytes, 3), "UTF-8", null);
        if (startsWith(bytes, 0xFF, 0xFE)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
        if (startsWith(bytes, 0xFE, 0xFF)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) return checked(new String(bytes, utf16), utf16.name(), null);
        if (hasNul(bytes)) throw new ReadError("binary file (NUL bytes), not text");
        try {
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            return checked(d.decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8", null);
        } catch (CharacterCodingException notUtf8) {
            // mostly UTF-8 with a few broken sequences: keep it, mark the damage
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            long bad = lenient.chars().filter(c -> c == '\uFFFD').count();
            // Arabic in UTF-8 is pairs of a D8-DB lead byte and a continuation byte; single-byte
            // code pages almost never produce that pattern many times over
            if (validArabicPairs(bytes) >= 5 * Math.max(1, bad)) {
                return checked(lenient, "UTF-8", "invalid UTF-8: " + bad + " broken byte sequence(s) replaced by U+FFFD");
            }
            String cp1256 = new String(bytes, CP1256);
            String iso = new String(bytes, ISO_8859_6);
            return arabicLetters(iso) > arabicLetters(cp1256) ? checked(iso, "ISO-8859-6", null) : checked(cp1256, "windows-1256", null);
        }
    }

    private static Decoded checked(String text, String charset, String warning) throws ReadError {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (control * 100 > text.length() + 100) throw new ReadError("binary file (" + control + " control characters), not text");
        if (text.isBlank()) throw new ReadError("empty file (only white space)");
        return new Decoded(text, charset, warning);
    }

    private static String utf8(byte[] b, int offset) { return new String(b, offset, b.length - offset, StandardCharsets.UTF_8); }

    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) zeroEven++;
            if (b[i + 1] == 0) zeroOdd++;
        }
        // Arabic in UTF-16 has 0x06 high bytes, ASCII has 0x00: look for a regular high byte on one side
        int sixEven = 0, sixOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0x06) sixEven++;
            if (b[i + 1] == 0x06) sixOdd++;
        }
        int pairs = n / 2;
        if ((zeroOdd + sixOdd) * 10 > pairs * 9 && zeroEven * 10 < pairs) return StandardCharsets.UTF_16LE;
        if ((zeroEven + sixEven) * 10 > pairs * 9 && zeroOdd * 10 < pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean hasNul(byte[] b) {
        int n = Math.min(b.length, 65536);
        for (int i = 0; i < n; i++) if (b[i] == 0) return true;
        return false;
    }

    private static int validArabicPairs(byte[] b) {
        int n = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            int lead = b[i] & 0xFF, next = b[i + 1] & 0xFF;
            if (lead >= 0xD8 && lead <= 0xDB && next >= 0x80 && next <= 0xBF) { n++; i++; }
        }
        return n;
    }

    private static int arabicLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') n++;
        }
        return n;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
