package org.isnad.ingest.read;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.isnad.core.model.Document;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;

/**
 * PDF and Word (.docx, and the other Office Open XML files) through Apache Tika: the text layer,
 * the title and creation date from the document's properties. Only the two parsers are used
 * (no auto-detection, no embedded files, no OCR), which keeps the reader small and predictable.
 */
final class OfficeDocuments {
    private OfficeDocuments() {}

    static ReadResult read(String input, String id, byte[] bytes, Format format, ReadOptions options, String source)
            throws ReadError {
        String kind = format == Format.PDF ? "PDF" : "Office document";
        Parser parser = format == Format.PDF ? new PDFParser() : new OOXMLParser();
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes());
        BodyContentHandler handler = new BodyContentHandler(limit);
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        context.set(Parser.class, new EmptyParser());  // attachments and embedded files are not read
        if (format == Format.PDF) {
            // glyphs in page order: Word's Arabic PDFs otherwise come out with the halves of a line swapped
            PDFParserConfig config = new PDFParserConfig();
            config.setSortByPosition(true);
            config.setExtractInlineImages(false);
            context.set(PDFParserConfig.class, config);
        }
        String warning = null;
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ReadError("encrypted " + kind + " (password protected)");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) throw new ReadError("cannot read " + kind + ": " + oneLine(e));
            warning = String.format("text cut at the %.1f MB limit", options.maxBytes() / 1e6);
        } catch (TikaException | IOException | RuntimeException | LinkageError e) {
            throw new ReadError("cannot read " + kind + ": " + oneLine(e));
        }
        String text = format == Format.PDF ? PdfText.clean(handler.toString()) : OfficeText.clean(handler.toString());
        if (text.isBlank()) throw new ReadError(format == Format.PDF ? "PDF has no text layer (a scan? OCR it first)" : "document has no text");
        String title = blankToNull(metadata.get(TikaCoreProperties.TITLE));
        if (title == null) title = headline(text);
        String created = IsoDates.day(metadata.get(TikaCoreProperties.CREATED));
        return ReadResult.ok(input, new Document(id, text, title, created != null ? created : options.published(), source), warning);
    }

    /** A short first line standing on its own, as a title page or a heading writes it. */
    private static String headline(String text) {
        int nl = text.indexOf('\n');
        if (nl <= 0 || nl > 150) return null;
        String first = text.substring(0, nl).strip();
        char last = first.isEmpty() ? '.' : first.charAt(first.length() - 1);
        return ".!?؟،,;؛".indexOf(last) >= 0 ? null : first;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        Throwable cause = e.getCause();
        if ((m == null || m.isBlank()) && cause != null) m = cause.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        return JsonRecords.oneLine(m);
    }

    /** Word documents: paragraphs one a line, runs of blank lines shortened. */
    static final class OfficeText {
        private OfficeText() {}

        static String clean(String raw) {
            StringBuilder sb = new StringBuilder();
            for (String line : raw.replace("\r\n", "\n").split("\n", -1)) sb.append(line.strip()).append('\n');
            return sb.toString().replaceAll("\n{3,}", "\n\n").strip();
        }
    }
}
