package org.isnad.ingest.read;

/** A document that cannot be read, with a one-line reason meant for the user. */
public final class ReadError extends Exception {
    public ReadError(String reason) { super(reason, null, false, false); }
}
