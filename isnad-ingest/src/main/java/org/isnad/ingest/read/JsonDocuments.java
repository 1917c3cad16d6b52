package org.isnad.ingest.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.core.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON files: Telegram Desktop exports, arrays of document records, or one record.
 *
 * <p>A Telegram export is a chat object ({@code name}, {@code type}, {@code id}, {@code messages})
 * or a whole-account export whose chats sit in {@code chats.list} (and {@code left_chats.list}).
 * Each message with text becomes a document: id {@code <chat id>-<message id>}, source the chat's
 * name, published the message's local date-time. Service messages and messages without text
 * (photos, stickers, voice) are passed over silently. The file is read as a stream, one message
 * at a time, so exports of any size work.
 */
final class JsonDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDocuments() {}

    static Stream<ReadResult> read(String input, String stem, InputStream in, ReadOptions options) {
        Walker walker = new Walker(input, stem, in, options);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walker, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(walker::close);
    }

    private enum Kind { OBJECT, CHATS, CHAT_LIST, MESSAGES, RECORDS }

    /** Where the walk is: an object whose fields are being read, or an array whose items are. */
    private static final class Frame {
        final Kind kind;
        final Frame chat;
        final ObjectNode fields = JSON.createObjectNode();
        boolean telegram;

        Frame(Kind kind, Frame chat) { this.kind = kind; this.chat = chat; }

        String chatId(String fallback) {
            String id = JsonRecords.scalar(fields.get("id"));
            return id == null ? fallback : id;
        }
    }

    /** Walks the JSON with a streaming parser and hands out one result at a time. */
    private static final class Walker implements Iterator<ReadResult> {
        private final String input, stem;
        private final InputStream in;
        private final ReadOptions options;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private JsonParser parser;
        private ReadResult next;
        private boolean done, started;
        private int produced, records;

        Walker(String input, String stem, InputStream in, ReadOptions options) {
            this.input = input;
            this.stem = stem;
            this.in = in;
            this.options = options;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    next = advance();
                } catch (JsonProcessingException e) {
                    next = fail("invalid JSON at line " + e.getLocation().getLineNr() + ": " + JsonRecords.oneLine(e.getOriginalMessage()));
                } catch (IOException e) {
                    next = fail("cannot read: " + e.getMessage());
                }
                if (next != null) produced++;
            }
            return next != null;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) throw new NoSuchElementException();
            ReadResult r = next;
            next = null;
            return r;
        }

        private ReadResult fail(String reason) {
            done = true;
            return ReadResult.error(input, reason);
        }

        void close() {
            try {
                if (parser != null) parser.close();
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ReadResult advance() throws IOException {
            if (!started) {
                started = true;
                parser = JSON.getFactory().createParser(in);
                JsonToken t = parser.nextToken();
                if (t == JsonToken.START_OBJECT) stack.push(new Frame(Kind.OBJECT, null));
                else if (t == JsonToken.START_ARRAY) stack.push(new Frame(Kind.RECORDS, null));
                else return fail("not a JSON object or array");
            }
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                JsonToken t = parser.nextToken();
                if (t == null) return fail("JSON ends too early");
                switch (f.kind) {
                    case OBJECT -> {
                        if (t == JsonToken.END_OBJECT) {
                            stack.pop();
                            if (stack.isEmpty() && !f.telegram) return wholeObject(f);
                            continue;
                        }
                        String name = parser.currentName();
                        JsonToken v = parser.nextToken();
                        if (name.equals("messages") && v == JsonToken.START_ARRAY) {
                            f.telegram = true;
                            stack.push(new Frame(Kind.MESSAGES, f));
                        } else if ((name.equals("chats") || name.equals("left_chats")) && v == JsonToken.START_OBJECT) {
                            f.telegram = true;
                            stack.push(new Frame(Kind.CHATS, null));
                        } else if (v.isScalarValue()) {
                            f.fields.put(name, parser.getValueAsString());
                        } else if (stack.size() == 1 && name.equals("text")) {
                            f.fields.set(name, parser.readValueAsTree());
                        } else {
                            parser.skipChildren();
                        }
                    }
                    case CHATS -> {
                        if (t == JsonToken.END_OBJECT) { stack.pop(); continue; }
                        String name = parser.currentName();
                        JsonToken v = parser.nextToken();
                        if (name.equals("list") && v == JsonToken.START_ARRAY) stack.push(new Frame(Kind.CHAT_LIST, null));
                        else parser.skipChildren();
                    }
                    case CHAT_LIST -> {
                        if (t == JsonToken.END_ARRAY) { stack.pop(); continue; }
                        if (t == JsonToken.START_OBJECT) stack.push(new Frame(Kind.OBJECT, null));
                        else parser.skipChildren();
                    }
                    case MESSAGES -> {
                        if (t == JsonToken.END_ARRAY) { stack.pop(); continue; }
                        if (t != JsonToken.START_OBJECT) { parser.skipChildren(); continue; }
                        JsonNode message = parser.readValueAsTree();
                        ReadResult r = message(f.chat, message);
                        if (r != null) return r;
                    }
                    case RECORDS -> {
                        if (t == JsonToken.END_ARRAY) { stack.pop(); continue; }
                        records++;
                        JsonNode record = parser.readValueAsTree();
                        String where = input + "#" + records;
                        try {
                            return JsonRecords.read(where, record, stem + "-" + records, input, options);
                        } catch (ReadError e) {
                            return ReadResult.error(where, e.getMessage());
                        }
                    }
                }
            }
            done = true;
            if (produced == 0 && records == 0 && !sawTelegram) return ReadResult.error(input, "no documents in this JSON");
            return null;
        }

        private boolean sawTelegram;

        /** The top object held no messages: it is one document record, or nothing Isnad reads. */
        private ReadResult wholeObject(Frame f) {
            if (!f.fields.has("text"))
                return ReadResult.error(input, "JSON is neither a Telegram export (no \"messages\") nor a document (no \"text\")");
            try {
                return JsonRecords.read(input, f.fields, stem, input, options);
            } catch (ReadError e) {
                return ReadResult.error(input, e.getMessage());
            }
        }

        /** One Telegram message as a document, or null for service messages and messages without text. */
        private ReadResult message(Frame chat, JsonNode m) {
            sawTelegram = true;
            if (!"message".equals(m.path("type").asText("message"))) return null;
            String text = telegramText(m.has("text") ? m.get("text") : m.get("text_entities"));
            if (text.isBlank()) return null;
            String chatId = chat.chatId(stem);
            String id = chatId + "-" + m.path("id").asText("?");
            String where = input + "#" + id;
            if (text.length() > options.maxBytes())
                return ReadResult.error(where, String.format("message too large (%.1f M characters > %.1f MB limit)", text.length() / 1e6, options.maxBytes() / 1e6));
            String published = IsoDates.dateTime(m.path("date").asText(null));
            if (published == null) published = IsoDates.day(m.path("date_unixtime").asText(null));
            if (published == null) published = options.published();
            String name = JsonRecords.scalar(chat.fields.get("name"));
            String source = name != null && !name.isBlank() ? name : chat.fields.has("id") ? "chat " + chatId : input;
            return ReadResult.ok(where, new Document(id, text, null, published, source, null));
        }
    }

    /**
     * A message's text: a plain string, or (when it has formatting) an array of strings and
     * entity objects {@code {type, text}} whose texts are concatenated; links, hashtags and bold
     * all become plain text.
     */
    static String telegramText(JsonNode text) {
        if (text == null || text.isNull()) return "";
        if (text.isTextual()) return text.asText();
        if (!text.isArray()) return "";
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : text) {
            if (part.isTextual()) sb.append(part.asText());
            else if (part.isObject() && part.path("text").isTextual()) sb.append(part.get("text").asText());
        }
        return sb.toString();
    }
}
