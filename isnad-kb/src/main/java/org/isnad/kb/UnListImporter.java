package org.isnad.kb;

import org.isnad.kb.ListEntry.Kind;
import org.isnad.kb.ListName.Quality;
import org.isnad.kb.ListName.Script;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the UN Security Council consolidated list XML (CONSOLIDATED_LIST with INDIVIDUALS and
 * ENTITIES, as the Council publishes it) in one streaming pass with the JDK's StAX reader: each
 * INDIVIDUAL or ENTITY is read into a small tree and turned into a {@link ListEntry}. Missing
 * fields are left empty; entries without a reference number are skipped and counted.
 */
public final class UnListImporter {
    /** What the user sees as the list's name, by the list's UN_LIST_TYPE. */
    static String listLabel(String unListType) {
        if (unListType == null || unListType.equalsIgnoreCase("Al-Qaida")) return Linker.UN_ISIL_AQ;
        return "UN " + unListType;
    }

    /** The entries read and what the file said about itself. */
    public record Result(List<ListEntry> entries, String generated, int skipped) {
        public long individuals() { return entries.stream().filter(e -> e.kind() == Kind.INDIVIDUAL).count(); }

        public long entities() { return entries.stream().filter(e -> e.kind() == Kind.ENTITY).count(); }
    }

    private UnListImporter() {}

    /** Reads the file; a file that is not the UN list, or is broken, fails with a one-line {@link KbException}. */
    public static Result read(Path xml) {
        try (InputStream in = Files.newInputStream(xml)) {
            return read(in, xml.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new KbException(xml + ": no such file");
        } catch (IOException e) {
            throw new KbException(xml + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static Result read(InputStream in, String label) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // the list is data: no DTDs, no external entities
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        Map<String, ListEntry> entries = new LinkedHashMap<>();
        int skipped = 0;
        String generated = null;
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(in);
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) { /* to the root */ }
            if (!r.isStartElement()) throw new KbException(label + ": empty XML document");
            if (!r.getLocalName().equals("CONSOLIDATED_LIST")) {
                throw new KbException(label + ": not the UN sanctions list (root element <" + r.getLocalName()
                        + ">, expected <CONSOLIDATED_LIST>)");
            }
            generated = r.getAttributeValue(null, "dateGenerated");
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                String name = r.getLocalName();
                if (!name.equals("INDIVIDUAL") && !name.equals("ENTITY")) continue;
                ListEntry e = entry(subtree(r), name.equals("INDIVIDUAL") ? Kind.INDIVIDUAL : Kind.ENTITY);
                if (e == null) skipped++;
                else entries.put(e.ref(), e);
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() != null ? " at line " + e.getLocation().getLineNumber() : "";
            String why = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
            throw new KbException(label + ": broken XML" + where + ": " + why.replaceAll("\\s+", " ").strip());
        } finally {
            if (r != null) try { r.close(); } catch (XMLStreamException ignored) { /* closing a failed reader */ }
        }
        if (entries.isEmpty()) throw new KbException(label + ": no INDIVIDUAL or ENTITY entries with a reference number");
        return new Result(List.copyOf(entries.values()), generated, skipped);
    }

    /** The element the reader stands on, with everything inside it; leaves the reader on its end tag. */
    private static XmlNode subtree(XMLStreamReader r) throws XMLStreamException {
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode root = new XmlNode(r.getLocalName());
        open.push(root);
        while (!open.isEmpty() && r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlNode child = new XmlNode(r.getLocalName());
                    open.peek().children.add(child);
                    open.push(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> open.peek().text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> { /* comments, processing instructions */ }
            }
        }
        return root;
    }

    private static ListEntry entry(XmlNode n, Kind kind) {
        String ref = n.childText("REFERENCE_NUMBER");
        if (ref == null) return null;
        List<String> parts = new ArrayList<>();
        for (String field : new String[] {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
            String p = n.childText(field);
            if (p != null) parts.add(p);
        }
        String name = String.join(" ", parts);
        String original = n.childText("NAME_ORIGINAL_SCRIPT");
        if (name.isEmpty() && original == null) return null;

        Names names = new Names();
        boolean entity = kind == Kind.ENTITY;
        // an entity's listed name may give two names ("AL-ITIHAAD AL-ISLAMIYA / AIAI") and an acronym in brackets
        for (String part : name.split("\\s+/\\s+")) names.addAll(NameSplitter.names(part, entity), Quality.PRIMARY, "name");
        if (original != null) names.addAll(NameSplitter.names(original, entity), Quality.PRIMARY, "original");
        for (XmlNode alias : n.all(entity ? "ENTITY_ALIAS" : "INDIVIDUAL_ALIAS")) {
            String text = alias.childText("ALIAS_NAME");
            Quality q = quality(alias.childText("QUALITY"));
            if (text != null) names.addAll(NameSplitter.names(text, entity), q, "alias");
            boolean latinAlias = text == null || ListName.scriptOf(text) == Script.LATIN;
            names.addAll(NameSplitter.noteNames(alias.childText("NOTE"), latinAlias), q, "note");
        }
        if (name.isEmpty()) name = original;

        List<String> born = new ArrayList<>();
        for (XmlNode dob : n.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            String d = dob.childText("DATE");
            if (d == null) d = dob.childText("YEAR");
            if (d == null && dob.childText("FROM_YEAR") != null) {
                d = dob.childText("FROM_YEAR") + (dob.childText("TO_YEAR") != null ? "/" + dob.childText("TO_YEAR") : "");
            }
            if (d != null && !born.contains(d)) born.add(d);
        }
        String comments = n.childText("COMMENTS1");
        return new ListEntry(ref, kind, listLabel(n.childText("UN_LIST_TYPE")), name, original, names.list,
                n.childText("LISTED_ON"), born, n.values("NATIONALITY"), comments);
    }

    /** The list grades an individual's aliases Good or Low; an entity's are a.k.a./f.k.a. (taken as good). */
    private static Quality quality(String q) {
        return q != null && q.equalsIgnoreCase("Low") ? Quality.LOW : Quality.GOOD;
    }

    /** Names of one entry, each text once (first, most trusted, occurrence wins). */
    private static final class Names {
        final List<ListName> list = new ArrayList<>();
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        void addAll(List<String> texts, Quality q, String origin) {
            for (String t : texts) {
                if (seen.add(t.toLowerCase(java.util.Locale.ROOT))) list.add(new ListName(t, ListName.scriptOf(t), q, origin));
            }
        }
    }
}
