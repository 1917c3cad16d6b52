package org.isnad.export.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Keys that name the same thing in every export, and UUIDv5 (RFC 9562, SHA-1) over them.
 *
 * <p>The store's integer ids are renumbered by a re-resolution, so exports never use them as
 * identities. An entity is keyed by where it first appeared: its type, the content hash of the
 * first document that named it and the folded name that document gave it. That survives new
 * documents, merges into it (the older entity is kept), renames and re-resolution. Facts are keyed
 * by their type and their participants' keys; evidence by document hash and offsets; documents by
 * content hash.
 */
public final class StableKeys {
    /** Namespace of every Isnad UUIDv5: UUIDv5 of the URL namespace over «urn:isnad:export». */
    public static final UUID NAMESPACE = uuid5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "urn:isnad:export");

    private StableKeys() {}

    public static String document(String contentHash) { return "document|" + contentHash; }

    /** Name-based UUID, version 5: the same name always gives the same id. */
    public static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(namespace));
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            long msb = 0, lsb = 0;
            for (int i = 0; i < 8; i++) msb = (msb << 8) | (h[i] & 0xff);
            for (int i = 8; i < 16; i++) lsb = (lsb << 8) | (h[i] & 0xff);
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    public static UUID uuid(String key) { return uuid5(NAMESPACE, key); }

    /** SHA-1 of the key in hex: the FollowTheMoney way of making ids. */
    public static String sha1Hex(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(40);
            for (byte b : h) sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private static byte[] toBytes(UUID u) {
        byte[] b = new byte[16];
        long msb = u.getMostSignificantBits(), lsb = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) b[i] = (byte) (msb >>> (56 - 8 * i));
        for (int i = 0; i < 8; i++) b[8 + i] = (byte) (lsb >>> (56 - 8 * i));
        return b;
    }
}
