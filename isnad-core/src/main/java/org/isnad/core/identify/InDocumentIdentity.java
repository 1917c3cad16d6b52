package org.isnad.core.identify;

import org.isnad.core.model.EntityType;
import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.recognize.Candidate;
import org.isnad.core.recognize.Lexicons;
import org.isnad.core.resources.DataFiles;
import org.isnad.core.segment.Analysis;
import org.isnad.core.segment.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which names of one document are the same entity: aliases the text states (المعروف بـ،
 * الملقب بـ، واسمه الحقيقي، parentheses, "X/ Y"), the same name written with or without its head
 * noun or clitics, short forms of a longer name (البابلي → أبو زيد البابلي), and definite head
 * nouns used alone (الهيئة → هيئة تحرير الشام). People who share only a nisba stay apart: a short
 * form goes to the nearest full name before it.
 */
public final class InDocumentIdentity {
    private final Lexicons lex;
    private final Set<String> aliasCues = new HashSet<>();

    public InDocumentIdentity(Lexicons lexicons) {
        this.lex = lexicons;
        for (String line : DataFiles.lines("identify/alias-cues.txt")) aliasCues.add(NormalizedText.squash(NormalizedText.fold(line)));
    }

    public DocumentEntities identify(Analysis a, List<Candidate> names) {
        List<Candidate> cands = new ArrayList<>(names);
        addParentheticalAliases(a, cands);
        cands.sort(Comparator.comparingInt(Candidate::start));
        int n = cands.size();
        String[] display = new String[n];
        String[] key = new String[n];
        for (int i = 0; i < n; i++) {
            display[i] = displayName(a, cands.get(i));
            key[i] = NormalizedText.fold(display[i]);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        EntityType[] type = new EntityType[n];
        for (int i = 0; i < n; i++) type[i] = cands.get(i).type();

        // 1. aliases the text states between two adjacent names: the second takes the first's type
        for (int i = 0; i + 1 < n; i++) {
            Candidate c1 = cands.get(i), c2 = cands.get(i + 1);
            if (a.token(c1.first()).sentence() != a.token(c2.first()).sentence()) continue;
            if (c1.type() != EntityType.PERSON && c1.type() != EntityType.ORGANIZATION) continue;
            String between = NormalizedText.squash(a.normalized().text().substring(c1.end(), c2.start()));
            if (between.startsWith("،") || between.startsWith(",")) continue;
            if (aliasCues.contains(between)) {
                type[i + 1] = type[i];
                union(parent, i, i + 1);
            }
        }
        // 2. same name, or the same name without its head noun
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String k : keys(cands.get(i), key[i])) {
                Integer prev = byKey.get(type[i] + "|" + k);
                if (prev != null) union(parent, prev, i);
                else byKey.put(type[i] + "|" + k, i);
            }
        }
        // 3. a person's short form goes to the nearest longer name it ends or begins (kunya) with
        for (int i = 0; i < n; i++) {
            if (type[i] != EntityType.PERSON) continue;
            String[] words = key[i].split(" ");
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                if (j == i || type[j] != EntityType.PERSON) continue;
                String[] longer = key[j].split(" ");
                if (longer.length <= words.length) continue;
                if (!isSuffix(words, longer) && !isKunyaPrefix(words, longer) && !sameFirstAndLast(words, longer)) continue;
                int distance = cands.get(i).start() > cands.get(j).start()
                        ? cands.get(i).start() - cands.get(j).start()
                        : 1_000_000 + cands.get(j).start() - cands.get(i).start(); // prefer names before
                if (distance < bestDistance) { bestDistance = distance; best = j; }
            }
            if (best >= 0) union(parent, best, i);
        }
        // 3b. an organization's name cut short (ديوان الإعلام → ديوان الإعلام المركزي) goes to the nearest longer one
        for (int i = 0; i < n; i++) {
            if (type[i] != EntityType.ORGANIZATION) continue;
            String[] words = key[i].split(" ");
            if (words.length < 2 || lex.orgHead(words[0].startsWith("ال") ? words[0].substring(2) : words[0]) == null) continue;
            int best = -1;
            for (int j = 0; j < n; j++) {
                if (j == i || type[j] != EntityType.ORGANIZATION) continue;
                String[] longer = key[j].split(" ");
                if (longer.length <= words.length) continue;
                boolean prefix = true;
                for (int k = 0; k < words.length && prefix; k++) prefix = words[k].equals(longer[k]);
                if (prefix && (best < 0 || Math.abs(cands.get(j).start() - cands.get(i).start()) < Math.abs(cands.get(best).start() - cands.get(i).start()))) best = j;
            }
            if (best >= 0) union(parent, best, i);
        }
        List<Candidate> all = new ArrayList<>(cands);
        List<String> allDisplay = new ArrayList<>(List.of(display));
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < n; i++) owner.add(find(parent, i));
        List<EntityType> allTypes = new ArrayList<>(List.of(type));
        // 4. short forms and definite heads that no rule recognized as names
        addShortForms(a, all, allDisplay, owner, allTypes);
        // 5. a person described, never named ("المسؤول الداعشي المطرود" … "المسؤول المطرود")
        addDescriptors(a, all, allDisplay, owner, allTypes);
        // 6. people named inside an organization's name (قناة "فضح عباد البغدادي والهاشمي")
        addNestedNames(a, all, allDisplay, owner, allTypes);

        return assemble(all, allDisplay, owner, allTypes);
    }

    // ---------------------------------------------------------------- keys

    private List<String> keys(Candidate c, String key) {
        List<String> out = new ArrayList<>(2);
        out.add(key);
        if (c.type() == EntityType.ORGANIZATION && c.headTokens() > 0) {
            int sp = key.indexOf(' ');
            if (sp > 0) out.add(key.substring(sp + 1));
        }
        if (c.type() == EntityType.ORGANIZATION && c.headTokens() == 0) {
            // a name given once with its head and once without: تنظيم داعش / داعش
            int sp = key.indexOf(' ');
            if (sp > 0) {
                Lexicons.OrgHead h = headOf(key.substring(0, sp));
                if (h != null && h.strip()) out.add(key.substring(sp + 1));
            }
        }
        return out;
    }

    private Lexicons.OrgHead headOf(String word) {
        return lex.orgHead(word);
    }

    private static boolean isSuffix(String[] shorter, String[] longer) {
        int off = longer.length - shorter.length;
        for (int i = 0; i < shorter.length; i++) if (!shorter[i].equals(longer[off + i])) return false;
        return true;
    }

    /** "مهدي المشاط" and "مهدي محمد حسين المشاط": given name and family name agree, the middle names are left out. */
    private boolean sameFirstAndLast(String[] shorter, String[] longer) {
        return shorter.length >= 2 && shorter[0].equals(longer[0]) && shorter[shorter.length - 1].equals(longer[longer.length - 1])
                && !lex.isKunyaWord(shorter[0]);
    }

    private boolean isKunyaPrefix(String[] shorter, String[] longer) {
        if (shorter.length < 2 || !lex.isKunyaWord(shorter[0])) return false;
        for (int i = 0; i < shorter.length; i++) if (!shorter[i].equals(longer[i])) return false;
        return true;
    }

    // ---------------------------------------------------------------- extra mentions

    /** "(الهاشمي)" right after a person's name: another name of that person. */
    private void addParentheticalAliases(Analysis a, List<Candidate> cands) {
        List<Candidate> added = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.type() != EntityType.PERSON && c.type() != EntityType.ORGANIZATION) continue;
            int k = c.last();
            while (k < a.size() && a.token(k).isQuote()) k++;
            if (k >= a.size() || !a.token(k).is('(')) continue;
            int close = -1;
            for (int j = k + 1; j < a.size() && j <= k + 5; j++) if (a.token(j).is(')')) { close = j; break; }
            if (close < 0 || close == k + 1) continue;
            boolean words = true;
            for (int j = k + 1; j < close; j++) if (!a.token(j).isWord() && !a.token(j).isQuote()) words = false;
            if (!words) continue;
            int first = k + 1, last = close;
            while (first < last && a.token(first).isQuote()) first++;
            while (last > first && a.token(last - 1).isQuote()) last--;
            if (first >= last) continue;
            boolean taken = false;
            for (Candidate o : cands) if (o.first() < last && first < o.last()) taken = true;
            if (taken) continue;
            // an everyday word in brackets is a gloss, not a name
            if (last - first == 1 && lex.isStopword(a.token(first).form())) continue;
            added.add(new Candidate(first, last, a.token(first).start(), a.token(last - 1).end(), c.type(), c.kind(), 0.6,
                    "parenthetical-alias", false, 0));
        }
        cands.addAll(added);
    }

    /**
     * Names no rule found but the document already knows: a person's family name or nisba alone
     * (البابلي), a kunya without its nisba, an organization's name without its head (داعش after
     * تنظيم داعش), and a definite head noun alone (الهيئة after هيئة تحرير الشام).
     */
    private void addShortForms(Analysis a, List<Candidate> all, List<String> display, List<Integer> owner, List<EntityType> types) {
        int n = all.size();
        boolean[] covered = new boolean[a.size()];
        for (Candidate c : all) for (int t = c.first(); t < c.last(); t++) covered[t] = true;
        Map<String, List<ShortForm>> byFirstWord = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = all.get(i);
            String[] words = NormalizedText.fold(display.get(i)).split(" ");
            if (words.length < 2) continue;
            List<String[]> forms = new ArrayList<>();
            if (c.type() == EntityType.PERSON) {
                String last = words[words.length - 1];
                // a family name or nisba alone; an everyday word (المشرف) is too ambiguous to stand for the person
                if (last.length() >= 3 && !lex.isGivenName(last) && !lex.isStopword(last) && !lex.isKunyaWord(words[words.length - 2]))
                    forms.add(new String[]{last});
                if (lex.isKunyaWord(words[0]) && words.length > 2) forms.add(new String[]{words[0], words[1]});
                if (words.length > 2 && !lex.isKunyaWord(words[0])) forms.add(java.util.Arrays.copyOfRange(words, words.length - 2, words.length));
            } else if (c.type() == EntityType.ORGANIZATION) {
                Lexicons.OrgHead h = lex.orgHead(words[0]);
                // a one-word remainder must be a name, not an everyday word (ديوان الإعلام ↛ الإعلام)
                if (h != null && h.strip() && (words.length > 2 || !lex.isCommonWord(words[1]) || lex.isKnownName(words[1])))
                    forms.add(java.util.Arrays.copyOfRange(words, 1, words.length));
                // "نادي المنارة السكندري" is also "المنارة": the name without its head and a trailing place adjective
                if (h != null && words.length == 3 && words[2].startsWith("ال") && words[2].endsWith("ي") && !lex.isCommonWord(words[1]))
                    forms.add(new String[]{words[1]});
            }
            for (String[] f : forms) byFirstWord.computeIfAbsent(f[0], x -> new ArrayList<>()).add(new ShortForm(f, i, c.type()));
        }
        for (int t = 0; t < a.size(); t++) {
            Token tok = a.token(t);
            if (!tok.isWord() || covered[t]) continue;
            if (matchShortForm(a, t, tok.form(), tok.start(), false, byFirstWord, covered, all, display, owner, types)) continue;
            boolean done = false;
            for (Token.Stem st : tok.stems()) {
                if (matchShortForm(a, t, st.text(), st.offset(), st.restored(), byFirstWord, covered, all, display, owner, types)) { done = true; break; }
            }
            if (done) continue;
            definiteHead(a, t, tok, n, all, display, owner, types);
        }
    }

    private record ShortForm(String[] words, int candidate, EntityType type) {}

    /**
     * A role word with definite qualifiers that ends in the same participle at least twice
     * ("المسؤول الداعشي المطرود", "المسؤول المطرود") refers to one person the text never names:
     * a descriptor entity, so the facts about him have an argument.
     */
    private void addDescriptors(Analysis a, List<Candidate> all, List<String> display, List<Integer> owner, List<EntityType> types) {
        boolean[] covered = new boolean[a.size()];
        for (Candidate c : all) for (int t = c.first(); t < c.last(); t++) covered[t] = true;
        Map<String, List<int[]>> byLastWord = new java.util.LinkedHashMap<>();
        for (int t = 0; t < a.size(); t++) {
            Token tok = a.token(t);
            if (!tok.isWord() || covered[t] || !tok.form().startsWith("ال") || !lex.isPersonCue(tok.form())) continue;
            int k = t + 1;
            while (k < a.size() && k < t + 4 && !covered[k] && a.token(k).isWord() && a.token(k).form().startsWith("ال")
                    && !lex.isStopword(a.token(k).form()) && a.token(k).sentence() == tok.sentence()) k++;
            if (k == t + 1) continue;
            String last = a.token(k - 1).form();
            // a participle (المطرود، المعتقل، المنشق) marks what happened to the person
            if (!last.startsWith("الم") || last.length() < 6 || lex.isPersonCue(last) || lex.orgHead(last.substring(2)) != null) continue;
            byLastWord.computeIfAbsent(last, x -> new ArrayList<>()).add(new int[]{t, k});
            t = k - 1;
        }
        for (List<int[]> phrases : byLastWord.values()) {
            if (phrases.size() < 2) continue;
            int entity = -1;
            for (int[] ph : phrases) {
                Candidate c = new Candidate(ph[0], ph[1], a.token(ph[0]).start(), a.token(ph[1] - 1).end(), EntityType.PERSON, "descriptor", 0.3, "descriptor", false, 0);
                all.add(c);
                display.add(originalSlice(a, c.start(), c.end()));
                if (entity < 0) entity = all.size() - 1;
                owner.add(entity);
                types.add(EntityType.PERSON);
            }
        }
    }

    /**
     * A person the document knows named inside an organization's quoted name: a nested mention
     * of that person. Nested mentions are kept for the reader, not used to attach facts.
     */
    private void addNestedNames(Analysis a, List<Candidate> all, List<String> display, List<Integer> owner, List<EntityType> types) {
        Map<String, Integer> personByWord = new HashMap<>();
        int n = all.size();
        for (int i = 0; i < n; i++) {
            if (types.get(i) != EntityType.PERSON || all.get(i).rule().equals("descriptor")) continue;
            String key = NormalizedText.fold(display.get(i));
            String[] words = key.split(" ");
            String last = words[words.length - 1];
            personByWord.putIfAbsent(key, i);
            if (words.length > 1 && last.startsWith("ال") && last.endsWith("ي")) personByWord.putIfAbsent(last, i);
        }
        for (int i = 0; i < n; i++) {
            Candidate org = all.get(i);
            if (types.get(i) != EntityType.ORGANIZATION || org.last() - org.first() < 2) continue;
            for (int t = org.first(); t < org.last(); t++) {
                Token tok = a.token(t);
                if (!tok.isWord()) continue;
                String word = tok.form();
                int start = tok.start();
                Integer person = personByWord.get(word);
                if (person == null) for (Token.Stem st : tok.stems()) if ((person = personByWord.get(st.text())) != null) { start = st.offset(); break; }
                if (person == null) continue;
                all.add(new Candidate(t, t + 1, start, tok.end(), EntityType.PERSON, null, 0.2, "nested", false, 0));
                display.add(originalSlice(a, start, tok.end()));
                owner.add(owner.get(person));
                types.add(EntityType.PERSON);
            }
        }
    }

    private boolean matchShortForm(Analysis a, int t, String first, int start, boolean restored, Map<String, List<ShortForm>> byFirstWord,
                                   boolean[] covered, List<Candidate> all, List<String> display, List<Integer> owner, List<EntityType> types) {
        List<ShortForm> options = byFirstWord.get(first);
        if (options == null) return false;
        ShortForm best = null;
        int bestStart = -1;
        for (ShortForm sf : options) {
            int len = sf.words().length;
            if (t + len > a.size()) continue;
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) ok = !covered[t + k] && a.token(t + k).form().equals(sf.words()[k]);
            if (!ok || a.token(t + len - 1).sentence() != a.token(t).sentence()) continue;
            // an everyday word (الغريب، المشرف) stands for the person only where quotes mark it as a name
            if (len == 1 && sf.type() == EntityType.PERSON && lex.isCommonWord(first) && !(first.startsWith("ال") && first.endsWith("ي"))
                    && !quoted(a, t)) continue;
            // the nearest full name before wins: two people may share a nisba
            int s = all.get(sf.candidate()).start();
            if (best == null || (s < a.token(t).start() && (bestStart > a.token(t).start() || s > bestStart)) || (bestStart > a.token(t).start() && s < bestStart)) {
                if (best == null || best.words().length <= len) { best = sf; bestStart = s; }
            }
        }
        if (best == null) return false;
        int last = t + best.words().length;
        Candidate c = new Candidate(t, last, start, a.token(last - 1).end(), best.type(), all.get(best.candidate()).kind(), 0.5, "short-form", restored, 0);
        all.add(c);
        display.add((restored ? "ال" : "") + originalSlice(a, start, a.token(last - 1).end()));
        owner.add(owner.get(best.candidate()));
        types.add(best.type());
        for (int k = t; k < last; k++) covered[k] = true;
        return true;
    }

    private static boolean quoted(Analysis a, int t) {
        return t > 0 && t + 1 < a.size() && a.token(t - 1).isQuote() && a.token(t + 1).isQuote();
    }

    private void definiteHead(Analysis a, int t, Token tok, int n, List<Candidate> all, List<String> display, List<Integer> owner, List<EntityType> types) {
        String head = null;
        int headStart = tok.start();
        boolean restored = false;
        if (tok.form().startsWith("ال") && lex.orgHead(tok.form().substring(2)) != null) head = tok.form().substring(2);
        else for (Token.Stem st : tok.stems()) if (st.text().startsWith("ال") && lex.orgHead(st.text().substring(2)) != null) {
            head = st.text().substring(2); headStart = st.offset(); restored = st.restored(); break;
        }
        if (head == null || lex.orgHead(head).number() != 1) return;
        if (t + 1 < a.size() && a.token(t + 1).isWord() && a.token(t + 1).form().startsWith("ال")) return; // الهيئة العامة…: another name
        int target = -1;
        for (int i = 0; i < n; i++) {
            Candidate c = all.get(i);
            if (c.type() != EntityType.ORGANIZATION || c.start() > tok.start()) continue;
            String[] words = NormalizedText.fold(display.get(i)).split(" ");
            String first = words[0].startsWith("ال") ? words[0].substring(2) : words[0];
            if (first.equals(head) && words.length > 1 && (target < 0 || salience(all, owner, i, tok.start()) >= salience(all, owner, target, tok.start()))) target = i;
        }
        if (target < 0) return;
        all.add(new Candidate(t, t + 1, headStart, tok.end(), EntityType.ORGANIZATION, all.get(target).kind(), 0.4, "head-anaphor", restored, 0));
        display.add((restored ? "ال" : "") + originalSlice(a, headStart, tok.end()));
        owner.add(owner.get(target));
        types.add(EntityType.ORGANIZATION);
    }

    /** How often the entity behind a candidate was named before a position: "النادي" means the article's club, not the last one named. */
    private static int salience(List<Candidate> all, List<Integer> owner, int candidate, int before) {
        int n = 0;
        for (int i = 0; i < all.size(); i++) if (owner.get(i).equals(owner.get(candidate)) && all.get(i).start() < before) n++;
        return n;
    }

    private static int nearestBefore(List<Candidate> all, List<Integer> options, int pos) {
        int best = options.get(0);
        int bestStart = -1;
        for (int i : options) {
            int s = all.get(i).start();
            if (s < pos && s > bestStart) { bestStart = s; best = i; }
        }
        return best;
    }

    // ---------------------------------------------------------------- output

    private DocumentEntities assemble(List<Candidate> all, List<String> display, List<Integer> owner, List<EntityType> types) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> all.get(i).start()));
        for (int i : order) groups.computeIfAbsent(owner.get(i), x -> new ArrayList<>()).add(i);
        List<DocumentEntities.Draft> drafts = new ArrayList<>();
        DocumentEntities.Placed[] placed = new DocumentEntities.Placed[all.size()];
        for (List<Integer> members : groups.values()) {
            int index = drafts.size();
            // the fullest name: most words, then most letters; the anaphors and short forms never name the entity
            String name = null;
            int bestWords = -1;
            String kind = null;
            double kindScore = -1;
            EntityType type = types.get(members.get(0));
            for (int m : members) {
                String d = display.get(m);
                int words = d.split("\\s+").length;
                String rule = all.get(m).rule();
                boolean weak = rule.equals("head-anaphor") || rule.equals("short-form") || rule.equals("nested");
                if (!weak && (words > bestWords || words == bestWords && d.length() > name.length())) { name = d; bestWords = words; }
                Candidate c = all.get(m);
                if (c.kind() != null && c.score() > kindScore) { kind = c.kind(); kindScore = c.score(); }
            }
            if (name == null) name = display.get(members.get(0));
            Map<String, String> aliases = new LinkedHashMap<>();
            String nameKey = NormalizedText.fold(name);
            for (int m : members) {
                addAlias(aliases, nameKey, display.get(m));
                Candidate c = all.get(m);
                String[] words = display.get(m).split("\\s+");
                // "مؤسسة “صدى الجبال”": the name without its generic head is a name the text gives too
                if (c.type() == EntityType.ORGANIZATION && c.headTokens() > 0 && words.length > 1
                        && (words.length > 2 || !lex.isCommonWord(NormalizedText.fold(words[1])) || lex.isKnownName(NormalizedText.fold(words[1])))) {
                    addAlias(aliases, nameKey, String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)));
                }
                if (c.type() == EntityType.PERSON && words.length > 2 && lex.isTitleInName(NormalizedText.fold(words[0]))) {
                    addAlias(aliases, nameKey, String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)));
                }
            }
            List<Integer> mentionIndexes = new ArrayList<>(members);
            drafts.add(new DocumentEntities.Draft(index, type, name, List.copyOf(aliases.values()), kind, mentionIndexes));
            for (int m : members) placed[m] = new DocumentEntities.Placed(all.get(m), index, display.get(m));
        }
        List<DocumentEntities.Placed> mentions = new ArrayList<>(List.of(placed));
        return new DocumentEntities(drafts, mentions);
    }

    private static void addAlias(Map<String, String> aliases, String nameKey, String alias) {
        String k = NormalizedText.fold(alias);
        if (k.equals(nameKey) || k.isBlank()) return;
        aliases.putIfAbsent(k, alias);
    }

    /** The name as the text writes it: the words of the span (quotes and punctuation dropped), article restored after لل. */
    static String displayName(Analysis a, Candidate c) {
        StringBuilder sb = new StringBuilder();
        if (c.restored()) sb.append("ال");
        for (int t = c.first(); t < c.last(); t++) {
            Token tok = a.token(t);
            if (!tok.isWord() && tok.kind() != org.isnad.core.segment.TokenKind.NUMBER && tok.kind() != org.isnad.core.segment.TokenKind.LATIN) continue;
            int s = Math.max(tok.start(), c.start());
            int e = Math.min(tok.end(), c.end());
            if (s >= e) continue;
            if (sb.length() > (c.restored() && sb.length() == 2 ? 2 : 0)) sb.append(' ');
            sb.append(originalSlice(a, s, e));
        }
        return sb.toString().strip();
    }

    private static String originalSlice(Analysis a, int start, int end) {
        String s = a.normalized().originalSlice(start, end);
        // drop tatweel and bidi controls that sit inside the name in the original
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\u0640' || (ch >= '\u200B' && ch <= '\u200F') || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069')) continue;
            sb.append(ch);
        }
        return sb.toString();
    }


    private static int find(int[] p, int i) {
        while (p[i] != i) { p[i] = p[p[i]]; i = p[i]; }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra == rb) return;
        if (ra < rb) p[rb] = ra; else p[ra] = rb;
    }

}
