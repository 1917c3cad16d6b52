package org.isnad.core.time;

import org.isnad.core.model.TimeValue;
import org.isnad.core.normalize.NormalizedText;

import java.util.List;

/**
 * Finds the time expressions of an Arabic text and gives each an ISO 8601 value at the
 * precision the text states: Gregorian months in their Egyptian, Levantine and Maghreb names
 * (alone or paired, «أكتوبر/ تشرين الأول 2019»), numeric dates, Hijri dates (converted with
 * {@link java.time.chrono.HijrahDate}), years introduced by a cue, and relative expressions
 * («قبل يومين», «العام الماضي», «أواخر الشهر ذاته», weekday names).
 *
 * <p>Relative expressions count from the publication date when one is given, else from the
 * last date the text stated; «ذاته», «التالي» and «بعدها بشهر» count from the last stated
 * date first. With no anchor the value is null and {@code relative} is true.
 *
 * <p>All word lists are the data files under {@code org/isnad/core/time/}. Instances are
 * immutable and thread-safe; {@link #extract} keeps its state in a per-call scanner and is
 * linear in the text.
 */
public final class TimeExtractor {
    private final TimeLexicon lexicon;

    private TimeExtractor(TimeLexicon lexicon) { this.lexicon = lexicon; }

    /** Reads the data files; keep the instance and share it. */
    public static TimeExtractor load() { return new TimeExtractor(TimeLexicon.load()); }

    /**
     * Every time expression in the text, in order, with offsets into the ORIGINAL text (UTF-16 chars).
     *
     * @param text         the document as a normalized view
     * @param publishedIso publication date (2018-04-13, 2018-04 or 2018), or null
     */
    public List<TimeValue> extract(NormalizedText text, String publishedIso) {
        return new TimeScanner(lexicon, text, PartialDate.parse(publishedIso)).run();
    }

    /** Convenience for callers holding the raw text. */
    public List<TimeValue> extract(String original, String publishedIso) {
        return extract(NormalizedText.of(original), publishedIso);
    }
}
