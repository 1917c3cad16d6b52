package org.isnad.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.core.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved news pages: the article text (see {@link MainText}), its title, publication date,
 * address and outlet. The encoding is the one the page declares, else the one
 * {@link TextDecoder} detects (old Arabic pages in windows-1256 or ISO-8859-6 often declare none).
 *
 * <p>The document text is the title, a blank line, then the article's paragraphs one a line, the
 * layout of plain-text articles; the title line is left out when the body already starts with it.
 */
final class HtmlPages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LATIN_CHARSETS = Set.of("US-ASCII", "ISO-8859-1", "windows-1252");
    /** Dates in addresses: /2020/08/24/, /2020-06-03-, 20200603 is left alone (ids look like it). */
    private static final Pattern URL_DATE = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})[/-]([01]?[0-9])[/-]([0-3]?[0-9])(?![0-9])");

    /** Metadata names that carry the publication date, most trusted first. */
    private static final List<String> DATE_META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
            "publication-date", "published_time", "published-date", "dc.date.issued", "dcterms.issued",
            "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "dc:date", "dc:created",
            "dcterms:created", "dcterms:date", "sailthru.date", "parsely-pub-date", "article.published",
            "originalpublicationdate", "date", "created");

    private final MainText mainText;

    private HtmlPages(MainText mainText) { this.mainText = mainText; }

    static HtmlPages load() { return new HtmlPages(MainText.load()); }

    /** What a page says about itself, before its text is taken. */
    record Page(String title, String published, String url, String site, List<String> paragraphs, String warning) {}

    Document document(Page page, String id, String path, String defaultPublished) throws ReadError {
        String body = String.join("\n", page.paragraphs());
        if (body.isBlank()) throw new ReadError("no article text found in the page");
        String text = page.title() == null || body.startsWith(page.title()) ? body : page.title() + "\n\n" + body;
        String published = page.published() != null ? page.published() : defaultPublished;
        String source = page.site() != null ? page.site() : path;
        return new Document(id, text, page.title(), published, source, page.url());
    }

    /** Parses a page into its metadata and article paragraphs. */
    Page parse(byte[] bytes) throws ReadError {
        TextDecoder.Decoded decoded = decode(bytes);
        org.jsoup.nodes.Document dom = Jsoup.parse(decoded.text());
        List<JsonNode> linkedData = linkedData(dom);
        String site = firstNonBlank(meta(dom, "og:site_name"), jsonText(linkedData, "publisher", "name"),
                meta(dom, "application-name"));
        String title = title(dom, linkedData, site);
        String url = firstNonBlank(attr(dom, "link[rel=canonical]", "abs:href"), meta(dom, "og:url"),
                jsonText(linkedData, "url"));
        url = url == null ? null : url.strip();
        String published = published(dom, linkedData, url);
        List<String> paragraphs = mainText.paragraphs(dom, title);
        if (String.join("", paragraphs).length() < 200) {
            // pages built by scripts may hold the article only in their structured data
            String articleBody = jsonText(linkedData, "articleBody");
            if (articleBody != null && articleBody.length() > String.join("", paragraphs).length())
                paragraphs = articleBody.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
        return new Page(title, published, url, site, paragraphs, decoded.warning());
    }

    // ---- encoding

    static TextDecoder.Decoded decode(byte[] bytes) throws ReadError {
        if (bytes.length == 0) throw new ReadError("empty file");
        boolean mark = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE);
        String declared = mark ? null : declaredCharset(bytes);
        if (declared == null) return TextDecoder.decode(bytes);
        Charset charset;
        try {
            charset = Charset.forName(declared);
        } catch (IllegalArgumentException unknown) {
            return TextDecoder.decode(bytes);
        }
        if (charset.equals(StandardCharsets.UTF_8)) return TextDecoder.decode(bytes);
        if (LATIN_CHARSETS.contains(charset.name())) {
            // a Western label on an Arabic page is a mistake the page got away with: UTF-8 bytes win
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) return new TextDecoder.Decoded(utf8, "UTF-8", null);
        }
        String text = new String(bytes, charset);
        if (text.isBlank()) throw new ReadError("empty file (only white space)");
        return new TextDecoder.Decoded(text, charset.name(), null);
    }

    /** The charset a page declares in its first 4 KB ({@code <meta charset>}, http-equiv, XML prolog). */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) return m.group(1);
        m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // ---- title

    private static String title(org.jsoup.nodes.Document dom, List<JsonNode> linkedData, String site) {
        String t = firstNonBlank(meta(dom, "og:title"), meta(dom, "twitter:title"), jsonText(linkedData, "headline"),
                dom.title(), text(dom.selectFirst("h1")));
        if (t == null) return null;
        t = t.replaceAll("\\s+", " ").strip();
        return withoutSiteName(t, site);
    }

    /** "Headline - Outlet" and "Headline | Outlet" lose the outlet's name. */
    private static String withoutSiteName(String title, String site) {
        for (String sep : new String[]{" - ", " | ", " – ", " — ", " :: "}) {
            int at = title.lastIndexOf(sep);
            if (at <= 0) continue;
            String tail = title.substring(at + sep.length()).strip();
            if (site != null && tail.equalsIgnoreCase(site.strip())) return title.substring(0, at).strip();
        }
        return title;
    }

    // ---- publication date

    private static String published(org.jsoup.nodes.Document dom, List<JsonNode> linkedData, String url) {
        List<IsoDates.Stamp> found = new ArrayList<>();
        for (JsonNode n : articles(linkedData)) add(found, n.path("datePublished").asText(null));
        for (String name : DATE_META) {
            for (Element m : dom.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]"))
                add(found, m.attr("content"));
        }
        for (Element e : dom.select("[itemprop=datePublished], [property=dc:date], [property=dc:created], "
                + "[property=dcterms:created], [property=dcterms:date], [property=article:published_time]")) {
            add(found, firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
        }
        for (Element t : dom.select("time[pubdate], time[datetime].published, article time[datetime], time[datetime]"))
            add(found, firstNonBlank(t.attr("datetime"), t.attr("pubdate")));
        for (JsonNode n : articles(linkedData)) add(found, n.path("dateCreated").asText(null));
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) add(found, m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)));
        }
        if (found.isEmpty()) return null;
        IsoDates.Stamp first = found.get(0);
        if (first.utc()) {
            // a time written in UTC may fall on the day before the outlet's own: when the page also
            // gives the same moment with the outlet's offset, that one names the local day
            for (IsoDates.Stamp other : found) {
                if (other.instant() != null && !other.utc()
                        && Math.abs(other.instant().toEpochSecond() - first.instant().toEpochSecond()) <= 120)
                    return other.day();
            }
        }
        return first.day();
    }

    private static String pad(String n) { return n.length() == 1 ? "0" + n : n; }

    private static void add(List<IsoDates.Stamp> found, String written) {
        IsoDates.Stamp s = IsoDates.parse(written);
        if (s != null && s.day().length() == 10) found.add(s);
    }

    // ---- JSON-LD

    private static List<JsonNode> linkedData(org.jsoup.nodes.Document dom) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : dom.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data().strip()), out, 0);
            } catch (Exception malformed) {
                // many sites ship broken JSON-LD; the page has other metadata
            }
        }
        return out;
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) return;
        if (n.isArray()) for (JsonNode x : n) flatten(x, out, depth + 1);
        else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) flatten(n.get("@graph"), out, depth + 1);
        }
    }

    /** Linked-data objects that describe an article (NewsArticle, ReportageNewsArticle, BlogPosting…). */
    private static List<JsonNode> articles(List<JsonNode> linkedData) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : linkedData) {
            String type = n.path("@type").toString().toLowerCase(Locale.ROOT);
            if (type.contains("article") || type.contains("posting") || type.contains("report")) out.add(n);
        }
        return out;
    }

    private static String jsonText(List<JsonNode> linkedData, String... path) {
        for (JsonNode n : articles(linkedData)) {
            JsonNode v = n;
            for (String p : path) v = v.path(p);
            if (v.isTextual() && !v.asText().isBlank()) return v.asText();
        }
        return null;
    }

    // ---- small helpers

    private static String meta(org.jsoup.nodes.Document dom, String name) {
        Element m = dom.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return m == null ? null : m.attr("content");
    }

    private static String attr(org.jsoup.nodes.Document dom, String css, String attribute) {
        Element e = dom.selectFirst(css);
        return e == null ? null : e.attr(attribute);
    }

    private static String text(Element e) { return e == null ? null : e.text(); }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
