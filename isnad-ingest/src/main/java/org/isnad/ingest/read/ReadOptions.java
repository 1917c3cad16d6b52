package org.isnad.ingest.read;

/**
 * How inputs are read.
 *
 * @param maxBytes  largest single document accepted: a whole file for text, HTML, PDF and Word
 *                  files, one record for JSON Lines and one message for Telegram exports (those
 *                  container files may be any size, they are streamed)
 * @param published publication date (ISO 8601 prefix) given to documents whose input names none,
 *                  or null
 */
public record ReadOptions(long maxBytes, String published) {
    public ReadOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
    }

    public static ReadOptions defaults() {
        return new ReadOptions(TextFiles.DEFAULT_MAX_BYTES, null);
    }

    public ReadOptions withPublished(String date) {
        return new ReadOptions(maxBytes, date);
    }
}
