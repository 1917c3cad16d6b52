package org.isnad.ingest.read;

import org.isnad.core.model.Document;

/**
 * One input's outcome: a document (maybe with a warning), or the one-line reason it could not be
 * read. Readers return these instead of throwing, so one bad file or record never stops a batch.
 *
 * @param input    what was read: a path, "-" for standard input, "path:line" for a JSON Lines
 *                 record, "path#id" for a message of a Telegram export
 * @param document the document, or null when {@code error} is set
 * @param error    a one-line reason meant for the user, or null
 * @param warning  a one-line remark about a document that was read anyway (damaged encoding…), or null
 */
public record ReadResult(String input, Document document, String error, String warning) {
    public ReadResult {
        if ((document == null) == (error == null))
            throw new IllegalArgumentException("a read result has either a document or an error");
    }

    public static ReadResult ok(String input, Document document) {
        return new ReadResult(input, document, null, null);
    }

    public static ReadResult ok(String input, Document document, String warning) {
        return new ReadResult(input, document, null, warning);
    }

    public static ReadResult error(String input, String reason) {
        return new ReadResult(input, null, reason, null);
    }

    public boolean isOk() {
        return document != null;
    }
}
