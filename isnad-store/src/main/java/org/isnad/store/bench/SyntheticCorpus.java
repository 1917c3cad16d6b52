package org.isnad.store.bench;

import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Extraction;
import org.isnad.core.model.Mention;
import org.isnad.core.pipeline.Pipeline;
import org.isnad.core.resources.DataFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;

/**
 * Articles for benchmarks and crash tests, made by recombining the texts written in this
 * repository: each article takes a template text, keeps its first sentence, shuffles the others,
 * drops a few, and puts the entities of a synthetic world in place of the template's names
 * (people with kunyas, nisbas and given names from the shipped name lists; armed groups and
 * outlets; places from the gazetteer). People belong to groups and articles are about one
 * group, so names recur across documents with shared context, as in a real corpus. Entities
 * are drawn with a Zipf-like skew: a few are everywhere, most are rare. Deterministic for a seed.
 */
public final class SyntheticCorpus {
    private record Slot(int start, int end, String local, boolean shortForm) {}

    private record Template(String text, List<int[]> sentences, Map<String, EntityType> types, List<Slot> slots, String focalOrg) {}

    private record Person(String full, String shortForm) {}

    private final List<Template> templates = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final List<String> outlets = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final int[][] members;

    /**
     * @param pipeline  extracts the templates once, to find the names to replace
     * @param texts     template files (.txt)
     * @param worldSize people in the world (groups: a fiftieth of it)
     * @param seed      the world's seed
     */
    public SyntheticCorpus(Pipeline pipeline, List<Path> texts, int worldSize, long seed) throws IOException {
        for (Path p : texts) templates.add(template(pipeline, Files.readString(p)));
        if (templates.isEmpty()) throw new IllegalArgumentException("no template texts");
        Random r = new Random(seed);
        List<String> given = new ArrayList<>();
        for (String[] row : DataFiles.table("recognize/given-names.tsv")) if (row.length > 2 && row[2].equals("m") && row[3].equals("arabic")) given.add(row[0]);
        List<String> nisbas = new ArrayList<>();
        for (String[] row : DataFiles.table("recognize/places.tsv")) {
            if (row.length < 5 || row[4].equals("1")) continue;
            if (row[2].equals("city") || row[2].equals("town")) places.add(row[0]);
            String n = nisba(row[0]);
            if (n != null && (row[2].equals("city") || row[2].equals("country") || row[2].equals("province"))) nisbas.add(n);
        }
        for (String[] row : DataFiles.table("recognize/organizations.tsv")) {
            if (row.length > 4 && row[4].equals("1")) continue;
            if (row[2].equals("media") || row[2].equals("channel")) outlets.add(row[0]);
        }
        String[] heads = {"جماعة", "حركة", "تنظيم", "كتائب", "جبهة", "لواء"};
        String[] words = {"الفجر", "النصر", "التوحيد", "الجهاد", "الأنصار", "الحق", "الفتح", "الراية", "البيان", "العزة", "الصمود", "الرباط",
                "الهجرة", "الإيمان", "الشهداء", "الخلافة", "السنة", "الأحرار", "الثغور", "الجبال"};
        Set<String> groupNames = new LinkedHashSet<>();
        int groupCount = Math.max(5, worldSize / 50);
        while (groupNames.size() < groupCount) {
            String g = heads[r.nextInt(heads.length)] + " " + (r.nextBoolean() ? "أنصار " : "") + words[r.nextInt(words.length)]
                    + (r.nextInt(3) == 0 ? " " + words[r.nextInt(words.length)] : "");
            groupNames.add(g);
        }
        groups.addAll(groupNames);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < worldSize) {
            String nisba = nisbas.get(r.nextInt(nisbas.size()));
            String full = r.nextInt(10) < 6
                    ? "أبو " + given.get(r.nextInt(given.size())) + " " + nisba
                    : given.get(r.nextInt(given.size())) + " " + given.get(r.nextInt(given.size())) + " " + nisba;
            if (names.add(full)) people.add(new Person(full, nisba));
        }
        // every group has members; people are spread over groups
        members = new int[groups.size()][];
        List<List<Integer>> m = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) m.add(new ArrayList<>());
        for (int p = 0; p < people.size(); p++) m.get(zipf(r, groups.size())).add(p);
        for (int i = 0; i < groups.size(); i++) {
            if (m.get(i).isEmpty()) m.get(i).add(r.nextInt(people.size()));
            members[i] = m.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** «الموصل» → «الموصلي», «سوريا» → «السوري»: the nisba of a one-word place, or null. */
    static String nisba(String place) {
        if (place.contains(" ") || place.length() < 3) return null;
        String s = place.startsWith("ال") ? place.substring(2) : place;
        if (s.endsWith("ة") || s.endsWith("ا") || s.endsWith("ى")) s = s.substring(0, s.length() - 1);
        if (s.length() < 3) return null;
        return "ال" + s + "ي";
    }

    private static Template template(Pipeline pipeline, String text) {
        Extraction x = pipeline.extract(Document.of("template", text));
        Map<String, EntityType> types = new HashMap<>();
        List<Slot> slots = new ArrayList<>();
        String focal = null;
        int focalMentions = 0;
        for (Entity e : x.entities()) {
            types.put(e.id(), e.type());
            if (e.type() == EntityType.ORGANIZATION && "armed_group".equals(e.kind()) && e.mentions().size() > focalMentions) {
                focal = e.id();
                focalMentions = e.mentions().size();
            }
            for (Mention m : e.mentions()) slots.add(new Slot(m.span().start(), m.span().end(), e.id(), m.text().strip().indexOf(' ') < 0));
        }
        slots.sort(Comparator.comparingInt(Slot::start));
        List<Slot> clean = new ArrayList<>();
        int last = -1;
        for (Slot s : slots) if (s.start() >= last) { clean.add(s); last = s.end(); }
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '؟' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                if (i + 1 - start > 1) sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) sentences.add(new int[] {start, text.length()});
        return new Template(text, sentences, types, clean, focal);
    }

    /** {@code n} articles, numbered from 1, deterministic for {@code seed}; lazily made. */
    public Iterator<Document> documents(int n, long seed) {
        return new Iterator<>() {
            private final Random r = new Random(seed);
            private int i;

            @Override
            public boolean hasNext() { return i < n; }

            @Override
            public Document next() {
                if (!hasNext()) throw new NoSuchElementException();
                i++;
                return article(r, i);
            }
        };
    }

    private Document article(Random r, int number) {
        Template t = templates.get(r.nextInt(templates.size()));
        int group = zipf(r, groups.size());
        Map<String, String> full = new HashMap<>(), shortForm = new HashMap<>();
        Set<Integer> usedPeople = new LinkedHashSet<>();
        for (Map.Entry<String, EntityType> e : t.types().entrySet()) {
            String local = e.getKey();
            switch (e.getValue()) {
                case PERSON -> {
                    int[] pool = members[group];
                    int p = pool[zipf(r, pool.length)];
                    if (!usedPeople.add(p)) p = r.nextInt(people.size());
                    full.put(local, people.get(p).full());
                    shortForm.put(local, people.get(p).shortForm());
                }
                case ORGANIZATION -> {
                    String name = local.equals(t.focalOrg()) ? groups.get(group)
                            : r.nextInt(3) == 0 ? groups.get(zipf(r, groups.size())) : outlets.get(zipf(r, outlets.size()));
                    full.put(local, name);
                    shortForm.put(local, name);
                }
                case LOCATION -> {
                    String place = places.get(zipf(r, places.size()));
                    full.put(local, place);
                    shortForm.put(local, place);
                }
            }
        }
        // keep the first sentence (the headline when there is one), shuffle and thin out the rest
        List<int[]> order = new ArrayList<>(t.sentences().subList(1, t.sentences().size()));
        java.util.Collections.shuffle(order, r);
        StringBuilder sb = new StringBuilder();
        List<int[]> chosen = new ArrayList<>();
        chosen.add(t.sentences().get(0));
        for (int[] s : order) if (r.nextInt(10) < 8) chosen.add(s);
        for (int k = 0; k < chosen.size(); k++) {
            int[] s = chosen.get(k);
            sb.append(fill(t, s[0], s[1], full, shortForm).strip());
            sb.append(k == 0 ? "\n\n" : k % 3 == 0 ? "\n" : " ");
        }
        int year = 2014 + r.nextInt(11), month = 1 + r.nextInt(12), day = 1 + r.nextInt(28);
        String published = String.format("%04d-%02d-%02d", year, month, day);
        String outlet = outlets.get(zipf(r, outlets.size()));
        String text = sb.toString().strip();
        int nl = text.indexOf('\n');
        String title = nl > 0 ? text.substring(0, nl) : null;
        return new Document(String.format("bench-%06d", number), text, title, published, outlet);
    }

    private static String fill(Template t, int start, int end, Map<String, String> full, Map<String, String> shortForm) {
        StringBuilder sb = new StringBuilder();
        int at = start;
        for (Slot s : t.slots()) {
            if (s.start() < start || s.end() > end) continue;
            sb.append(t.text(), at, s.start());
            sb.append(s.shortForm() ? shortForm.get(s.local()) : full.get(s.local()));
            at = s.end();
        }
        sb.append(t.text(), at, end);
        return sb.toString();
    }

    /** An index in [0, n) with a Zipf-like skew (rank r drawn with weight about 1/r). */
    static int zipf(Random r, int n) {
        if (n <= 1) return 0;
        double u = r.nextDouble();
        return Math.min(n - 1, (int) Math.floor(Math.exp(u * Math.log(n + 1.0))) - 1);
    }

    public int people() { return people.size(); }

    public int groups() { return groups.size(); }

    public int templates() { return templates.size(); }

    /** Names of the world's people, for query benchmarks. */
    public List<String> personNames() {
        List<String> out = new ArrayList<>();
        for (Person p : people) out.add(p.full());
        return out;
    }
}
