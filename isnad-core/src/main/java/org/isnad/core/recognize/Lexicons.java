package org.isnad.core.recognize;

import org.isnad.core.model.EntityType;
import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every word list the name recognizer reads, loaded once from {@code recognize/*} and folded.
 * Immutable and shared by all threads. Gazetteer files that a deployment may leave out are optional.
 */
public final class Lexicons {
    public record OrgHead(String kind, int number, boolean strip, String latin) {}

    public record PersonCue(int strength, boolean inName) {}

    final Map<String, OrgHead> orgHeads = new HashMap<>();
    final Map<String, String> locationCues = new HashMap<>();
    final Set<String> locationCuesInName = new HashSet<>();
    final Map<String, PersonCue> personCues = new HashMap<>();
    final Map<String, String> kunyaWords = new HashMap<>();
    final Set<String> connectors = new HashSet<>();
    final Set<String> stopwords = new HashSet<>();
    final Set<String> trailingDescriptors = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    final Map<String, Integer> commonWords = new HashMap<>();
    final Set<String> adjectives = new HashSet<>();
    /** Adjectives that are also family names (المصري، السوري): a name may continue with them, not start. */
    final Set<String> adjectivesAlsoNames = new HashSet<>();
    final Set<String> genericAfterHead = new HashSet<>();
    final Set<String> compoundParts = new HashSet<>();
    final Set<String> definiteHeadModifiers = new HashSet<>();
    /** Nationality adjectives: "الصربي دراغان ميليتيتش" announces a (foreign) person's name. */
    final Set<String> nationalities = new HashSet<>();
    final PhraseTrie<KnownName> known = new PhraseTrie<>();
    final Map<String, KnownName> latinOfKnown = new HashMap<>();

    public Lexicons() {
        for (String[] r : DataFiles.table("recognize/org-heads.tsv"))
            orgHeads.put(fold(r[0]), new OrgHead(r[1], Integer.parseInt(r[2]), r.length > 3 && r[3].equals("1"), r.length > 4 && !r[4].isEmpty() ? r[4] : null));
        for (String[] r : DataFiles.table("recognize/location-cues.tsv")) {
            locationCues.put(fold(r[0]), r[1]);
            if (r.length > 2 && r[2].equals("1")) locationCuesInName.add(fold(r[0]));
        }
        for (String[] r : DataFiles.table("recognize/person-cues.tsv"))
            personCues.put(fold(r[0]), new PersonCue(Integer.parseInt(r[1]), r.length > 2 && r[2].equals("1")));
        for (String[] r : DataFiles.table("recognize/kunya.tsv")) kunyaWords.put(fold(r[0]), r[1]);
        for (String[] r : DataFiles.table("recognize/name-connectors.tsv")) connectors.add(fold(r[0]));
        for (String w : DataFiles.lines("recognize/stopwords.txt")) stopwords.add(fold(w.strip()));
        for (String w : DataFiles.lines("recognize/trailing-descriptors.txt")) trailingDescriptors.add(fold(w.strip()));
        if (DataFiles.exists("recognize/given-names.tsv"))
            for (String[] r : DataFiles.table("recognize/given-names.tsv")) givenNames.add(fold(r[0]));
        if (DataFiles.exists("recognize/common-words.txt"))
            for (String[] r : DataFiles.table("recognize/common-words.txt"))
                commonWords.put(fold(r[0]), r.length > 1 && !r[1].isEmpty() ? Integer.parseInt(r[1]) : 1);
        if (DataFiles.exists("recognize/nisba-exclusions.txt"))
            for (String[] r : DataFiles.table("recognize/nisba-exclusions.txt")) {
                String w = fold(r[0]);
                if (r.length > 2 && r[2].equals("1")) adjectivesAlsoNames.add(w); else adjectives.add(w);
                if (r.length > 1 && r[1].equals("nationality_or_group")) nationalities.add(w);
            }
        for (String w : DataFiles.lines("recognize/generic-after-head.txt")) genericAfterHead.add(fold(w.strip()));
        for (String w : DataFiles.lines("recognize/compound-name-parts.txt")) compoundParts.add(fold(w.strip()));
        for (String w : DataFiles.lines("recognize/definite-head-modifiers.txt")) definiteHeadModifiers.add(fold(w.strip()));
        loadKnown("recognize/places.tsv", EntityType.LOCATION, 0, 1, 2, 4);
        loadKnown("recognize/organizations.tsv", EntityType.ORGANIZATION, 0, 1, 2, 4);
        loadKnown("recognize/persons.tsv", EntityType.PERSON, 0, 1, -1, 3);
    }

    private void loadKnown(String file, EntityType type, int arabicCol, int latinCol, int kindCol, int ambiguousCol) {
        if (!DataFiles.exists(file)) return;
        for (String[] r : DataFiles.table(file)) {
            String arabic = fold(r[arabicCol]);
            if (arabic.isEmpty()) continue;
            String kind = kindCol >= 0 && kindCol < r.length ? r[kindCol] : null;
            boolean ambiguous = ambiguousCol < r.length && r[ambiguousCol].equals("1");
            String latin = latinCol < r.length ? r[latinCol] : null;
            String country = type != EntityType.PERSON && r.length > 3 && r[3].length() == 2 ? r[3] : null;
            KnownName entry = new KnownName(r[arabicCol], latin, type, kind == null || kind.isEmpty() ? null : kind, ambiguous, country);
            known.put(arabic, entry);
            if (latin != null && !latin.isEmpty()) latinOfKnown.putIfAbsent(arabic + "|" + type, entry);
            if (type == EntityType.PERSON && r.length > 2 && !r[2].isEmpty()) {
                for (String alt : r[2].split("\\|")) {
                    String f = fold(alt);
                    if (f.isEmpty() || f.indexOf(' ') < 0) continue; // one-word short forms are too ambiguous to find on their own
                    known.put(f, new KnownName(alt, latin, type, null, false, null));
                }
            }
        }
    }

    static String fold(String s) { return NormalizedText.fold(s).strip(); }

    public boolean isStopword(String folded) { return stopwords.contains(folded); }

    public boolean isGivenName(String folded) { return givenNames.contains(folded); }

    /** A word of everyday vocabulary (frequent in news and not a name): it cannot carry a name on its own. */
    public boolean isCommonWord(String folded) { return commonWords.getOrDefault(folded, 0) >= EVERYDAY_FREQUENCY; }

    /** How often the word occurs in the news corpus the common-word list was counted on (0 when not listed). */
    public int frequency(String folded) { return commonWords.getOrDefault(folded, 0); }

    /**
     * Below this corpus count a listed word is as likely a family name or a rare term as an
     * everyday word (البنا، هامل), so it may carry a name.
     */
    static final int EVERYDAY_FREQUENCY = 50;

    public boolean hasCommonWords() { return !commonWords.isEmpty(); }

    /** The conventional Latin name of a known place, organization or person of that type, or null. */
    public String latinOf(String folded, EntityType type) {
        KnownName k = latinOfKnown.get(folded + "|" + type);
        return k == null ? null : k.latin();
    }

    /** The head noun entry for a folded word (مؤسسه، حركه…), or null. */
    public OrgHead orgHead(String folded) { return orgHeads.get(folded); }

    /** The gazetteer entry of a place by its folded name, or null. */
    public KnownName place(String folded) {
        KnownName k = latinOfKnown.get(folded + "|" + EntityType.LOCATION);
        if (k == null) k = known.get(folded);
        return k != null && k.type() == EntityType.LOCATION ? k : null;
    }

    /** Whether a gazetteer knows the folded phrase as a place, organization or person. */
    public boolean isKnownName(String folded) { return known.get(folded) != null; }

    /** A title or role word that announces a person (القيادي، المسؤول، المدرب). */
    public boolean isPersonCue(String folded) { return personCues.containsKey(folded); }

    public boolean isKunyaWord(String folded) { return kunyaWords.containsKey(folded); }

    /** A title the press writes as part of the name (حجي، الحاج، الملا). */
    public boolean isTitleInName(String folded) {
        PersonCue c = personCues.get(folded);
        return c != null && c.inName();
    }
}
