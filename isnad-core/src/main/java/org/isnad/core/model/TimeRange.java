package org.isnad.core.model;

/** When a relation holds: ISO 8601 prefixes, either may be null. */
public record TimeRange(String from, String until) {
    public static final TimeRange NONE = new TimeRange(null, null);

    public boolean isEmpty() { return from == null && until == null; }
}
