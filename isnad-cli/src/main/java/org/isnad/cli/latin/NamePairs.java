package org.isnad.cli.latin;

import org.isnad.core.latin.ArabicLetters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading the Arabic→Latin name pair files and bringing Latin spellings to plain ASCII. */
public final class NamePairs {
    /** One line of a pair file as given. */
    public record RawPair(String arabic, String latin) {}

    /** Latin letters without an ASCII decomposition, written as English does. */
    private static final Map<Character, String> SPECIAL_LATIN = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('ı', "i"), Map.entry('ł', "l"), Map.entry('đ', "d"),
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ð', "d"),
            Map.entry('þ', "th"));

    private NamePairs() {}

    /** The shared data directory: system property {@code isnad.shared}, else ../shared from the working directory. */
    static Path sharedDir() {
        String prop = System.getProperty("isnad.shared");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("data"))) return candidate;
            Path sibling = p.resolveSibling("shared");
            if (Files.isDirectory(sibling.resolve("data"))) return sibling;
        }
        return here.resolve("../shared").normalize();
    }

    static Path transliterationDir(Path shared) {
        return shared.resolve("data/name-transliteration");
    }

    public static List<RawPair> read(Path file) {
        try {
            List<RawPair> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab <= 0) continue;
                out.add(new RawPair(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower case, accents removed, special letters spelled out, every apostrophe style as '. */
    static String asciiLatin(String s) {
        String d = Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            String special = SPECIAL_LATIN.get(c);
            if (special != null) sb.append(special);
            else if (c == '’' || c == '‘' || c == 'ʻ' || c == 'ʼ' || c == '`' || c == 'ʿ' || c == 'ʾ') sb.append('\'');
            else sb.append(c);
        }
        return sb.toString();
    }

    /** Letters only (a-z), for lenient comparison: case, accents, spaces, hyphens and apostrophes ignored. */
    static String lettersOnly(String s) {
        String a = asciiLatin(s);
        StringBuilder sb = new StringBuilder(a.length());
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c >= 'a' && c <= 'z') sb.append(c);
        }
        return sb.toString();
    }

    /** Whether every char of a Latin training spelling is a-z or an apostrophe. */
    static boolean isPlainLatin(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '\'') return false;
        }
        return true;
    }

    /** Whether every char is an Arabic letter. */
    static boolean isArabicWord(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!ArabicLetters.isArabicLetter(s.charAt(i))) return false;
        return true;
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
