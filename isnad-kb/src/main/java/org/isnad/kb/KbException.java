package org.isnad.kb;

/** A knowledge-base file that cannot be read or imported; the message is one line for the user. */
public final class KbException extends RuntimeException {
    public KbException(String message) { super(message); }

    public KbException(String message, Throwable cause) { super(message, cause); }
}
