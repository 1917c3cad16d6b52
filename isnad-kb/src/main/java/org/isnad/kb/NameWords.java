package org.isnad.kb;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the name comparison reads by their role, in both scripts, from the data files under
 * {@code org/isnad/core/kb/} and the recognizer's name tables. Loaded once, immutable, shared.
 */
final class NameWords {
    enum Role { ARTICLE, KUNYA, CONNECTOR, SERVANT, TITLE, SUFFIX, STOP, GENERIC, UNIT, COMPOUND_SECOND }

    /** Folded Arabic word -> role. */
    final Map<String, Role> arabic;
    /** Folded Arabic kunya heads and Latin kunya words -> the head they are a case or spelling of (abu, umm). */
    final Map<String, String> arabicKunya;
    final Map<String, String> latinKunya;
    /** Latin keys of the article when the press writes it joined to the word (Alzahrani, Elsheikh). */
    final List<String> latinFusedArticles;
    /** Folded Arabic long-vowel letters: a name is the same with one more or one less (داود/داوود). */
    final String arabicLongVowels;
    /** How a servant compound is keyed: the first servant and article spellings joined (abd + al). */
    final String latinServantArticle;
    /** Latin kunya words the press also writes joined to the name (Abubakar), longest first. */
    final List<String> latinJoinedKunya;
    /** The kunya head as written joined to its name (أبوبكر). */
    final String arabicJoinedKunya;
    /** The folded Arabic article, and proclitics that carry it (وال, بال, لل): both come off a name part. */
    final String arabicArticle;
    final List<String> articleProclitics;
    /** Lower-case Latin word -> role. */
    final Map<String, Role> latin;
    /** Ordered Latin spelling rules: from, to. */
    final List<String[]> spelling;
    /** Proclitics of written Arabic (folded), longest first, and what the stripped word starts with again. */
    final List<String[]> proclitics;
    /** Place names: folded Arabic without the article, and Latin comparison keys. */
    final Set<String> arabicPlaces;
    final Set<String> latinPlaces;
    /** Given names: folded Arabic and Latin comparison keys (a kunya on a given name is a common one). */
    final Set<String> arabicGivenNames;
    final Set<String> latinGivenNames;

    private static final class Holder {
        static final NameWords INSTANCE = new NameWords();
    }

    static NameWords load() { return Holder.INSTANCE; }

    private NameWords() {
        Map<String, Role> ar = new HashMap<>();
        Map<String, String> arKunya = new HashMap<>();
        String joined = null, article = null;
        // latin/structure.tsv: role | Arabic | Latin; the kunya rows give the head each case form writes
        for (String[] row : DataFiles.table("latin/structure.tsv")) {
            String f = fold(row[1]);
            switch (row[0]) {
                case "kunya" -> {
                    arKunya.put(f, row[2].toLowerCase(Locale.ROOT));
                    ar.put(f, Role.KUNYA);
                    if (joined == null) joined = f;
                }
                case "servant" -> ar.put(f, Role.SERVANT);
                case "article" -> article = f;
                default -> { }
            }
        }
        for (String[] row : DataFiles.table("recognize/name-connectors.tsv")) ar.putIfAbsent(fold(row[0]), Role.CONNECTOR);
        this.arabicKunya = Map.copyOf(arKunya);
        this.arabicJoinedKunya = joined;
        this.arabicArticle = article;
        StringBuilder vowels = new StringBuilder();
        for (String[] row : DataFiles.table("kb/arabic-long-vowels.tsv")) vowels.append(fold(row[0]));
        this.arabicLongVowels = vowels.toString();
        for (String w : DataFiles.lines("recognize/compound-name-parts.txt")) ar.putIfAbsent(fold(w.strip()), Role.COMPOUND_SECOND);
        for (String[] row : DataFiles.table("kb/arabic-name-words.tsv")) ar.putIfAbsent(fold(row[0]), role(row[1]));
        this.arabic = Map.copyOf(ar);

        Map<String, Role> la = new HashMap<>();
        Map<String, String> laKunya = new HashMap<>();
        List<String> laJoined = new ArrayList<>();
        for (String[] row : DataFiles.table("kb/latin-name-words.tsv")) {
            la.putIfAbsent(row[0], role(row[1]));
            if (row[1].equals("kunya")) laKunya.put(row[0], row[2]);
            if (row[1].equals("kunya") && row.length > 3 && row[3].equals("1")) laJoined.add(row[0]);
        }
        laJoined.sort((a, b) -> b.length() - a.length());
        String servant = null, latinArticle = null;
        for (String[] row : DataFiles.table("kb/latin-name-words.tsv")) {
            if (servant == null && row[1].equals("servant")) servant = row[0];
            if (latinArticle == null && row[1].equals("article")) latinArticle = row[0];
        }
        this.latinServantArticle = servant + latinArticle;
        List<String> fused = new ArrayList<>();
        for (Map.Entry<String, Role> e : la.entrySet()) {
            String k = vowelClasses(e.getKey());
            if (e.getValue() == Role.ARTICLE && e.getKey().length() == 2 && isVowel(e.getKey().charAt(0)) && !fused.contains(k)) fused.add(k);
        }
        fused.sort(null);
        this.latinFusedArticles = List.copyOf(fused);
        this.latinJoinedKunya = List.copyOf(laJoined);
        this.latin = Map.copyOf(la);
        this.latinKunya = Map.copyOf(laKunya);

        List<String[]> rules = new ArrayList<>();
        for (String[] row : DataFiles.table("kb/latin-spelling.tsv")) rules.add(new String[] {row[0], row[1]});
        this.spelling = List.copyOf(rules);

        List<String[]> clitics = new ArrayList<>();
        List<String> withArticle = new ArrayList<>();
        for (String[] row : DataFiles.table("segment/clitics.tsv")) {
            if (!row[0].equals("proclitic")) continue;
            String form = fold(row[1]);
            String restore = row.length > 2 ? fold(row[2]) : "";
            if (form.equals(article) || row[3].contains("verbs")) continue; // the article is read apart; future sa- is for verbs
            clitics.add(new String[] {form, restore});
            if (restore.equals(article)) withArticle.add(form);
        }
        clitics.sort((a, b) -> b[0].length() - a[0].length());
        withArticle.sort((a, b) -> b.length() - a.length());
        this.proclitics = List.copyOf(clitics);
        this.articleProclitics = List.copyOf(withArticle);

        Set<String> arPlaces = new HashSet<>(), laPlaces = new HashSet<>();
        for (String[] row : DataFiles.table("recognize/places.tsv")) {
            if (row.length < 5 || row[4].equals("1")) continue;
            if (!(row[2].equals("country") || row[2].equals("region") || row[2].equals("province") || row[2].equals("city"))) continue;
            String a = fold(row[0]);
            if (a.indexOf(' ') < 0) arPlaces.add(stripArticle(a));
            String l = latinLower(row[1]);
            if (l.indexOf(' ') < 0 && !l.isEmpty()) laPlaces.add(key(l));
        }
        this.arabicPlaces = Set.copyOf(arPlaces);
        this.latinPlaces = Set.copyOf(laPlaces);

        Set<String> arGiven = new HashSet<>(), laGiven = new HashSet<>();
        for (String[] row : DataFiles.table("recognize/given-names.tsv")) {
            String a = fold(row[0]);
            if (a.indexOf(' ') < 0) arGiven.add(a);
            if (row.length > 1) {
                String l = latinLower(row[1]);
                if (l.indexOf(' ') < 0 && !l.isEmpty()) laGiven.add(key(l));
            }
        }
        this.arabicGivenNames = Set.copyOf(arGiven);
        this.latinGivenNames = Set.copyOf(laGiven);
    }

    /**
     * A word without the article (البغدادي -> بغدادي) or a proclitic that carries it (والشام,
     * للدعوة -> دعوه), when at least three letters remain.
     */
    String stripArticle(String w) {
        if (w.startsWith(arabicArticle) && w.length() >= arabicArticle.length() + 3) return w.substring(arabicArticle.length());
        for (String p : articleProclitics) {
            if (w.startsWith(p) && w.length() >= p.length() + 3) return w.substring(p.length());
        }
        return w;
    }

    private static Role role(String s) {
        return Role.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static String fold(String s) { return NormalizedText.fold(s).strip(); }

    /** Lower case, accents and apostrophes dropped, every other non-letter one space. */
    static String latinLower(String s) {
        String d = Normalizer.isNormalized(s, Normalizer.Form.NFD) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4' || c == '\u02BF' || c == '\u02BE' || c == '"') continue;
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
            else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') sb.setLength(end - 1);
        return sb.toString();
    }

    /**
     * The comparison key of one lower-case Latin word: the spelling rules, then vowels in three
     * classes, y and w read as vowels before a consonant, doubled letters collapsed, a final h after
     * a vowel dropped (Hamzah = Hamza, Mohammed = Muhamad, Aulaqi = Awlaki).
     */
    String key(String word) {
        String s = word;
        for (String[] rule : spelling) if (s.contains(rule[0])) s = s.replace(rule[0], rule[1]);
        return vowelClasses(s);
    }

    static String vowelClasses(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char v = switch (c) {
                case 'e', 'i' -> 'i';
                case 'o', 'u' -> 'u';
                // y and w are consonants before a vowel (Yasin, Walid), vowels otherwise (Ayman, Awlaki)
                case 'y' -> isVowel(next) ? 'y' : 'i';
                case 'w' -> isVowel(next) || i == 0 ? 'w' : 'u';
                default -> c;
            };
            sb.append(v);
        }
        // a diphthong before a consonant or at the end is one vowel: ai -> i, au -> u
        StringBuilder out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == 'a' && i + 1 < sb.length() && (sb.charAt(i + 1) == 'i' || sb.charAt(i + 1) == 'u')) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        int n = out.length();
        if (n > 2 && out.charAt(n - 1) == 'h' && isVowel(out.charAt(n - 2))) out.setLength(n - 1);
        return out.toString();
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Consonants of a Latin key (vowels dropped): blocks candidates and counts how common a name is. */
    static String skeleton(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'a' || c == 'i' || c == 'u') continue;
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) continue;
            sb.append(c);
        }
        return sb.length() == 0 ? key : sb.toString();
    }
}
