package org.isnad.core.model;

import java.util.Objects;

/**
 * A document as read from its source. {@code text} is exactly the decoded text; every offset
 * anywhere in Isnad points into it (UTF-16 char offsets inside Java, code points in JSON).
 *
 * @param id        stable identifier (file stem, message id, corpus id)
 * @param text      the decoded text, never rewritten
 * @param title     title if the source gives one, else null
 * @param published publication date as an ISO 8601 prefix (2019, 2019-10, 2019-10-27), else null
 * @param source    where it came from: a path, an outlet or a channel name, else null
 * @param url       the address of the original when known, else null
 */
public record Document(String id, String text, String title, String published, String source, String url) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public Document(String id, String text, String title, String published, String source) {
        this(id, text, title, published, source, null);
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null, null, null, null);
    }
}
