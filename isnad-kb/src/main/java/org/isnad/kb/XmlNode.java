package org.isnad.kb;

import java.util.ArrayList;
import java.util.List;

/** One element of a small XML subtree (a list entry): its name, its text and its child elements. */
final class XmlNode {
    final String name;
    final StringBuilder text = new StringBuilder();
    final List<XmlNode> children = new ArrayList<>();

    XmlNode(String name) { this.name = name; }

    /** The text with runs of white space (line breaks of the published file) made one space; null when blank. */
    String text() {
        String t = text.toString().replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    XmlNode child(String childName) {
        for (XmlNode c : children) if (c.name.equals(childName)) return c;
        return null;
    }

    String childText(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : c.text();
    }

    List<XmlNode> all(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) if (c.name.equals(childName)) out.add(c);
        return out;
    }

    /** Texts of VALUE children of the named child (NATIONALITY, TITLE): the list's way of writing repeated values. */
    List<String> values(String childName) {
        List<String> out = new ArrayList<>();
        for (XmlNode c : all(childName)) {
            for (XmlNode v : c.all("VALUE")) if (v.text() != null) out.add(v.text());
        }
        return out;
    }
}
