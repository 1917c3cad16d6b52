package org.isnad.cli.latin;

import com.ibm.icu.text.Transliterator;
import org.isnad.core.latin.Romanizer;
import org.isnad.core.model.EntityType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Accuracy of {@link Romanizer} against ICU4J's letter-by-letter "Arabic-Latin" transliterator on
 * <ol>
 *   <li>the held-out test split of the Wikipedia name pairs (single name words, mostly foreign
 *       names; the eval split is for tuning only), and</li>
 *   <li>the Arabic original-script names of the UN ISIL/Al-Qaida sanctions list, scored against the
 *       closest of the Latin names and aliases listed for that person or group.</li>
 * </ol>
 * Figures: exact match (case-insensitive), lenient exact match (letters only: case, accents,
 * spaces, hyphens, apostrophes ignored; for word pairs also a leading article al/el), and
 * character error rate (edit distance / reference length, summed over the set; lenient strings).
 */
public final class RomanizationEvaluation {
    /** Figures for one system on one set. */
    public record Score(String system, int items, double exact, double lenient, double cer, double namesPerSecond) {}

    /** All figures: test split and UN list, ours and ICU's. */
    public record Figures(Score oursTest, Score icuTest, Score oursUn, Score icuUn) {}

    /** Passes over a set before the timed pass, so the speed figure is not the JIT compiler's. */
    private static final int WARM_UP_ROUNDS = 3;

    private RomanizationEvaluation() {}

    public static void main(String[] args) {
        Path shared = args.length > 0 ? Path.of(args[0]) : NamePairs.sharedDir();
        Figures f = evaluate(shared);
        System.out.println("Romanization, shared data " + shared);
        System.out.println("set                         system       items  exact  lenient  CER    names/s");
        print("Wikipedia ar2en-test words", f.oursTest());
        print("Wikipedia ar2en-test words", f.icuTest());
        print("UN ISIL/AQ list names", f.oursUn());
        print("UN ISIL/AQ list names", f.icuUn());
    }

    private static void print(String set, Score s) {
        System.out.printf(Locale.ROOT, "%-27s %-12s %5d  %.3f  %.3f    %.3f  %,.0f%n",
                set, s.system(), s.items(), s.exact(), s.lenient(), s.cer(), s.namesPerSecond());
    }

    /** Runs both sets for both systems. */
    public static Figures evaluate(Path shared) {
        Romanizer ours = Romanizer.load();
        Transliterator icu = Transliterator.getInstance("Arabic-Latin");
        List<NamePairs.RawPair> test = NamePairs.read(NamePairs.transliterationDir(shared).resolve("ar2en-test.txt"));
        List<UnName> un = readUnNames(shared.resolve("data/un-sanctions/un_isil_aq_names.tsv"));
        return new Figures(
                wordScore("isnad", test, ours::romanize),
                wordScore("ICU4J", test, icu::transliterate),
                unScore("isnad", un, ours::romanize),
                unScore("ICU4J", un, (name, type) -> icu.transliterate(name)));
    }

    /** {exact, lenient, CER} of a romanizer on word pairs. */
    public static double[] wordFigures(List<NamePairs.RawPair> pairs, Function<String, String> system) {
        Score s = wordScore("", pairs, system);
        return new double[] {s.exact(), s.lenient(), s.cer()};
    }

    public static Score wordScore(String name, List<NamePairs.RawPair> pairs, Function<String, String> system) {
        // warm up so the speed figure is not the JIT's
        for (int round = 0; round < WARM_UP_ROUNDS; round++) for (NamePairs.RawPair p : pairs) system.apply(p.arabic());
        List<String> outputs = new ArrayList<>(pairs.size());
        long t0 = System.nanoTime();
        for (NamePairs.RawPair p : pairs) outputs.add(system.apply(p.arabic()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        int exact = 0, lenient = 0;
        long edits = 0, chars = 0;
        for (int i = 0; i < pairs.size(); i++) {
            NamePairs.RawPair p = pairs.get(i);
            String out = outputs.get(i);
            if (out.toLowerCase(Locale.ROOT).equals(p.latin().toLowerCase(Locale.ROOT))) exact++;
            boolean article = p.arabic().startsWith("ال");
            String hyp = lenientWord(out, article);
            String ref = lenientWord(p.latin(), article);
            if (hyp.equals(ref)) lenient++;
            edits += NamePairs.editDistance(hyp, ref);
            chars += ref.length();
        }
        int n = pairs.size();
        return new Score(name, n, (double) exact / n, (double) lenient / n, (double) edits / chars, n / seconds);
    }

    /** Letters only, and for a word opening with the Arabic article, a leading al/el dropped (the pairs mostly drop it). */
    private static String lenientWord(String s, boolean article) {
        String l = NamePairs.lettersOnly(s);
        if (article && (l.startsWith("al") || l.startsWith("el")) && l.length() > 4) l = l.substring(2);
        return l;
    }

    /** A sanctioned person or group with its Arabic name and every Latin name listed for it. */
    record UnName(String ref, EntityType type, String arabic, List<String> latin) {}

    static Score unScore(String name, List<UnName> names, BiFunction<String, EntityType, String> system) {
        for (int round = 0; round < WARM_UP_ROUNDS * 5; round++) for (UnName u : names) system.apply(u.arabic(), u.type());
        List<String> outputs = new ArrayList<>(names.size());
        long t0 = System.nanoTime();
        for (UnName u : names) outputs.add(system.apply(u.arabic(), u.type()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        int exact = 0, lenient = 0;
        long edits = 0, chars = 0;
        for (int i = 0; i < names.size(); i++) {
            UnName u = names.get(i);
            String out = outputs.get(i);
            String hypStrict = spaced(out);
            String hypLenient = NamePairs.lettersOnly(out);
            boolean strictHit = false, lenientHit = false;
            int bestEdits = Integer.MAX_VALUE, bestLength = 1;
            double bestRate = Double.MAX_VALUE;
            for (String variant : u.latin()) {
                if (spaced(variant).equals(hypStrict)) strictHit = true;
                String ref = NamePairs.lettersOnly(variant);
                if (ref.isEmpty()) continue;
                if (ref.equals(hypLenient)) lenientHit = true;
                int d = NamePairs.editDistance(hypLenient, ref);
                double rate = (double) d / ref.length();
                if (rate < bestRate) { bestRate = rate; bestEdits = d; bestLength = ref.length(); }
            }
            if (strictHit) exact++;
            if (lenientHit) lenient++;
            edits += bestEdits;
            chars += bestLength;
        }
        int n = names.size();
        return new Score(name, n, (double) exact / n, (double) lenient / n, (double) edits / chars, n / seconds);
    }

    /** Case-insensitive form keeping word boundaries: lower case, whitespace collapsed. */
    private static String spaced(String s) {
        return String.join(" ", s.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    /** Rows of un_isil_aq_names.tsv that have an Arabic original-script name. */
    static List<UnName> readUnNames(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<UnName> out = new ArrayList<>();
        List<List<String>> rows = TsvRecords.parse(text);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 7) continue;
            String arabic = row.get(5).strip();
            if (arabic.isEmpty() || !org.isnad.core.latin.ArabicLetters.hasArabic(arabic)) continue;
            List<String> latin = new ArrayList<>();
            latin.add(row.get(4).strip());
            for (String alias : row.get(6).split("\\|")) {
                String a = alias.replaceAll("\\[(Good|Low)]", "").replaceAll("\\([^)]*\\)?", "")
                        .replaceAll("\\s+", " ").strip();
                if (a.isEmpty()) continue;
                int comma = a.indexOf(',');
                // "Al-Haq, Amin" is surname first
                if (comma > 0) a = (a.substring(comma + 1).strip() + " " + a.substring(0, comma).strip()).strip();
                latin.add(a);
            }
            EntityType type = row.get(0).strip().equalsIgnoreCase("ENTITY") ? EntityType.ORGANIZATION : EntityType.PERSON;
            out.add(new UnName(row.get(1), type, arabic, latin));
        }
        return out;
    }
}
