package org.isnad.export.net;

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
 * Writes the network (see {@link Network}) as GraphML: declared, typed keys ({@code attr.type}
 * string, int, double, boolean) for nodes and edges, a directed graph, the times as ISO dates in
 * {@code start}/{@code end} attributes (GraphML has no time model; tools read them as strings).
 */
public final class GraphmlWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final Classifier classifier;
    private final EventMap events;

    public GraphmlWriter(Classifier classifier, EventMap events) {
        this.classifier = classifier;
        this.events = events;
    }

    public static GraphmlWriter load() { return new GraphmlWriter(Classifier.load(), EventMap.load()); }

    public void write(Subgraph g, OutputStream out) throws IOException {
        Network net = Network.of(g, classifier.classify(g), events);
        try {
            XMLStreamWriter w = Xml.open(out);
            w.setDefaultNamespace(NS);
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            w.writeCharacters("\n");
            keys(w, "node", "n_", Network.NODE_ATTRIBUTES);
            key(w, "node", "n_label", "label", "string");
            key(w, "node", "n_start", "start", "string");
            key(w, "node", "n_end", "end", "string");
            keys(w, "edge", "e_", Network.EDGE_ATTRIBUTES);
            key(w, "edge", "e_label", "label", "string");
            key(w, "edge", "e_weight", "weight", "double");
            key(w, "edge", "e_start", "start", "string");
            key(w, "edge", "e_end", "end", "string");
            w.writeStartElement("graph");
            w.writeAttribute("id", "isnad");
            w.writeAttribute("edgedefault", "directed");
            w.writeCharacters("\n");
            for (Network.Node n : net.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", n.id());
                data(w, "n_label", n.label());
                values(w, "n_", n.values());
                times(w, "n_", n.intervals());
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            for (Network.Edge e : net.edges()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", e.id());
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                data(w, "e_label", e.label());
                data(w, "e_weight", Double.toString(e.weight()));
                values(w, "e_", e.values());
                times(w, "e_", e.intervals());
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void keys(XMLStreamWriter w, String on, String prefix, List<Network.Attribute> attrs) throws XMLStreamException {
        for (Network.Attribute a : attrs) key(w, on, prefix + a.id(), a.name(), graphmlType(a.type()));
    }

    private static String graphmlType(Network.Type t) {
        return switch (t) {
            case STRING -> "string";
            case INT -> "int";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
        };
    }

    private static void key(XMLStreamWriter w, String on, String id, String name, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", on);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
        w.writeCharacters("\n");
    }

    private static void values(XMLStreamWriter w, String prefix, Map<String, Object> values) throws XMLStreamException {
        for (Map.Entry<String, Object> v : values.entrySet()) {
            if (v.getValue() == null) continue;
            String s = v.getValue().toString();
            if (s.isEmpty()) continue;
            data(w, prefix + v.getKey(), s);
        }
    }

    /** The span of all intervals: GraphML carries one start and one end. */
    private static void times(XMLStreamWriter w, String prefix, List<Network.Interval> intervals) throws XMLStreamException {
        if (intervals.isEmpty()) return;
        Network.Interval all = Network.union(intervals);
        if (all.start() != null) data(w, prefix + "start", all.start().toString());
        if (all.end() != null) data(w, prefix + "end", all.end().toString());
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(Xml.clean(value));
        w.writeEndElement();
    }
}
