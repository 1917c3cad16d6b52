package org.isnad.export.graph;

/**
 * A stored document (its text is read on demand, see {@link Subgraph#text(long)}).
 *
 * @param id          the document's own id (file stem, message id)
 * @param contentHash SHA-256 (hex) of its text: what identifies it across stores
 * @param published   ISO 8601 prefix or null
 * @param source      outlet, channel or path
 * @param ingestedAt  UTC instant it was stored
 */
public record ExportDocument(long doc, String id, String contentHash, String title, String published, String source, String url,
                             String input, String language, String ingestedAt) {
    /**
     * The outlet or channel it came from, or null when its source is only where the file was read
     * (a path or a URL): a path is no author and no publisher.
     */
    public String outlet() {
        if (source == null || source.isBlank()) return null;
        String s = source.strip();
        return s.contains("/") || s.contains("\\") ? null : s;
    }

    /** The document's date: publication, else the day it was stored. */
    public String date() { return published != null ? published : ingestedAt == null ? null : ingestedAt.substring(0, 10); }
}
