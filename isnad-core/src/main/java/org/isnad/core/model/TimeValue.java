package org.isnad.core.model;

/**
 * A time expression found in the text.
 *
 * @param span  where the text states it
 * @param text  the expression as written
 * @param value ISO 8601 prefix at the precision the text gives (2018, 2019-10, 2019-10-27),
 *              or null when it is relative to a date the document does not give
 * @param relative true when the value was computed from an anchor (publication date or an earlier date)
 */
public record TimeValue(Span span, String text, String value, boolean relative) {}
