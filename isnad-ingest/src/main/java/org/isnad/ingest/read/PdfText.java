package org.isnad.ingest.read;

import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text from a PDF's text layer (PDFBox through Tika, glyphs sorted by position), tidied for
 * Arabic:
 * <ul>
 * <li>bidi control characters, which some writers put in the text layer, are dropped and
 * presentation forms (ligatures such as lam-alef, positional letter shapes) become letters;</li>
 * <li>in a mostly-Arabic document, a line that starts with a Latin word but holds Arabic was
 * ordered left to right by the extractor (its leftmost word on the page is Latin, so the
 * extractor took the line for a left-to-right one): the order of its direction runs is turned
 * back, which puts «بلغة R وPython» where «Pythonو R بلغة» was;</li>
 * <li>a Latin word glued to the Arabic word after it gets its space back (the space went to the
 * other side of the Latin run);</li>
 * <li>hard-wrapped lines are joined into paragraphs: a line that does not end a sentence and is
 * about as long as the document's usual line goes on in the next one.</li>
 * </ul>
 */
final class PdfText {
    private PdfText() {}

    static String clean(String raw) {
        String text = Normalizer.normalize(stripControls(raw), Normalizer.Form.NFKC);
        boolean arabicDocument = arabicLetters(text) > latinLetters(text);
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            String l = line.strip().replaceAll("[ \\t\\u00A0]{2,}", " ");
            if (arabicDocument && arabicLetters(l) > 0 && firstStrongIsLatin(l)) l = reverseRuns(l);
            lines.add(spaceAfterLatin(l));
        }
        return joinWrapped(lines);
    }

    private static String stripControls(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bidi = c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            if (!bidi) sb.append(c);
        }
        return sb.toString();
    }

    /** Puts the direction runs of a line in the opposite order, each run left as it is. */
    static String reverseRuns(String line) {
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int n = bidi.getRunCount();
        if (n < 2) return line;
        String[] runs = new String[n];
        for (int i = 0; i < n; i++) runs[i] = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
        List<String> reversed = new ArrayList<>(Arrays.asList(runs));
        java.util.Collections.reverse(reversed);
        return String.join("", reversed).strip();
    }

    private static boolean firstStrongIsLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            byte d = Character.getDirectionality(s.charAt(i));
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return true;
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT) return false;
        }
        return false;
    }

    private static String spaceAfterLatin(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i > 0 && isArabicLetter(c) && isLatinLetter(s.charAt(i - 1))) sb.append(' ');
            sb.append(c);
        }
        return sb.toString();
    }

    private static String joinWrapped(List<String> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        int usual = lengths.length == 0 ? 0 : lengths[lengths.length / 2];
        StringBuilder sb = new StringBuilder();
        boolean open = false;  // the last line written goes on in the next one
        for (String line : lines) {
            if (line.isEmpty()) continue;
            if (sb.length() > 0) sb.append(open ? " " : "\n");
            sb.append(line);
            char last = line.charAt(line.length() - 1);
            boolean endsSentence = ".!?:؟؛".indexOf(last) >= 0;
            open = !endsSentence && line.length() >= usual * 0.6;
        }
        return sb.toString();
    }

    private static boolean isArabicLetter(char c) { return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3'; }

    private static boolean isLatinLetter(char c) { return c < 0x250 && Character.isLetter(c); }

    private static int arabicLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (isArabicLetter(s.charAt(i))) n++;
        return n;
    }

    private static int latinLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (isLatinLetter(s.charAt(i))) n++;
        return n;
    }
}
