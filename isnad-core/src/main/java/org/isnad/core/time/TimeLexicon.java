package org.isnad.core.time;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code time/*.tsv}, folded and indexed by first word. Immutable after
 * construction, so one instance serves every thread.
 */
final class TimeLexicon {
    private static final String DIR = "time/";

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final List<String> conjunctions = new ArrayList<>();
    private final List<String> prepositions = new ArrayList<>();
    private String article = "";

    private TimeLexicon() {}

    static TimeLexicon load() {
        TimeLexicon lex = new TimeLexicon();
        for (String[] row : DataFiles.table(DIR + "gregorian_months.tsv")) {
            lex.add(row[0], TermKind.GREGORIAN_MONTH, Integer.parseInt(row[1]), row[2],
                    "yes".equals(cell(row, 3)) ? Set.of("needs_context") : Set.of());
        }
        for (String[] row : DataFiles.table(DIR + "hijri_months.tsv")) {
            lex.add(row[0], TermKind.HIJRI_MONTH, Integer.parseInt(row[1]), "",
                    "yes".equals(cell(row, 2)) ? Set.of("needs_year") : Set.of());
        }
        for (String[] row : DataFiles.table(DIR + "weekdays.tsv")) {
            lex.add(row[0], TermKind.WEEKDAY, Integer.parseInt(row[1]), "",
                    "yes".equals(cell(row, 2)) ? Set.of("needs_context") : Set.of());
        }
        for (String[] row : DataFiles.table(DIR + "number_words.tsv")) {
            TermKind kind = "ordinal".equals(row[1]) ? TermKind.ORDINAL : TermKind.CARDINAL;
            lex.add(row[0], kind, Integer.parseInt(row[2]), "", Set.of());
        }
        for (String[] row : DataFiles.table(DIR + "units.tsv")) {
            String flags = cell(row, 3);
            lex.add(row[0], TermKind.UNIT, Integer.parseInt(row[2]), row[1],
                    flags.isEmpty() || flags.equals("-") ? Set.of() : Set.of(flags.split(",")));
        }
        for (String[] row : DataFiles.table(DIR + "cues.tsv")) {
            String role = row[1];
            String arg = cell(row, 3).equals("-") ? "" : cell(row, 3);
            String form = NormalizedText.fold(row[0]);
            switch (role) {
                case "proclitic" -> (arg.equals("conjunction") ? lex.conjunctions : lex.prepositions).add(form);
                case "article" -> lex.article = form;
                default -> lex.add(row[0], TermKind.valueOf(role.toUpperCase()), Integer.parseInt(row[2]), arg,
                        arg.isEmpty() ? Set.of() : Set.of(arg.split(",")));
            }
        }
        return lex;
    }

    private static String cell(String[] row, int i) { return i < row.length ? row[i] : ""; }

    private void add(String form, TermKind kind, int value, String arg, Set<String> flags) {
        String folded = NormalizedText.fold(form).strip();
        if (folded.isEmpty()) return;
        String[] words = folded.split(" +");
        Term term = new Term(kind, words, value, arg, flags);
        List<Term> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>(2));
        for (Term t : list) {
            if (t.kind() == kind && Arrays.equals(t.words(), words)) return; // a folded duplicate
        }
        list.add(term);
    }

    /** Whether a normalized word starts with the definite article. */
    boolean isDefinite(String word) {
        return !article.isEmpty() && word.length() > article.length() + 1 && word.startsWith(article);
    }

    /** Whether a word is one of the one-letter prepositions written as a prefix («ب»). */
    boolean isPreposition(String word) { return prepositions.contains(word); }

    /** Whether the stripped prefix of a hit ends with a preposition («بشهر», «وبشهر»). */
    boolean endsWithPreposition(String clitic) {
        for (String p : prepositions) if (!clitic.isEmpty() && clitic.endsWith(p)) return true;
        return false;
    }

    /**
     * Every entry starting at token {@code i}: the word as written, then the word without a
     * conjunction («و», «ف») and/or a preposition («ب», «ل»). Prepositions are stripped only
     * for nouns and counts, or when a definite word remains («بالأمس»), so «بأمس الحاجة»
     * does not read as "yesterday".
     */
    List<Hit> match(Token[] toks, int i) {
        Token t = toks[i];
        List<Hit> out = new ArrayList<>(2);
        if (t.isNumber()) return out;
        collect(toks, i, t.text(), "", out);
        if (!t.isWord()) return out;
        String w = t.text();
        for (String c : conjunctions) {
            if (w.length() >= c.length() + 2 && w.startsWith(c)) {
                String rest = w.substring(c.length());
                collect(toks, i, rest, c, out);
                stripPreposition(toks, i, rest, c, out);
            }
        }
        stripPreposition(toks, i, w, "", out);
        return out;
    }

    private void stripPreposition(Token[] toks, int i, String w, String before, List<Hit> out) {
        for (String p : prepositions) {
            if (w.length() < p.length() + 2 || !w.startsWith(p)) continue;
            String rest = w.substring(p.length());
            collect(toks, i, rest, before + p, out);
            // after «ل» the alef of the article is not written: «للعام» = ل + العام
            if (article.length() == 2 && rest.charAt(0) == article.charAt(1)) {
                collect(toks, i, article.charAt(0) + rest, before + p, out);
            }
        }
    }

    private void collect(Token[] toks, int i, String word, String clitic, List<Hit> out) {
        List<Term> terms = byFirstWord.get(word);
        if (terms == null) return;
        boolean hasPreposition = endsWithPreposition(clitic);
        for (Term term : terms) {
            if (hasPreposition && !term.kind().takesPreposition() && !isDefinite(word)) continue;
            String[] words = term.words();
            if (i + words.length > toks.length) continue;
            boolean ok = true;
            for (int k = 1; k < words.length && ok; k++) {
                Token next = toks[i + k];
                ok = next.text().equals(words[k]);
            }
            if (!ok) continue;
            int start = toks[i].start() + clitic.length();
            out.add(new Hit(term, start, i + words.length, clitic));
        }
    }
}
