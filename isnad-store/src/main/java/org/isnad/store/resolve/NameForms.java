package org.isnad.store.resolve;

import org.isnad.core.model.EntityType;
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
 * The name knowledge the resolver needs, read once from the data files of isnad-core (kunya
 * words and their case forms, organization heads, given names, the gazetteers of well-known
 * people and organizations, kind groups). Immutable and thread-safe after {@link #load()}.
 */
public final class NameForms {
    private final Set<String> kunyaWords = new HashSet<>();
    private final Map<String, String> nominative = new HashMap<>();
    private final Map<String, String> nominativeWritten = new HashMap<>();
    private final Map<String, Boolean> orgHeads = new HashMap<>();      // folded head → strip
    private final Set<String> givenNameParts = new HashSet<>();
    private final Set<String> compoundSecondParts = new HashSet<>();
    private final Set<String> connectors = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Map<String, String> knownPersons = new HashMap<>();   // key → P:latin
    private final Map<String, String> knownOrgs = new HashMap<>();      // key → O:latin
    private final Map<String, String> kindGroups = new HashMap<>();

    private NameForms() {
        for (String[] r : DataFiles.table("resolve/name-forms.tsv")) {
            nominative.put(NormalizedText.fold(r[0]), NormalizedText.fold(r[1]));
            nominativeWritten.put(NormalizedText.fold(r[0]), r[1]);
        }
        for (String[] r : DataFiles.table("recognize/kunya.tsv")) {
            String f = NormalizedText.fold(r[0]);
            kunyaWords.add(nominative.getOrDefault(f, f));
        }
        for (String[] r : DataFiles.table("recognize/org-heads.tsv")) orgHeads.put(NormalizedText.fold(r[0]), r.length > 3 && r[3].equals("1"));
        for (String[] r : DataFiles.table("recognize/given-names.tsv")) givenNameParts.addAll(List.of(words(NormalizedText.fold(r[0]))));
        for (String line : DataFiles.lines("recognize/compound-name-parts.txt")) compoundSecondParts.add(NormalizedText.fold(line.strip()));
        for (String[] r : DataFiles.table("recognize/name-connectors.tsv")) connectors.add(NormalizedText.fold(r[0]));
        for (String[] r : DataFiles.table("resolve/kind-groups.tsv")) kindGroups.put(r[0], r[1]);
        for (String[] r : DataFiles.table("recognize/common-words.txt")) commonWords.add(r[0]);
        Set<String> clash = new HashSet<>();
        for (String[] r : DataFiles.table("recognize/persons.tsv")) {
            if (r.length > 3 && r[3].equals("1")) continue;
            String id = "P:" + r[1];
            putKnown(knownPersons, clash, key(r[0]), id);
            if (r.length > 2 && !r[2].isEmpty()) {
                for (String shortForm : r[2].split("\\|")) {
                    String k = key(shortForm);
                    // a one-word short form («البغدادي») is shared by too many people to name one alone
                    if (k.indexOf(' ') > 0) putKnown(knownPersons, clash, k, id);
                }
            }
        }
        for (String[] r : DataFiles.table("recognize/organizations.tsv")) {
            if (r.length > 4 && r[4].equals("1")) continue;
            putKnown(knownOrgs, clash, key(r[0]), "O:" + r[1]);
        }
        knownPersons.keySet().removeAll(clash);
        knownOrgs.keySet().removeAll(clash);
    }

    private static void putKnown(Map<String, String> map, Set<String> clash, String key, String id) {
        String before = map.putIfAbsent(key, id);
        if (before != null && !before.equals(id)) clash.add(key); // one spelling, two entities: no identity from it
    }

    public static NameForms load() { return new NameForms(); }

    /** The matching form of a name: folded, punctuation to spaces, spaces collapsed, the kunya word in the nominative. */
    public String key(String written) {
        String[] w = words(NormalizedText.fold(written));
        if (w.length == 0) return "";
        if (w.length > 1) w[0] = nominative.getOrDefault(w[0], w[0]);
        return String.join(" ", w);
    }

    /** Analyses one name of an entity of the given type. */
    public EntityName analyze(EntityType type, String written) {
        String key = key(written);
        String[] w = key.isEmpty() ? new String[0] : key.split(" ");
        if (w.length == 0) return new EntityName(type, written, key, key, NameShape.GENERIC, null, null, null, false, null);
        return switch (type) {
            case ORGANIZATION -> organization(written, key, w);
            case LOCATION -> new EntityName(type, written, key, key, isHead(w) ? NameShape.GENERIC : w.length == 1 ? NameShape.ONE_WORD : NameShape.FULL,
                    null, w[0], w.length > 1 ? w[w.length - 1] : null, false, null);
            case PERSON -> person(written, key, w);
        };
    }

    private EntityName organization(String written, String key, String[] w) {
        if (isHead(w)) return new EntityName(EntityType.ORGANIZATION, written, key, key, NameShape.GENERIC, null, null, null, false, null);
        String core = key;
        String head = bare(w[0]);
        if (w.length > 1 && Boolean.TRUE.equals(orgHeads.get(head))) core = key.substring(w[0].length() + 1);
        String known = knownOrgs.get(key);
        if (known == null) known = knownOrgs.get(core);
        String[] c = core.split(" ");
        NameShape shape = w.length == 1 ? NameShape.ONE_WORD : NameShape.FULL;
        // «وزارة الداخلية», «مجلس الشورى»: a head and everyday words describe a body that many
        // countries and groups have; the name alone does not say which one
        boolean descriptive = w.length > 1 && orgHeads.containsKey(head);
        for (int i = 1; i < w.length && descriptive; i++) descriptive = commonWords.contains(w[i]);
        return new EntityName(EntityType.ORGANIZATION, written, key, core, shape, null, c[0], c.length > 1 ? c[c.length - 1] : null, descriptive, known);
    }

    private EntityName person(String written, String key, String[] w) {
        String known = knownPersons.get(key);
        if (w.length >= 2 && kunyaWords.contains(w[0])) {
            int end = 2;
            // «أبو عبد الله», «أبو عبد الرحمن»: a compound given name is one kunya
            if (w.length > 2 && (connectors.contains(w[1]) || compoundSecondParts.contains(w[2]))) end = 3;
            String kunya = String.join(" ", java.util.Arrays.copyOfRange(w, 0, end));
            if (end >= w.length) return new EntityName(EntityType.PERSON, written, key, key, NameShape.BARE_KUNYA, kunya, null, null, false, known);
            return new EntityName(EntityType.PERSON, written, key, key, NameShape.KUNYA_NISBA, kunya, w[end], w[w.length - 1], false, known);
        }
        if (w.length == 1) return new EntityName(EntityType.PERSON, written, key, key, NameShape.ONE_WORD, null, w[0], null, false, known);
        boolean common = true;
        for (String x : w) {
            if (!givenNameParts.contains(x) && !connectors.contains(x) && !compoundSecondParts.contains(x)) { common = false; break; }
        }
        String first = w[0];
        if (connectors.contains(w[0]) && w.length > 2) first = w[0] + " " + w[1];
        return new EntityName(EntityType.PERSON, written, key, key, NameShape.FULL, null, first, w[w.length - 1], common, known);
    }

    /** A head noun alone, with or without the article: «التنظيم», «جماعة». */
    private boolean isHead(String[] w) {
        return w.length == 1 && orgHeads.containsKey(bare(w[0]));
    }

    private static String bare(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }

    /** Whether two kinds may describe one entity (equal, in one group, or either unknown). */
    public boolean compatibleKinds(String a, String b) {
        if (a == null || b == null || a.equals(b)) return true;
        String ga = kindGroups.getOrDefault(a, a), gb = kindGroups.getOrDefault(b, b);
        return ga.equals(gb);
    }

    /** The display form of a name: the kunya word in the nominative («أبي حفص الموصلي» → «أبو حفص الموصلي»), the rest as written. */
    public String display(String written) {
        String s = written.strip();
        int sp = s.indexOf(' ');
        if (sp <= 0) return s;
        String nom = nominativeWritten.get(NormalizedText.fold(s.substring(0, sp)));
        return nom == null ? s : nom + s.substring(sp);
    }

    /** A Latin name as a matching key: lower case, no accents, no articles, single spaces; null when empty. */
    public static String latinKey(String latin) {
        if (latin == null || latin.isBlank()) return null;
        String s = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : s.split("[^a-z0-9]+")) {
            if (t.isEmpty() || t.equals("al") || t.equals("el") || t.equals("the")) continue;
            out.add(t);
        }
        return out.isEmpty() ? null : String.join(" ", out);
    }

    static String[] words(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            sb.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? new String[0] : s.split(" +");
    }
}
