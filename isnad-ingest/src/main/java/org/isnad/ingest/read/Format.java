package org.isnad.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of input Isnad reads, told from the file name and from the first bytes. Binary
 * formats are recognised by their signature whatever the name says; among text formats the
 * extension decides unless the content plainly contradicts it.
 */
enum Format {
    TEXT, HTML, JSON, JSON_LINES, PDF, OFFICE_OPEN_XML, UNSUPPORTED;

    /** Bytes looked at to decide. */
    static final int HEAD_BYTES = 64 * 1024;

    /** Why an {@link #UNSUPPORTED} input was refused, for the user. */
    record Detected(Format format, String reason) {
        static Detected of(Format f) { return new Detected(f, null); }
    }

    /**
     * @param name lower-cased file name without a trailing ".gz" (the caller unwraps gzip), or
     *             "" for standard input
     * @param head the first bytes of the (unwrapped) content
     */
    static Detected detect(String name, byte[] head) {
        String ext = extension(name);
        Detected binary = binarySignature(head);
        if (binary != null) return binary;
        int first = firstSignificant(head);
        char c = first < 0 ? 0 : (char) (head[first] & 0xFF);
        String lowerHead = asciiLower(head, first, 2048);
        boolean markup = c == '<' && looksLikeHtml(lowerHead);
        switch (ext) {
            case "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp":
                return Detected.of(lowerHead.contains("<") ? HTML : TEXT);
            case "jsonl", "ndjson":
                return Detected.of(c == '{' ? JSON_LINES : markup ? HTML : TEXT);
            case "json":
                return Detected.of(c == '{' || c == '[' ? JSON : markup ? HTML : TEXT);
            case "txt", "text", "md":
                return Detected.of(markup && startsLikeAPage(lowerHead) ? HTML : TEXT);
            default:
                if (markup) return Detected.of(HTML);
                if (c == '[') return Detected.of(JSON);
                if (c == '{') return Detected.of(firstLineIsAnObject(head, first) ? JSON_LINES : JSON);
                return Detected.of(TEXT);
        }
    }

    static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    private static Detected binarySignature(byte[] h) {
        if (indexOf(h, "%PDF-", 1024) >= 0) return Detected.of(PDF);
        if (startsWith(h, 'P', 'K', 3, 4)) {
            String names = new String(h, StandardCharsets.ISO_8859_1);
            if (names.contains("[Content_Types].xml") || names.contains("word/") || names.contains("ppt/") || names.contains("xl/")) return Detected.of(OFFICE_OPEN_XML);
            if (names.contains("mimetypeapplication/vnd.oasis.opendocument"))
                return unsupported("OpenDocument file: save it as .docx or PDF");
            return unsupported("zip archive: unpack it first");
        }
        if (startsWith(h, 0xD0, 0xCF, 0x11, 0xE0)) return unsupported("legacy Office file (.doc/.xls): save it as .docx or PDF");
        if (startsWith(h, 0x89, 'P', 'N', 'G')) return unsupported("PNG image");
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) return unsupported("JPEG image");
        if (startsWith(h, 'G', 'I', 'F', '8')) return unsupported("GIF image");
        if (startsWith(h, 'R', 'I', 'F', 'F')) return unsupported("RIFF media file");
        if (startsWith(h, 'I', 'D', '3') || startsWith(h, 'O', 'g', 'g', 'S')) return unsupported("audio file");
        if (h.length > 8 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p') return unsupported("video file");
        if (startsWith(h, 0x7F, 'E', 'L', 'F')) return unsupported("executable");
        if (startsWith(h, 'R', 'a', 'r', '!') || startsWith(h, '7', 'z', 0xBC, 0xAF)) return unsupported("archive: unpack it first");
        if (startsWith(h, '{', '\\', 'r', 't', 'f')) return unsupported("RTF file: save it as .docx or PDF");
        return null;
    }

    private static Detected unsupported(String what) {
        return new Detected(UNSUPPORTED, "binary file (" + what + "), not a supported format");
    }

    private static boolean looksLikeHtml(String lowerHead) {
        for (String tag : new String[]{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<script", "<link", "<!--"})
            if (lowerHead.contains(tag)) return true;
        return false;
    }

    private static boolean startsLikeAPage(String lowerHead) {
        String s = lowerHead.stripLeading();
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<?xml") && s.contains("<html");
    }

    private static boolean firstLineIsAnObject(byte[] h, int first) {
        int depth = 0;
        boolean inString = false;
        for (int i = first; i < h.length; i++) {
            byte b = h[i];
            if (inString) {
                if (b == '\\') i++;
                else if (b == '"') inString = false;
            } else if (b == '"') inString = true;
            else if (b == '{' || b == '[') depth++;
            else if (b == '}' || b == ']') {
                if (--depth == 0) {
                    for (int j = i + 1; j < h.length; j++) {
                        if (h[j] == '\n') return true;
                        if (h[j] != ' ' && h[j] != '\t' && h[j] != '\r') return false;
                    }
                    return true;
                }
            } else if (b == '\n') return false;
        }
        return false;
    }

    /** Index of the first byte that is not white space or a UTF-8 byte-order mark, or -1. */
    private static int firstSignificant(byte[] h) {
        int i = startsWith(h, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < h.length && (h[i] == ' ' || h[i] == '\n' || h[i] == '\r' || h[i] == '\t')) i++;
        return i < h.length ? i : -1;
    }

    private static String asciiLower(byte[] h, int from, int n) {
        if (from < 0) return "";
        int end = Math.min(h.length, from + n);
        return new String(h, from, end - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    private static int indexOf(byte[] h, String s, int within) {
        byte[] p = s.getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(h.length - p.length, within);
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < p.length; j++) if (h[i + j] != p[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
