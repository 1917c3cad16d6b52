package org.isnad.core.latin;

import org.isnad.core.latin.NamePartTable.Entry;
import org.isnad.core.latin.NamePartTable.Kind;
import org.isnad.core.latin.NameStructure.Part;
import org.isnad.core.latin.NameStructure.Role;
import org.isnad.core.model.EntityType;
import org.isnad.core.resources.DataFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Arabic names in the Latin script the way the English-language press does
 * ("أبو بكر البغدادي" → "Abu Bakr al-Baghdadi"), not letter by letter.
 *
 * <p>Per word, in order of trust: the hand-written table of conventional spellings
 * ({@code latin/name-parts.tsv}); the structural rules of Arabic names with their words in
 * {@code latin/structure.tsv} (kunya, article, عبد compounds, bin/ibn, ta marbuta, nisba);
 * the table learned from Wikipedia name pairs ({@code latin/learned-words.tsv}); and for words
 * none of these know, the learned letter model {@link GraphoneModel}.
 *
 * <p>Loaded once, immutable and thread-safe.
 */
public final class Romanizer {
    private final ArabicLetters letters;
    private final NameStructure structure;
    private final NamePartTable known;
    private final NamePartTable learned;
    /** Null when no trained model is shipped: then unknown words fall back to letter defaults. */
    private final GraphoneModel model;
    private final Map<Character, String> letterDefaults;

    Romanizer(ArabicLetters letters, NameStructure structure, NamePartTable known, NamePartTable learned,
              GraphoneModel model, Map<Character, String> letterDefaults) {
        this.letters = letters;
        this.structure = structure;
        this.known = known;
        this.learned = learned;
        this.model = model;
        this.letterDefaults = Map.copyOf(letterDefaults);
    }

    private static final class Holder {
        static final Romanizer INSTANCE = build(GraphoneModel.Settings.DEFAULT);
    }

    /** The romanizer over the shipped data; built on first use, then shared. */
    public static Romanizer load() {
        return Holder.INSTANCE;
    }

    /** A romanizer over the shipped tables with the letter model estimated under other settings (tuning). */
    public static Romanizer build(GraphoneModel.Settings settings) {
        GraphoneModel model = null;
        if (DataFiles.exists("latin/graphone-alignments.tsv")) {
            List<AlignedWord> words = new ArrayList<>();
            for (String[] row : DataFiles.table("latin/graphone-alignments.tsv")) words.add(AlignedWord.fromCells(row));
            model = GraphoneModel.train(words, settings);
        }
        return withModel(model);
    }

    /** A romanizer over the shipped tables and the given letter model (null: letter defaults only). */
    public static Romanizer withModel(GraphoneModel model) {
        ArabicLetters letters = ArabicLetters.load();
        NamePartTable learned = DataFiles.exists("latin/learned-words.tsv")
                ? NamePartTable.learned(DataFiles.table("latin/learned-words.tsv"), letters)
                : NamePartTable.learned(List.of(), letters);
        Map<Character, String> defaults = new HashMap<>();
        for (String[] row : DataFiles.table("latin/letters.tsv")) defaults.put(row[0].charAt(0), row.length > 1 ? row[1] : "");
        return new Romanizer(letters, NameStructure.fromRows(DataFiles.table("latin/structure.tsv")),
                NamePartTable.fromRows(DataFiles.table("latin/name-parts.tsv"), letters), learned, model, defaults);
    }

    /** The name in conventional English spelling; text that is not Arabic passes through. */
    public String romanize(String arabicName) {
        return romanize(arabicName, null);
    }

    /**
     * The name in conventional English spelling for an entity of the given type (null: unknown).
     * Word order is kept. Place names use English exonyms when known (العراق → Iraq); names of
     * organizations and places put the feminine ending in construct form before a following word
     * (جبهة النصرة → Jabhat al-Nusra).
     */
    public String romanize(String arabicName, EntityType type) {
        if (arabicName == null || arabicName.isEmpty()) return "";
        if (!ArabicLetters.hasArabic(arabicName)) return arabicName;
        List<Piece> pieces = split(letters.clean(arabicName));
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) if (pieces.get(i).arabic) words.add(i);

        if (type == null || type == EntityType.LOCATION) {
            String whole = wholeNamePlace(pieces, words);
            if (whole != null) return whole;
        }

        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            if (!p.arabic) {
                out.append(p.text.isBlank() ? " " : p.text);
                i++;
                continue;
            }
            int consumed = appendWords(out, pieces, i, type);
            i += consumed;
        }
        return collapseSpaces(out);
    }

    /** Romanizes the Arabic word at {@code pieces[i]} (and words it forms a unit with); returns pieces consumed. */
    private int appendWords(StringBuilder out, List<Piece> pieces, int i, EntityType type) {
        // a known phrase of several words (عبد الله, قطاع غزة)
        for (int span = known.longestKey(); span >= 2; span--) {
            List<Piece> run = connectedWords(pieces, i, span);
            if (run == null) continue;
            String phrase = keyOf(run);
            Entry e = known.get(phrase);
            if (e != null && allowed(e, type, phrase)) {
                out.append(e.latin());
                return 2 * span - 1;
            }
        }
        Piece word = pieces.get(i);
        String key = ArabicLetters.key(word.text);
        List<Piece> pair = connectedWords(pieces, i, 2);
        Part part = structure.word(key);
        // عبد before a word with the article: one name, "Abdul Rahman"
        if (part != null && part.role() == Role.SERVANT && pair != null && known.get(key) == null) {
            String next = pair.get(1).text;
            if (hasArticle(next)) {
                out.append(structure.latin(Role.SERVANT_COMPOUND)).append(' ').append(stemLatin(stripArticle(next), false));
                return 3;
            }
        }
        // a name word before الله: one theophoric name, Nasrallah
        if (pair != null && type != EntityType.ORGANIZATION && part == null && !hasArticle(word.text)
                && ArabicLetters.key(pair.get(1).text).equals(structure.key(Role.THEOPHORIC))) {
            out.append(fuseTheophoric(wordLatin(word.text, key, type, false)));
            return 3;
        }
        out.append(wordLatin(word.text, key, type, pair != null));
        return 1;
    }

    /** Nasr + allah → Nasrallah; Ata + allah → Atallah (the two a's of the junction are one). */
    private String fuseTheophoric(String first) {
        String allah = structure.latin(Role.THEOPHORIC);
        if (first.endsWith(allah.substring(0, 1))) return first + allah.substring(1);
        return first + allah;
    }

    /** The Latin of one Arabic word; {@code hasNext}: another word of the name follows. */
    private String wordLatin(String word, String key, EntityType type, boolean hasNext) {
        Entry e = known.get(key);
        if (e != null && allowed(e, type, key)) return construct(e.latin(), word, type, hasNext);
        Part part = structure.word(key);
        if (part != null) return part.latin();

        // عبد written joined to an article word: عبدالرحمن
        String servant = structure.arabic(Role.SERVANT);
        if (word.startsWith(servant) && hasArticle(word.substring(servant.length()))) {
            String rest = word.substring(servant.length());
            Entry phrase = known.get(structure.key(Role.SERVANT) + " " + ArabicLetters.key(rest));
            if (phrase != null) return phrase.latin();
            return structure.latin(Role.SERVANT_COMPOUND) + " " + stemLatin(stripArticle(rest), false);
        }
        // the kunya written joined to a known name: أبوبكر
        String kunya = ArabicLetters.key(structure.arabic(Role.KUNYA));
        if (key.startsWith(kunya) && key.length() >= kunya.length() + 2) {
            String rest = word.substring(kunya.length());
            String restKey = key.substring(kunya.length());
            if (known.get(restKey) != null || learned.get(restKey) != null || hasArticle(rest)) {
                return structure.latin(Role.KUNYA) + " " + wordLatin(rest, restKey, type, hasNext);
            }
        }
        // "and" joined to an article word inside organization and place names: والشام
        String and = structure.arabic(Role.CONJUNCTION);
        if (word.startsWith(and) && hasArticle(word.substring(and.length()))) {
            String rest = word.substring(and.length());
            boolean stemKnown = known.get(ArabicLetters.key(stripArticle(rest))) != null;
            if (stemKnown || type == EntityType.ORGANIZATION || type == EntityType.LOCATION) {
                return structure.latin(Role.CONJUNCTION) + " " + wordLatin(rest, ArabicLetters.key(rest), type, hasNext);
            }
        }
        if (hasArticle(word)) {
            String stem = stripArticle(word);
            Entry stemEntry = known.get(ArabicLetters.key(stem));
            String article = structure.latin(Role.ARTICLE);
            if (stemEntry != null && stemEntry.kind() != Kind.PLACE) return article + stemEntry.latin();
            Entry fused = learned.get(key); // a spelling that writes the article fused (Elyounoussi)
            if (fused != null) return capitalize(fused.latin());
            return article + stemLatin(stem, true);
        }
        return construct(stemLatin(word, false), word, type, hasNext);
    }

    /** A word without the article: known, learned, or spelled by the letter model. */
    private String stemLatin(String word, boolean nisba) {
        String key = ArabicLetters.key(word);
        Entry e = known.get(key);
        if (e != null && e.kind() != Kind.PLACE) return e.latin();
        Entry l = learned.get(key);
        if (l != null) return capitalize(l.latin());
        return capitalize(endings(spell(word), word, nisba));
    }

    /** Letter model output, with letters the model never saw written by their defaults. */
    private String spell(String word) {
        StringBuilder sb = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            boolean modelKnows = i < word.length() && model != null && model.knows(word.charAt(i));
            if (modelKnows) continue;
            if (i > start) sb.append(model.decode(word.substring(start, i)));
            if (i < word.length()) sb.append(letterDefaults.getOrDefault(word.charAt(i), ""));
            start = i + 1;
        }
        return sb.toString();
    }

    /** Conventional endings the letter model, trained mostly on foreign names, does not enforce. */
    private String endings(String latin, String word, boolean nisba) {
        String a = structure.latin(Role.TA_MARBUTA);
        if (word.endsWith(structure.arabic(Role.TA_MARBUTA))) {
            // the model also learned the Levantine -eh and the -ah of older spellings
            String stem = latin.endsWith("h") ? latin.substring(0, latin.length() - 1) : latin;
            if (stem.endsWith("a") || stem.endsWith("e")) return stem.substring(0, stem.length() - 1) + a;
            return latin;
        }
        if (nisba && word.endsWith(structure.arabic(Role.NISBA))) {
            String i = structure.latin(Role.NISBA);
            for (String ending : new String[] {"iy", "ie", "ee", "y"}) {
                if (latin.endsWith(ending) && latin.length() > ending.length()) {
                    return latin.substring(0, latin.length() - ending.length()) + i;
                }
            }
        }
        return latin;
    }

    /** Jabha → Jabhat before the word it governs, in names of organizations and places. */
    private String construct(String latin, String word, EntityType type, boolean hasNext) {
        if (!hasNext || (type != EntityType.ORGANIZATION && type != EntityType.LOCATION)) return latin;
        if (!word.endsWith(structure.arabic(Role.TA_MARBUTA)) || hasArticle(word)) return latin;
        String a = structure.latin(Role.TA_MARBUTA);
        String at = structure.latin(Role.TA_MARBUTA_CONSTRUCT);
        if (latin.endsWith(a)) return latin.substring(0, latin.length() - a.length()) + at;
        if (latin.endsWith(a + "h")) return latin.substring(0, latin.length() - a.length() - 1) + at;
        return latin;
    }

    /** Whether the word opens with the article and keeps at least two letters after it. */
    private boolean hasArticle(String word) {
        String article = structure.arabic(Role.ARTICLE);
        // the article is a bare alef-lam: أل.. with hamza spells a foreign name (ألبرت, ألكسندر)
        return word.startsWith(article) && word.length() >= article.length() + 2;
    }

    private String stripArticle(String word) {
        return word.substring(structure.arabic(Role.ARTICLE).length());
    }

    /**
     * Exonyms are for place names; organization names also use those written without the article
     * (ولاية سيناء → Wilayat Sinai) but keep the article form of the others, as English does
     * (al-Dawla al-Islamiya fi al-Iraq).
     */
    private boolean allowed(Entry e, EntityType type, String key) {
        if (e.kind() != Kind.PLACE || type == EntityType.LOCATION) return true;
        return type == EntityType.ORGANIZATION && !key.startsWith(structure.key(Role.ARTICLE));
    }

    /** The whole name as one known place (for untyped and place names). */
    private String wholeNamePlace(List<Piece> pieces, List<Integer> words) {
        if (words.isEmpty()) return null;
        int first = words.get(0);
        int last = words.get(words.size() - 1);
        for (int i = 0; i < pieces.size(); i++) {
            if ((i < first || i > last) && !pieces.get(i).text.isBlank()) return null;
        }
        List<Piece> run = connectedWords(pieces, first, words.size());
        if (run == null) return null;
        Entry e = known.get(keyOf(run));
        return e != null && e.kind() == Kind.PLACE ? e.latin() : null;
    }

    /** {@code count} Arabic words from piece {@code i} separated only by whitespace, or null. */
    private static List<Piece> connectedWords(List<Piece> pieces, int i, int count) {
        List<Piece> run = new ArrayList<>(count);
        int j = i;
        while (run.size() < count) {
            if (j >= pieces.size() || !pieces.get(j).arabic) return null;
            run.add(pieces.get(j));
            if (run.size() == count) break;
            if (j + 1 >= pieces.size() || !pieces.get(j + 1).text.isBlank()) return null;
            j += 2;
        }
        return run;
    }

    private static String keyOf(List<Piece> run) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : run) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(ArabicLetters.key(p.text));
        }
        return sb.toString();
    }

    /** First letter upper case; also after a one-letter prefix with an apostrophe (O'Reilly). */
    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        char[] c = s.toCharArray();
        c[0] = Character.toUpperCase(c[0]);
        if (c.length > 2 && c[1] == '\'') c[2] = Character.toUpperCase(c[2]);
        return new String(c);
    }

    private static String collapseSpaces(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) continue;
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        return sb.substring(0, end);
    }

    /** Runs of Arabic letters and runs of anything else, in order. */
    private static List<Piece> split(String s) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= s.length(); i++) {
            boolean boundary = i == s.length()
                    || ArabicLetters.isArabicLetter(s.charAt(i)) != ArabicLetters.isArabicLetter(s.charAt(start));
            if (boundary) {
                pieces.add(new Piece(s.substring(start, i), ArabicLetters.isArabicLetter(s.charAt(start))));
                start = i;
            }
        }
        return pieces;
    }

    private record Piece(String text, boolean arabic) {}
}
