package org.isnad.ingest.read;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article text of a news page, one paragraph a line, without menus, footers, share buttons,
 * advertising or "read also" blocks.
 *
 * <p>The page is cut into paragraphs (the inline text between block elements and line breaks).
 * Each paragraph of some length votes for the element that holds it, and with less weight for
 * that element's parent and grandparent; the vote grows with its length and its commas (running
 * prose has them, link lists and menus do not) and shrinks with the share of its text inside
 * links. The element with the most votes holds the article; its paragraphs, and those of
 * siblings that earned a good share of votes too, are kept, except lines that are mostly links
 * or are furniture headings listed in {@code ingest/boilerplate.tsv}.
 *
 * <p>Immutable once loaded; one instance serves any number of threads.
 */
final class MainText {
    /** A paragraph shorter than this does not vote: bylines, buttons and labels are short. */
    private static final int VOTING_LENGTH = 25;
    /** A line with more than this share of its characters in links is a list of links. */
    private static final double MAX_LINK_SHARE = 0.5;

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption");
    /** Elements whose own text is a paragraph of their container rather than a container. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "li", "dd", "dt",
            "h2", "h3", "h4", "h5", "h6", "caption");
    /** Never article text. */
    private static final String DROPPED_TAGS = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, button, select, input, textarea, nav, aside, footer, menu, dialog, figcaption, label";

    private final Set<String> furnitureClasses;
    private final Set<String> furnitureLines;
    private final List<String> furnitureLeads;

    private MainText(Set<String> furnitureClasses, Set<String> furnitureLines, List<String> furnitureLeads) {
        this.furnitureClasses = furnitureClasses;
        this.furnitureLines = furnitureLines;
        this.furnitureLeads = furnitureLeads;
    }

    static MainText load() {
        Set<String> classes = new HashSet<>(), lines = new HashSet<>();
        List<String> leads = new ArrayList<>();
        for (String[] row : DataFiles.table("ingest/boilerplate.tsv")) {
            if (row.length < 2) continue;
            switch (row[0]) {
                case "class" -> classes.add(row[1].toLowerCase(Locale.ROOT));
                case "line" -> lines.add(fold(row[1]));
                case "lead" -> leads.add(fold(row[1]));
                default -> throw new IllegalStateException("ingest/boilerplate.tsv: unknown kind " + row[0]);
            }
        }
        leads.sort((a, b) -> b.length() - a.length());
        return new MainText(Set.copyOf(classes), Set.copyOf(lines), List.copyOf(leads));
    }

    /** A run of inline text, as found in the page. */
    private record Paragraph(String text, int linkChars, Element owner, boolean heading) {
        double linkShare() { return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length()); }
    }

    /**
     * The article's paragraphs. The page is changed (furniture removed): call this after
     * reading its metadata.
     */
    List<String> paragraphs(org.jsoup.nodes.Document page, String title) {
        Element body = page.body();
        if (body == null) return List.of();
        removeFurniture(body);
        List<Paragraph> all = paragraphsOf(body);
        Map<Element, Double> votes = vote(all);
        Element best = null;
        double bestVote = 0;
        for (Map.Entry<Element, Double> e : votes.entrySet()) {
            double v = e.getValue() * (1 - linkShare(e.getKey()));
            if (v > bestVote) { bestVote = v; best = e.getKey(); }
        }
        Set<Element> kept = new HashSet<>();
        if (best == null) kept.add(body);
        else {
            kept.add(best);
            Element parent = best.parent();
            if (parent != null) {
                for (Element sibling : parent.children()) {
                    if (sibling == best) continue;
                    double v = votes.getOrDefault(sibling, 0.0) * (1 - linkShare(sibling));
                    if (v >= Math.max(3, bestVote * 0.2)) kept.add(sibling);
                }
            }
        }
        String foldedTitle = title == null ? null : fold(title);
        List<Paragraph> chosen = new ArrayList<>();
        for (Paragraph p : all) {
            if (!inside(p.owner(), kept)) continue;
            if (p.linkShare() > MAX_LINK_SHARE || !hasLetterOrDigit(p.text())) continue;
            String folded = fold(p.text());
            if (isFurniture(folded, p)) continue;
            if (p.heading() && folded.equals(foldedTitle)) continue;
            chosen.add(p);
        }
        List<String> out = new ArrayList<>();
        for (Paragraph p : withoutTrailingBoxes(chosen, best)) {
            if (!out.isEmpty() && out.get(out.size() - 1).equals(p.text())) continue;
            out.add(p.text());
        }
        return out;
    }

    /**
     * When the article is a run of paragraphs straight under its container, boxes nested deeper
     * that come after the last of them are notes about the page (comment rules, author boxes,
     * subscription calls), not the article.
     */
    private static List<Paragraph> withoutTrailingBoxes(List<Paragraph> chosen, Element best) {
        if (best == null || chosen.isEmpty()) return chosen;
        int direct = 0, total = 0, lastDirect = -1;
        for (int i = 0; i < chosen.size(); i++) {
            Paragraph p = chosen.get(i);
            total += p.text().length();
            if (p.owner() == best || p.owner().parent() == best) { direct += p.text().length(); lastDirect = i; }
        }
        if (lastDirect < 0 || direct < total * 0.7) return chosen;
        return chosen.subList(0, lastDirect + 1);
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }

    private static boolean inside(Element e, Set<Element> kept) {
        for (Element x = e; x != null; x = x.parent()) if (kept.contains(x)) return true;
        return false;
    }

    private boolean isFurniture(String folded, Paragraph p) {
        String bare = stripPunctuation(folded);
        if (furnitureLines.contains(bare)) return true;
        for (String lead : furnitureLeads) {
            if (!folded.startsWith(lead)) continue;
            String rest = folded.substring(lead.length()).strip();
            if (rest.isEmpty() || rest.charAt(0) == ':' || rest.charAt(0) == '-' || rest.charAt(0) == '|'
                    || rest.charAt(0) == '\u2013' || rest.charAt(0) == '\u00BB' || p.linkChars() > 0) return true;
        }
        return false;
    }

    private static String stripPunctuation(String s) {
        int start = 0, end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    /** Each voting paragraph's weight for its container, half for the parent, a third for the grandparent. */
    private static Map<Element, Double> vote(List<Paragraph> paragraphs) {
        Map<Element, Double> votes = new IdentityHashMap<>();
        for (Paragraph p : paragraphs) {
            if (p.text().length() < VOTING_LENGTH || p.heading()) continue;
            double weight = (1 + commas(p.text()) + Math.min(p.text().length() / 100.0, 3)) * (1 - p.linkShare());
            Element container = PARAGRAPH_TAGS.contains(p.owner().normalName()) && p.owner().parent() != null
                    ? p.owner().parent() : p.owner();
            double share = 1;
            for (int level = 0; level < 3 && container != null; level++, container = container.parent()) {
                votes.merge(container, weight * share, Double::sum);
                share = level == 0 ? 0.5 : 1.0 / 3;
            }
        }
        return votes;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C' || c == '.' && i + 1 < s.length() && s.charAt(i + 1) == ' ') n++;
        }
        return n;
    }

    /** Share of an element's text that sits inside links. */
    private static double linkShare(Element e) {
        String text = e.text();
        if (text.isEmpty()) return 0;
        int linked = 0;
        for (Element a : e.select("a")) linked += a.text().length();
        return Math.min(1.0, (double) linked / text.length());
    }

    /** Cuts the page into paragraphs: text between block elements and line breaks. */
    private static List<Paragraph> paragraphsOf(Element body) {
        List<Paragraph> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            final StringBuilder text = new StringBuilder();
            int linkChars;
            int linkDepth;
            final List<Element> blocks = new ArrayList<>();

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    int before = text.length();
                    appendCollapsed(text, s);
                    if (linkDepth > 0) linkChars += text.length() - before;
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCKS.contains(tag)) { flush(); blocks.add(e); }
                    else if (tag.equals("br")) flush();
                    else if (tag.equals("a")) linkDepth++;
                    else if (tag.equals("img") && text.length() > 0) appendCollapsed(text, " ");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCKS.contains(tag)) { flush(); blocks.remove(blocks.size() - 1); }
                    else if (tag.equals("a")) linkDepth--;
                    else if (tag.equals("td") || tag.equals("th")) appendCollapsed(text, " ");
                }
                if (node == body) flush();
            }

            private void flush() {
                String s = text.toString().strip();
                if (!s.isEmpty() && !blocks.isEmpty()) {
                    Element owner = blocks.get(blocks.size() - 1);
                    String tag = owner.normalName();
                    boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
                    out.add(new Paragraph(s, Math.min(linkChars, s.length()), owner, heading));
                }
                text.setLength(0);
                linkChars = 0;
            }
        }, body);
        return out;
    }

    private static void appendCollapsed(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            } else sb.append(c);
        }
    }

    /** Removes elements that are never article text, and class-named furniture that holds no prose. */
    private void removeFurniture(Element body) {
        body.select(DROPPED_TAGS).remove();
        body.select("[hidden], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]").remove();
        int pageProse = proseLength(body);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("article") || e.normalName().equals("main")) continue;
            if (!namedAsFurniture(e)) continue;
            // a wrapper named "…-share-…" that holds most of the page's prose is the article itself
            if (proseLength(e) * 3 > pageProse && pageProse > 0) continue;
            doomed.add(e);
        }
        for (Element e : doomed) if (e.parent() != null) e.remove();
        for (Element header : body.select("header")) {
            if (proseLength(header) < 200) header.remove();
        }
    }

    private boolean namedAsFurniture(Element e) {
        return hasFurnitureWord(e.className()) || hasFurnitureWord(e.id());
    }

    private boolean hasFurnitureWord(String names) {
        if (names.isEmpty()) return false;
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') {
                if (i > start && furnitureClasses.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) return true;
                start = i + 1;
            }
        }
        return false;
    }

    /** Characters of voting-length paragraphs outside links: a rough measure of running prose. */
    private static int proseLength(Element e) {
        int n = 0;
        for (Element p : e.select("p, div, td, li, blockquote")) {
            int own = 0;
            for (TextNode t : p.textNodes()) own += t.text().strip().length();
            if (own >= VOTING_LENGTH) n += own;
        }
        return n;
    }

    private static String fold(String s) {
        return NormalizedText.fold(s).strip();
    }
}
