package org.isnad.export.net;

import org.isnad.export.graph.ExportDocument;
import org.isnad.export.graph.Subgraph;
import org.isnad.export.map.Classifier;
import org.isnad.export.map.EventMap;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes the network (see {@link Network}) as GEXF 1.3, {@code mode="dynamic"} with
 * {@code timeformat="date"} and {@code timerepresentation="interval"}: each node and edge
 * carries its interval as {@code start}/{@code end}, or {@code <spells>} when an event's sources
 * give several dates, so Gephi's timeline plays the network's history. Attributes are declared
 * with their types; edges carry the number of statements as their weight.
 */
public final class GexfWriter {
    private static final String NS = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final Classifier classifier;
    private final EventMap events;

    public GexfWriter(Classifier classifier, EventMap events) {
        this.classifier = classifier;
        this.events = events;
    }

    public static GexfWriter load() { return new GexfWriter(Classifier.load(), EventMap.load()); }

    public void write(Subgraph g, OutputStream out) throws IOException {
        Network net = Network.of(g, classifier.classify(g), events);
        try {
            XMLStreamWriter w = Xml.open(out);
            w.setDefaultNamespace(NS);
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            w.writeAttribute("version", "1.3");
            w.writeCharacters("\n");
            w.writeStartElement("meta");
            String last = lastStored(g);
            if (last != null) w.writeAttribute("lastmodifieddate", last);
            element(w, "creator", "Isnad");
            element(w, "description", "Isnad knowledge graph: entities and events as nodes; relations and event participation as edges"
                    + (g.center() != null ? "; around " + g.center().name() + " to depth " + g.selection().depth() : "")
                    + (g.selection().timed() ? "; facts overlapping " + nz(g.selection().from()) + " to " + nz(g.selection().until()) : ""));
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", "dynamic");
            w.writeAttribute("timeformat", "date");
            w.writeAttribute("timerepresentation", "interval");
            w.writeCharacters("\n");
            attributes(w, "node", Network.NODE_ATTRIBUTES);
            attributes(w, "edge", Network.EDGE_ATTRIBUTES);
            w.writeStartElement("nodes");
            w.writeCharacters("\n");
            for (Network.Node n : net.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", n.id());
                w.writeAttribute("label", attr(n.label()));
                when(w, n.intervals());
                values(w, n.values());
                spells(w, n.intervals());
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeStartElement("edges");
            w.writeCharacters("\n");
            for (Network.Edge e : net.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", e.id());
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                w.writeAttribute("label", attr(e.label()));
                w.writeAttribute("weight", Double.toString(e.weight()));
                when(w, e.intervals());
                values(w, e.values());
                spells(w, e.intervals());
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static String nz(String s) { return s == null ? "…" : s; }

    /** The latest storage day of the documents exported: deterministic, unlike the clock. */
    private static String lastStored(Subgraph g) {
        String max = null;
        for (ExportDocument d : g.documents())
            if (d.ingestedAt() != null && (max == null || d.ingestedAt().compareTo(max) > 0)) max = d.ingestedAt();
        return max == null ? null : max.substring(0, 10);
    }

    private static void attributes(XMLStreamWriter w, String on, List<Network.Attribute> attrs) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", on);
        w.writeAttribute("mode", "static");
        w.writeCharacters("\n");
        for (Network.Attribute a : attrs) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", a.id());
            w.writeAttribute("title", a.name());
            w.writeAttribute("type", a.type().gexf);
            w.writeCharacters("\n");
        }
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    /** One interval as start/end attributes (open ends left out); several go to spells instead. */
    private static void when(XMLStreamWriter w, List<Network.Interval> intervals) throws XMLStreamException {
        if (intervals.size() != 1) return;
        Network.Interval i = intervals.get(0);
        if (i.start() != null) w.writeAttribute("start", i.start().toString());
        if (i.end() != null) w.writeAttribute("end", i.end().toString());
    }

    private static void spells(XMLStreamWriter w, List<Network.Interval> intervals) throws XMLStreamException {
        if (intervals.size() < 2) return;
        w.writeStartElement("spells");
        for (Network.Interval i : intervals) {
            w.writeEmptyElement("spell");
            if (i.start() != null) w.writeAttribute("start", i.start().toString());
            if (i.end() != null) w.writeAttribute("end", i.end().toString());
        }
        w.writeEndElement();
    }

    private static void values(XMLStreamWriter w, Map<String, Object> values) throws XMLStreamException {
        boolean open = false;
        for (Map.Entry<String, Object> v : values.entrySet()) {
            if (v.getValue() == null || v.getValue().toString().isEmpty()) continue;
            if (!open) {
                w.writeStartElement("attvalues");
                open = true;
            }
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", v.getKey());
            w.writeAttribute("value", attr(v.getValue().toString()));
        }
        if (open) w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(Xml.clean(text));
        w.writeEndElement();
    }

    /** Attribute values: XML parsers turn line breaks in attributes into spaces, so they are written as spaces. */
    private static String attr(String s) {
        return Xml.clean(s).replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }
}
