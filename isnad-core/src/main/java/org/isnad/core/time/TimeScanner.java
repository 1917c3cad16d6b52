package org.isnad.core.time;

import org.isnad.core.model.Span;
import org.isnad.core.model.TimeValue;
import org.isnad.core.normalize.NormalizedText;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over one document: walks the tokens left to right, and at each token tries the
 * expression shapes in a fixed order (numeric date, day + month, month, year word, bare year,
 * counted offset, anaphoric offset, unit + adjective, deictic word, weekday). Lexicon hits are
 * computed once per token and cached, so the pass is linear in the text. Not thread-safe: one
 * scanner per call.
 */
final class TimeScanner {
    /** Hijri years read without an era mark after a Hijri month (and in numeric dates). */
    private static final int HIJRI_MIN = 1300, HIJRI_MAX = 1600;
    /** A bare number is a year only in this range (and with a cue). */
    private static final int MODERN_MIN = 1900, MODERN_MAX = 2100;
    /** After «عام» or a month name a year may be older. */
    private static final int STATED_MIN = 1000;

    /** How a year number is introduced, which decides how much of a number may count as a year. */
    private enum YearCue { BARE, LICENSED, STRONG }

    /** Which calendar the word before a year belongs to. */
    private enum Calendar { GREGORIAN, HIJRI, ANY }

    /** Which occurrence of a month, day or weekday a year-less expression means. */
    private enum Pick { NEAREST, BEFORE, AFTER, SAME_YEAR }

    /**
     * What one shape found.
     *
     * @param start    normalized char offset of the expression
     * @param endTok   index of the first token after it
     * @param value    the date, or null when it cannot be computed
     * @param relative computed from an anchor
     * @param stated   names a calendar date, so later «الشهر ذاته» / «بعدها بشهر» count from it
     * @param yearOnly a bare year, which a following «و2003» / «-2003» may continue
     * @param hijri    the year was a Hijri year
     */
    private record Found(int start, int endTok, PartialDate value, boolean relative, boolean stated,
                         boolean yearOnly, boolean hijri) {
        Found from(int newStart) { return new Found(newStart, endTok, value, relative, stated, yearOnly, hijri); }
    }

    private record YearRead(int year, boolean hijri, int startTok, int endTok) {}

    private record MonthGroup(int start, int month, boolean hijri, int endTok, boolean paired, boolean needsContext,
                              boolean needsYear) {}

    private final TimeLexicon lex;
    private final NormalizedText text;
    private final Token[] toks;
    private final List<Hit>[] hitCache;
    private final PartialDate published;
    private final List<TimeValue> out = new ArrayList<>();
    /** The last calendar date the text stated. */
    private PartialDate lastStated;
    /** Normalized offset just after the expression that stated {@link #lastStated}. */
    private int lastStatedEnd;
    /** Token index right after a preposition, where a bare year or month is accepted. */
    private int licensedAt = -1;

    @SuppressWarnings("unchecked")
    TimeScanner(TimeLexicon lex, NormalizedText text, PartialDate published) {
        this.lex = lex;
        this.text = text;
        this.toks = Token.tokenize(text.text());
        this.hitCache = new List[toks.length];
        this.published = published;
    }

    List<TimeValue> run() {
        int i = 0;
        while (i < toks.length) {
            int next = scanAt(i);
            if (next > i) {
                i = next;
                continue;
            }
            Hit prep = first(i, TermKind.PREP);
            if (prep == null) prep = first(i, TermKind.YEAR_NOUN);
            if (prep != null) {
                licensedAt = prep.end();
                i = prep.end();
                continue;
            }
            i++;
        }
        return out;
    }

    // ---------------------------------------------------------------- shapes

    private int scanAt(int i) {
        if (!toks[i].isNumber() && hits(i).isEmpty()) return -1;
        Hit period = first(i, TermKind.PERIOD);
        if (period != null) {
            Found inner = core(period.end(), true);
            if (inner == null) inner = bareUnit(period.end());
            if (inner != null) return emitWithChain(inner.from(period.start()));
        }
        Found f = weekdayLed(i);
        if (f == null) f = core(i, licensedAt == i);
        return f == null ? -1 : emitWithChain(f);
    }

    private Found core(int i, boolean licensed) {
        if (i >= toks.length) return null;
        Found f;
        if ((f = numericDate(i)) != null) return f;
        if ((f = dayMonth(i)) != null) return f;
        if ((f = monthLed(i, licensed)) != null) return f;
        if ((f = yearWord(i)) != null) return f;
        if ((f = bareYear(i, licensed)) != null) return f;
        if ((f = countedOffset(i)) != null) return f;
        if ((f = anaphoricOffset(i)) != null) return f;
        if ((f = unitWithAdjective(i)) != null) return f;
        if ((f = thisUnit(i)) != null) return f;
        return deictic(i);
    }

    /** 13/04/2018, 13-4-2018, 2018/04/13, 1440/09/15 هـ. */
    private Found numericDate(int i) {
        if (i + 4 >= toks.length || !toks[i].isNumber()) return null;
        Token a = toks[i], s1 = toks[i + 1], b = toks[i + 2], s2 = toks[i + 3], c = toks[i + 4];
        if (!b.isNumber() || !c.isNumber() || !s1.text().equals(s2.text()) || firstNc(i + 1, TermKind.DATE_SEPARATOR) == null) {
            return null;
        }
        if (gluedDigitGroupBefore(i) || gluedDigitGroupAfter(i + 4)) return null; // a phone or code number
        String sep = s1.text();
        if (i >= 2 && toks[i - 1].text().equals(sep) && toks[i - 2].isNumber()) return null; // 1/2/3/2019
        if (i + 6 < toks.length && toks[i + 5].text().equals(sep) && toks[i + 6].isNumber()) return null;
        int y, m, d;
        if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
            y = a.number(); m = b.number(); d = c.number();
        } else if (c.length() == 4 && a.length() <= 2 && b.length() <= 2) {
            d = a.number(); m = b.number(); y = c.number();
            if (m > 12 && d <= 12) { int swap = m; m = d; d = swap; } // month first, as in English (4/22/1948)
        } else {
            return null;
        }
        int end = i + 5;
        Hit hijriMark = firstNc(end, TermKind.ERA_HIJRI);
        Hit gregMark = hijriMark == null ? firstNc(end, TermKind.ERA_GREGORIAN) : null;
        boolean hijri = hijriMark != null || (gregMark == null && y >= HIJRI_MIN && y <= HIJRI_MAX);
        PartialDate value;
        if (hijri) {
            LocalDate g = m >= 1 && m <= 12 && d >= 1 && d <= 30 ? HijriCalendar.toGregorian(y, m, d) : null;
            if (g == null) return null;
            value = PartialDate.ofDay(g);
            if (hijriMark != null) end = hijriMark.end();
        } else {
            if (y < MODERN_MIN || y > MODERN_MAX) return null;
            value = PartialDate.ofDayOrNull(y, m, d);
            if (value == null) return null;
            if (gregMark != null) end = gregMark.end();
        }
        return new Found(a.start(), end, value, false, true, false, hijri);
    }

    /** «18 فبراير 2018», «15 رمضان 1440 هـ», «الأول من مارس», «29 مارس الماضي». */
    private Found dayMonth(int i) {
        Token t = toks[i];
        int day, j, start;
        if (t.isNumber()) {
            if (t.length() > 2 || t.number() < 1 || t.number() > 31 || isDecimalPart(i) || gluedDigitGroupBefore(i)) return null;
            day = t.number();
            j = skip(i + 1, TermKind.FROM); // «23 من مارس»
            start = t.start();
        } else {
            Hit ord = first(i, TermKind.ORDINAL);
            if (ord == null || ord.value() > 31) return null;
            day = ord.value();
            j = skip(ord.end(), TermKind.FROM); // «الأول من مارس», «أول أبريل»
            start = ord.start();
        }
        MonthGroup g = monthGroup(j, false);
        return g == null ? null : finishMonth(start, g, day, false, false);
    }

    /** «[شهر] مارس [/آذار] [2016]», «أكتوبر الماضي», «محرم 1441». */
    private Found monthLed(int i, boolean licensed) {
        Hit word = first(i, TermKind.MONTH_WORD);
        MonthGroup g = monthGroup(word != null ? word.end() : i, word == null);
        if (g == null) return null;
        return finishMonth(word != null ? word.start() : g.start(), g, 0, licensed, word != null);
    }

    /** A month name, or two names of the same month joined by «/», «-», a bracket or a space. */
    private MonthGroup monthGroup(int j, boolean allowClitic) {
        if (j >= toks.length) return null;
        Hit h = allowClitic ? first(j, TermKind.GREGORIAN_MONTH) : firstNc(j, TermKind.GREGORIAN_MONTH);
        if (h == null) h = allowClitic ? first(j, TermKind.HIJRI_MONTH) : firstNc(j, TermKind.HIJRI_MONTH);
        if (h == null) return null;
        int end = h.end();
        boolean paired = false;
        Hit open = firstNc(end, TermKind.PAIR_OPEN);
        Hit second = firstNc(open != null ? open.end() : end, h.kind());
        if (second != null && second.value() == h.value()) {
            end = second.end();
            paired = true;
            if (open != null && firstNc(open.end() - 1, TermKind.OPEN_BRACKET) != null) { // «فبراير (شباط)»
                Hit close = firstNc(end, TermKind.PAIR_CLOSE);
                if (close != null) end = close.end();
            }
        }
        return new MonthGroup(h.start(), h.value(), h.kind() == TermKind.HIJRI_MONTH, end, paired,
                h.term().has("needs_context"), h.term().has("needs_year"));
    }

    /** The year, or the relative adjective, after a month (with its day, when {@code day > 0}). */
    private Found finishMonth(int start, MonthGroup g, int day, boolean licensed, boolean monthWord) {
        int k = g.endTok();
        Calendar cal = g.hijri() ? Calendar.HIJRI : Calendar.GREGORIAN;
        YearRead yr = readYear(k, cal, YearCue.STRONG);
        if (yr == null) {
            // «مايو من عام 2016», «مايو عام 2016»
            int k2 = skip(k, TermKind.FROM);
            Hit yw = firstNc(k2, TermKind.YEAR_WORD);
            if (yw != null) yr = readYear(yw.end(), cal, YearCue.STRONG);
        }
        if (yr != null) {
            PartialDate v = datedMonth(g, yr, day);
            if (v == null) return null;
            return new Found(start, yr.endTok(), v, false, true, false, g.hijri());
        }
        if (g.needsYear()) return null;
        // «مارس من العام الماضي»: the year is itself relative
        Hit from = firstNc(k, TermKind.FROM);
        if (from != null && !g.hijri()) {
            Found year = unitWithAdjective(from.end());
            if (year == null) year = thisUnit(from.end());
            if (year != null && year.value() != null && year.value().precision() == PartialDate.Precision.YEAR) {
                PartialDate v = day == 0 ? PartialDate.ofMonth(year.value().year(), g.month())
                        : PartialDate.ofDayOrNull(year.value().year(), g.month(), day);
                return new Found(start, year.endTok(), v, year.relative(), true, false, false);
            }
        }
        // «من إبريل إلى سبتمبر 2016»: the first month of a range takes the year of the second
        boolean rangeStart = false;
        Hit link = firstNc(k, TermKind.RANGE_LINK);
        if (link != null) {
            MonthGroup second = monthGroup(link.end(), false);
            if (second != null && second.hijri() == g.hijri()) {
                rangeStart = true;
                YearRead secondYear = readYear(second.endTok(), cal, YearCue.STRONG);
                if (secondYear != null && !g.hijri()) {
                    int y = g.month() <= second.month() ? secondYear.year() : secondYear.year() - 1;
                    PartialDate v = day == 0 ? PartialDate.ofMonth(y, g.month()) : PartialDate.ofDayOrNull(y, g.month(), day);
                    return new Found(start, k, v, false, true, false, false);
                }
            }
        }
        Hit adj = firstNc(k, TermKind.REL_ADJ);
        if (day == 0 && adj == null) {
            boolean cued = monthWord || g.paired() || rangeStart || (licensed && !g.needsContext());
            if (!cued) return null;
        }
        PartialDate anchor;
        Pick pick;
        if (adj != null) {
            pick = pickOf(adj);
            anchor = "text".equals(adj.term().arg()) ? textAnchor() : nowAnchor();
        } else if (published != null) {
            pick = Pick.NEAREST; // news speaks of the months around its own date, both ways
            anchor = published;
        } else {
            pick = Pick.SAME_YEAR; // a narrative goes on in the year it last stated
            anchor = lastStated;
        }
        PartialDate v = resolveYearless(anchor, g.hijri(), g.month(), day, pick);
        return new Found(start, adj != null ? adj.end() : k, v, true, true, false, g.hijri());
    }

    private static PartialDate datedMonth(MonthGroup g, YearRead yr, int day) {
        if (!g.hijri()) {
            return day == 0 ? PartialDate.ofMonth(yr.year(), g.month()) : PartialDate.ofDayOrNull(yr.year(), g.month(), day);
        }
        int hy = yr.hijri() ? yr.year() : HijriCalendar.hijriYearWithMonthIn(yr.year(), g.month());
        LocalDate d = HijriCalendar.toGregorian(hy, g.month(), day == 0 ? 1 : day);
        if (d == null) return null;
        return day == 0 ? PartialDate.ofMonth(d.getYear(), d.getMonthValue()) : PartialDate.ofDay(d);
    }

    /** «عام 2018», «العام 2011», «عامي 2001», «عام 1440 هـ». */
    private Found yearWord(int i) {
        Hit yw = first(i, TermKind.YEAR_WORD);
        if (yw == null) return null;
        YearRead yr = readYear(yw.end(), Calendar.ANY, YearCue.STRONG);
        return yr == null ? null : yearFound(yw.start(), yr);
    }

    /**
     * «في 2013», «2018م», «1435 هـ»; with no cue, only a range of two years («1975-1990»,
     * «من 2000 إلى 2008») or a year after «من» that ends the clause («مقارنة بالفترة نفسها من 2015،»).
     */
    private Found bareYear(int i, boolean licensed) {
        YearRead yr = readYear(i, Calendar.ANY, licensed ? YearCue.LICENSED : YearCue.BARE);
        if (yr == null && !licensed) {
            YearRead modern = readYear(i, Calendar.ANY, YearCue.LICENSED);
            if (modern != null && (startsYearRange(modern) || (afterFrom(i) && endsClause(modern.endTok())))) yr = modern;
        }
        return yr == null ? null : yearFound(toks[yr.startTok()].start(), yr);
    }

    private boolean startsYearRange(YearRead first) {
        Hit link = firstNc(first.endTok(), TermKind.RANGE_LINK);
        if (link == null) return false;
        YearRead second = readYear(link.end(), Calendar.GREGORIAN, YearCue.LICENSED, true);
        return second != null && second.year() > first.year() && second.year() - first.year() <= 50;
    }

    private boolean afterFrom(int i) {
        Hit from = firstNc(i - 1, TermKind.FROM);
        return from != null && from.end() == i;
    }

    private Found yearFound(int start, YearRead yr) {
        PartialDate v;
        if (yr.hijri()) {
            Integer g = HijriCalendar.gregorianYearOf(yr.year());
            v = g == null ? null : PartialDate.ofYear(g);
        } else {
            v = PartialDate.ofYear(yr.year());
        }
        return new Found(start, yr.endTok(), v, false, true, true, yr.hijri());
    }

    /** End of text, or a mark that is not part of a number. */
    private boolean endsClause(int k) {
        return k >= toks.length || (toks[k].type() == Token.Type.PUNCT && firstNc(k, TermKind.COUNT_NOUN) == null);
    }

    /**
     * A year number at token {@code k} with its era mark, or null when the number is not a year
     * here: a decimal («2.2»), a count («2018 شخص», «46 عاما»), or a number with no cue at all.
     */
    private YearRead readYear(int k, Calendar cal, YearCue cue) {
        return readYear(k, cal, cue, false);
    }

    /** {@code continued}: the number follows a range mark after a year («2017-2018»), so glued digits before it are expected. */
    private YearRead readYear(int k, Calendar cal, YearCue cue, boolean continued) {
        if (k >= toks.length) return null;
        int startTok = k;
        boolean bracketed = false;
        if (cue != YearCue.BARE && k + 1 < toks.length && toks[k + 1].isNumber() && !toks[k + 1].spaceBefore()
                && toks[k].spaceBefore() && firstNc(k, TermKind.COMMA) != null) {
            k++; // «عام ،1981»: a comma displaced by right-to-left editing, glued to the year
        } else if (k + 1 < toks.length && toks[k + 1].isNumber() && firstNc(k, TermKind.OPEN_BRACKET) != null) {
            k++; // «عام (1948)», «قبل (1948)», a caption's «(1948)»
            bracketed = true;
        }
        Token t = toks[k];
        if (bracketed && cue == YearCue.BARE) cue = YearCue.LICENSED; // a lone 19xx/20xx in brackets is a year
        if (!t.isNumber() || t.length() > 4 || isDecimalPart(k) || (!continued && gluedDigitGroupBefore(k))) return null;
        int v = t.number();
        int end = k + 1;
        if (bracketed) {
            Hit close = firstNc(end, TermKind.CLOSE_BRACKET);
            if (close == null) return null;
            end = close.end();
        }
        boolean four = t.length() == 4;
        boolean modern = four && v >= MODERN_MIN && v <= MODERN_MAX;
        boolean stated = four && v >= STATED_MIN && v <= MODERN_MAX;
        Hit hijriMark = firstNc(end, TermKind.ERA_HIJRI);
        Hit gregMark = hijriMark == null ? firstNc(end, TermKind.ERA_GREGORIAN) : null;
        boolean hijri;
        if (hijriMark != null) {
            if (cal == Calendar.GREGORIAN || v < 1 || v > HIJRI_MAX) return null;
            hijri = true;
            end = hijriMark.end();
        } else if (cal == Calendar.HIJRI && four && v <= HIJRI_MAX) {
            hijri = true;
        } else {
            hijri = false;
            if (gregMark != null) {
                boolean ok = gregMark.value() == 1 ? v >= 1 && v <= MODERN_MAX : (cue == YearCue.STRONG ? stated : modern);
                if (!ok) return null;
                end = gregMark.end();
            } else if (!(cue == YearCue.STRONG ? stated : cue == YearCue.LICENSED && modern)) {
                return null;
            }
        }
        // after a month or «عام» the number is a year whatever follows («في أغسطس 2010 جندي ...»)
        if (cue != YearCue.STRONG && countFollows(end)) return null;
        return new YearRead(v, hijri, startTok, end);
    }

    /** «قبل يومين», «منذ 4 سنوات», «بعد ثلاثة أيام», «قبل أسبوع». */
    private Found countedOffset(int i) {
        Hit off = first(i, TermKind.OFFSET);
        if (off == null) return null;
        int j = skip(off.end(), TermKind.APPROX);
        Count count = count(j, false);
        if (count == null) return null;
        if (j == off.end() && sameUnitBefore(i, count)) return null; // «يوما بعد يوم» is "day after day"
        int end = skip(count.endTok, TermKind.APPROX);
        if (firstNc(end, TermKind.FROM) != null) {
            // «بعد أسبوع من إقالة ...»: counted from an event, whose date the text does not give here
            return new Found(off.start(), end, null, true, false, false, false);
        }
        // «وبعد عامين» in a paragraph that just gave a date continues that story; otherwise it counts from publication
        PartialDate anchor = off.value() > 0 && statedInSameParagraph(off.start()) ? lastStated : nowAnchor();
        PartialDate v = anchor == null ? null : anchor.shift(count.unit, (long) off.value() * count.amount);
        return new Found(off.start(), end, v, true, false, false, false);
    }

    private boolean sameUnitBefore(int i, Count count) {
        for (Hit h : hits(i - 1)) {
            if (h.kind() == TermKind.UNIT && TimeUnit.of(h.term().arg()) == count.unit) return true;
        }
        return false;
    }

    private boolean statedInSameParagraph(int pos) {
        if (lastStated == null) return false;
        int nl = text.text().indexOf('\n', lastStatedEnd);
        return nl < 0 || nl >= pos;
    }

    /** «وبعدها بشهر», «بعد ذلك بيومين»: counted from the last date the text gave. */
    private Found anaphoricOffset(int i) {
        Hit an = first(i, TermKind.ANAPHOR);
        if (an == null) return null;
        Count count = count(an.end(), true);
        if (count == null) return null;
        PartialDate anchor = textAnchor();
        PartialDate v = anchor == null ? null : anchor.shift(count.unit, (long) an.value() * count.amount);
        return new Found(an.start(), count.endTok, v, true, false, false, false);
    }

    private record Count(int amount, TimeUnit unit, int endTok) {}

    /**
     * A count of units at {@code j}: «3 أيام», «ثلاثة أيام», «يومين», «أسبوع». With
     * {@code withPreposition} the count carries a prefixed preposition («بشهر», «ب 3 أيام»).
     */
    private Count count(int j, boolean withPreposition) {
        if (j >= toks.length) return null;
        Token t = toks[j];
        if (withPreposition && t.isWord() && lex.isPreposition(t.text()) && j + 1 < toks.length && toks[j + 1].isNumber()) {
            j++;
            t = toks[j];
        } else if (withPreposition && !t.isNumber()) {
            Hit num = firstWithPreposition(j, TermKind.CARDINAL);
            if (num != null) return unitAfter(num.value(), num.end());
            Hit unit = firstWithPreposition(j, TermKind.UNIT);
            return bareUnitCount(unit);
        } else if (withPreposition) {
            return null;
        }
        if (t.isNumber()) {
            if (t.length() > 3 || isDecimalPart(j)) return null;
            return unitAfter(t.number(), j + 1);
        }
        Hit num = firstNc(j, TermKind.CARDINAL);
        if (num != null) return unitAfter(num.value(), num.end());
        return bareUnitCount(firstNc(j, TermKind.UNIT));
    }

    private Count unitAfter(int amount, int k) {
        Hit unit = firstNc(k, TermKind.UNIT);
        if (unit == null || unit.term().has("definite")) return null;
        return new Count(amount, TimeUnit.of(unit.term().arg()), unit.end());
    }

    /** «أسبوع» (one) or «يومين» (two) with no number; not «أيام» alone, nor «يوم الانتخابات». */
    private Count bareUnitCount(Hit unit) {
        if (unit == null || unit.value() == 0 || unit.term().has("definite")) return null;
        int k = unit.end();
        if (unit.value() == 1 && k < toks.length) {
            Token next = toks[k];
            if (numberAt(k) || (next.isWord() && lex.isDefinite(next.text()))) return null; // «منذ عام 2011», «قبل يوم الانتخابات»
            for (Hit h : hits(k)) {
                switch (h.kind()) {
                    case GREGORIAN_MONTH, HIJRI_MONTH, WEEKDAY, DEICTIC -> { return null; }
                    default -> { }
                }
            }
        }
        return new Count(unit.value(), TimeUnit.of(unit.term().arg()), k);
    }

    /** «العام الماضي», «الشهر ذاته», «اليوم التالي», «العام الحالي 2018». */
    private Found unitWithAdjective(int i) {
        if (i >= toks.length) return null;
        Hit u = first(i, TermKind.UNIT);
        if (u == null || !u.term().has("definite")) return null;
        Hit adj = firstNc(u.end(), TermKind.REL_ADJ);
        if (adj == null) return null;
        if (u.term().has("adjective_ambiguous") && u.clitic().isEmpty() && followsUnknownDefinite(i)) return null;
        TimeUnit unit = TimeUnit.of(u.term().arg());
        if (unit == TimeUnit.YEAR) {
            YearRead yr = readYear(adj.end(), Calendar.GREGORIAN, YearCue.STRONG);
            if (yr != null) return new Found(u.start(), yr.endTok(), PartialDate.ofYear(yr.year()), false, true, true, false);
        }
        PartialDate anchor = "text".equals(adj.term().arg()) ? textAnchor() : nowAnchor();
        PartialDate v = anchor == null ? null : anchor.shift(unit, adj.value());
        return new Found(u.start(), adj.end(), v, true, false, false, false);
    }

    /** «هذا العام», «هذا الشهر». */
    private Found thisUnit(int i) {
        if (i >= toks.length) return null;
        Hit dem = first(i, TermKind.THIS);
        if (dem == null) return null;
        Hit u = firstNc(dem.end(), TermKind.UNIT);
        if (u == null || !u.term().has("definite")) return null;
        PartialDate anchor = nowAnchor();
        PartialDate v = anchor == null ? null : anchor.shift(TimeUnit.of(u.term().arg()), 0);
        return new Found(dem.start(), u.end(), v, true, false, false, false);
    }

    /** After a period word only: «مطلع العام», «نهاية الشهر». */
    private Found bareUnit(int j) {
        if (j >= toks.length) return null;
        Found f = unitWithAdjective(j);
        if (f == null) f = thisUnit(j);
        if (f != null) return f;
        Hit u = firstNc(j, TermKind.UNIT);
        if (u == null || !u.term().has("definite")) return null;
        TimeUnit unit = TimeUnit.of(u.term().arg());
        if (unit != TimeUnit.YEAR && unit != TimeUnit.MONTH) return null;
        PartialDate anchor = nowAnchor();
        return new Found(u.start(), u.end(), anchor == null ? null : anchor.shift(unit, 0), true, false, false, false);
    }

    /** «أمس», «اليوم», «غدا», «أمس الخميس». */
    private Found deictic(int i) {
        Hit d = first(i, TermKind.DEICTIC);
        if (d == null) return null;
        int end = d.end();
        Hit weekday = firstNc(end, TermKind.WEEKDAY);
        if (weekday != null) {
            end = weekday.end();
        } else if (d.term().has("no_definite_after") && end < toks.length && toks[end].isWord()
                && lex.isDefinite(toks[end].text())) {
            return null; // «اليوم الأول» is "the first day"
        }
        PartialDate anchor = nowAnchor();
        PartialDate v = anchor == null ? null : anchor.shift(TimeUnit.DAY, d.value());
        return new Found(d.start(), end, v, true, false, false, false);
    }

    /** «[يوم] الأحد [،] [الموافق] 3 يونيو 2018», «يوم الجمعة», «الإثنين الماضي», «يوم أمس». */
    private Found weekdayLed(int i) {
        Hit dayWord = first(i, TermKind.DAY_WORD);
        int j = dayWord != null ? dayWord.end() : i;
        if (dayWord != null && j < toks.length) {
            Found d = deictic(j);
            if (d != null) return d.from(dayWord.start());
        }
        Hit wd = dayWord != null ? firstNc(j, TermKind.WEEKDAY) : first(i, TermKind.WEEKDAY);
        if (wd == null) return null;
        if (dayWord == null && wd.term().has("needs_context") && wd.clitic().isEmpty() && i > 0) {
            for (Hit h : hits(i - 1)) {
                if (h.kind() == TermKind.NOT_WEEKDAY_AFTER && h.end() == i) return null; // «بين الاثنين»: the two
            }
        }
        int start = dayWord != null ? dayWord.start() : wd.start();
        int k = skip(skip(wd.end(), TermKind.COMMA), TermKind.LINK);
        if (k < toks.length) {
            Found date = numericDate(k);
            if (date == null) date = dayMonth(k);
            if (date != null) return date.from(start);
        }
        Hit adj = firstNc(wd.end(), TermKind.REL_ADJ);
        PartialDate v = null;
        if (published != null && published.precision() == PartialDate.Precision.DAY) {
            LocalDate p = published.filled();
            DayOfWeek dow = DayOfWeek.of(wd.value());
            Pick pick = adj == null ? Pick.SAME_YEAR : pickOf(adj);
            LocalDate r = switch (pick) {
                case BEFORE -> p.with(TemporalAdjusters.previous(dow));
                case AFTER -> p.with(TemporalAdjusters.next(dow));
                default -> p.with(TemporalAdjusters.previousOrSame(dow));
            };
            v = PartialDate.ofDay(r);
        }
        return new Found(start, adj != null ? adj.end() : wd.end(), v, true, false, false, false);
    }

    // ---------------------------------------------------------------- resolution

    /** Publication date first; else the last date the text stated. */
    private PartialDate nowAnchor() { return published != null ? published : lastStated; }

    /** The last date the text stated first; else the publication date. */
    private PartialDate textAnchor() { return lastStated != null ? lastStated : published; }

    /** «الماضي» → the previous one, «المقبل» → the next one, «الجاري» / «ذاته» → the anchor's year. */
    private static Pick pickOf(Hit adj) {
        if (adj.value() < 0) return Pick.BEFORE;
        if (adj.value() > 0) return Pick.AFTER;
        return Pick.SAME_YEAR;
    }

    /**
     * A month (and day) given without a year, placed relative to the anchor: the occurrence
     * nearest to it, the last one before it («الماضي»), the next one after it («المقبل»), or
     * the one in the anchor's year («الجاري», «ذاته»). Hijri months are placed in the Hijri year.
     */
    private static PartialDate resolveYearless(PartialDate anchor, boolean hijri, int month, int day, Pick pick) {
        if (anchor == null) return null;
        int ay = anchor.year(), am = anchor.month(), ad = anchor.day();
        if (hijri) {
            if (anchor.month() == 0) return null;
            int[] h = HijriCalendar.fromGregorian(anchor.filled());
            if (h == null) return null;
            ay = h[0];
            am = h[1];
            ad = anchor.day() == 0 ? 0 : h[2];
        }
        int y;
        if (pick == Pick.NEAREST && am != 0) {
            y = nearestYear(anchor.filled(), ay, hijri, month, day);
            if (y == Integer.MIN_VALUE) return null;
        } else {
            y = chooseYear(ay, am, ad, month, day, pick);
        }
        if (!hijri) return day == 0 ? PartialDate.ofMonth(y, month) : PartialDate.ofDayOrNull(y, month, day);
        LocalDate d = HijriCalendar.toGregorian(y, month, day == 0 ? 1 : day);
        if (d == null) return null;
        return day == 0 ? PartialDate.ofMonth(d.getYear(), d.getMonthValue()) : PartialDate.ofDay(d);
    }

    /** Of the year before, the same and the year after, the one whose month/day lies nearest the anchor; ties go to the past. */
    private static int nearestYear(LocalDate anchor, int year, boolean hijri, int month, int day) {
        int best = Integer.MIN_VALUE;
        long bestDistance = Long.MAX_VALUE;
        for (int y = year - 1; y <= year + 1; y++) {
            LocalDate c = hijri ? HijriCalendar.toGregorian(y, month, day == 0 ? 15 : day) : gregorianOrNull(y, month, day == 0 ? 15 : day);
            if (c == null) continue;
            long distance = Math.abs(c.toEpochDay() - anchor.toEpochDay());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }

    private static LocalDate gregorianOrNull(int y, int m, int d) {
        PartialDate p = PartialDate.ofDayOrNull(y, m, d);
        return p == null ? null : p.filled();
    }

    /**
     * The year of the wanted month/day: strictly before the anchor («الماضي»), strictly after
     * it («المقبل»), or the anchor's own year. A day or month the anchor lacks is not compared.
     */
    private static int chooseYear(int ay, int am, int ad, int month, int day, Pick pick) {
        if (am == 0) {
            return switch (pick) {
                case BEFORE -> ay - 1;
                case AFTER -> ay + 1;
                default -> ay;
            };
        }
        int cmp = day == 0 || ad == 0 ? Integer.compare(month, am) : Integer.compare(month * 100 + day, am * 100 + ad);
        return switch (pick) {
            case BEFORE -> cmp < 0 ? ay : ay - 1;
            case AFTER -> cmp > 0 ? ay : ay + 1;
            default -> ay;
        };
    }

    // ---------------------------------------------------------------- output

    /** Emits {@code f} and any years joined to it («بين عامي 2001 و2003»); returns the next token. */
    private int emitWithChain(Found f) {
        emit(f);
        int end = f.endTok();
        while (f.yearOnly()) {
            Hit link = first(end, TermKind.RANGE_LINK);
            if (link == null) break;
            YearRead yr = readYear(link.end(), f.hijri() ? Calendar.HIJRI : Calendar.GREGORIAN, YearCue.STRONG, true);
            if (yr == null) break;
            f = yearFound(toks[yr.startTok()].start(), yr);
            emit(f);
            end = f.endTok();
        }
        return end;
    }

    private void emit(Found f) {
        int s = text.toOriginalStart(f.start());
        int e = extendOverMarks(text.toOriginalEnd(toks[f.endTok() - 1].end()));
        PartialDate v = f.value();
        String iso = v == null ? null : v.iso();
        out.add(new TimeValue(new Span(s, e), text.original().substring(s, e), iso, f.relative()));
        if (f.stated() && iso != null) {
            lastStated = v;
            lastStatedEnd = toks[f.endTok() - 1].end();
        }
    }

    /** Takes in the diacritics and tatweel written after the last letter («رَمَضَانَ», «هـ»), which folding dropped. */
    private int extendOverMarks(int end) {
        String original = text.original();
        while (end < original.length()) {
            int type = Character.getType(original.charAt(end));
            if (type != Character.NON_SPACING_MARK && type != Character.MODIFIER_LETTER) break;
            if (!NormalizedText.fold(original.substring(end, end + 1)).isEmpty()) break;
            end++;
        }
        return end;
    }

    // ---------------------------------------------------------------- token tests

    private List<Hit> hits(int i) {
        if (i < 0 || i >= toks.length) return List.of();
        List<Hit> h = hitCache[i];
        if (h == null) {
            h = lex.match(toks, i);
            hitCache[i] = h;
        }
        return h;
    }

    /** The longest entry of a kind at token {@code i}, a proclitic allowed. */
    private Hit first(int i, TermKind kind) {
        Hit best = null;
        for (Hit h : hits(i)) {
            if (h.kind() != kind) continue;
            if (best == null || h.end() > best.end() || (h.end() == best.end() && h.clitic().length() < best.clitic().length())) {
                best = h;
            }
        }
        return best;
    }

    /** The longest entry of a kind at token {@code i}, as written (no proclitic). */
    private Hit firstNc(int i, TermKind kind) {
        Hit best = null;
        for (Hit h : hits(i)) {
            if (h.kind() == kind && h.clitic().isEmpty() && (best == null || h.end() > best.end())) best = h;
        }
        return best;
    }

    /** The longest entry of a kind whose prefix ends in a preposition («بشهر»). */
    private Hit firstWithPreposition(int i, TermKind kind) {
        Hit best = null;
        for (Hit h : hits(i)) {
            if (h.kind() == kind && lex.endsWithPreposition(h.clitic()) && (best == null || h.end() > best.end())) best = h;
        }
        return best;
    }

    /** The token after an optional entry of a kind at {@code k}. */
    private int skip(int k, TermKind kind) {
        Hit h = firstNc(k, kind);
        return h != null ? h.end() : k;
    }

    /** A number at {@code k}, or one behind a displaced comma glued to it («،2007»). */
    private boolean numberAt(int k) {
        if (k >= toks.length) return false;
        if (toks[k].isNumber()) return true;
        return k + 1 < toks.length && toks[k + 1].isNumber() && !toks[k + 1].spaceBefore() && firstNc(k, TermKind.COMMA) != null;
    }

    /** A number followed by a quantity word («2018 شخص», «2000 سنة», «2019 %»). */
    private boolean countFollows(int k) {
        for (Hit h : hits(k)) {
            if (!h.clitic().isEmpty()) continue;
            if (h.kind() == TermKind.COUNT_NOUN) return true;
            if (h.kind() == TermKind.UNIT && !h.term().has("definite")
                    && (h.value() == 0 || "year".equals(h.term().arg()))) return true;
        }
        return false;
    }

    /** The number is one side of a decimal («2.2», «22,2»). */
    private boolean isDecimalPart(int k) {
        if (k + 2 < toks.length && !toks[k + 1].spaceBefore() && !toks[k + 2].spaceBefore()
                && toks[k + 2].isNumber() && firstNc(k + 1, TermKind.DECIMAL_MARK) != null) return true;
        return k >= 2 && !toks[k].spaceBefore() && !toks[k - 1].spaceBefore() && toks[k - 2].isNumber()
                && firstNc(k - 1, TermKind.DECIMAL_MARK) != null;
    }

    /** Digits glued before token {@code k} by a mark («071-2019»): part of a longer number. */
    private boolean gluedDigitGroupBefore(int k) {
        return k >= 2 && !toks[k].spaceBefore() && !toks[k - 1].spaceBefore() && toks[k - 2].isNumber()
                && toks[k - 1].type() == Token.Type.PUNCT;
    }

    private boolean gluedDigitGroupAfter(int k) {
        return k + 2 < toks.length && !toks[k + 1].spaceBefore() && !toks[k + 2].spaceBefore()
                && toks[k + 2].isNumber() && toks[k + 1].type() == Token.Type.PUNCT;
    }

    /** «المدير العام»: the word before is a definite noun the lexicon does not know. */
    private boolean followsUnknownDefinite(int i) {
        if (i == 0) return false;
        Token prev = toks[i - 1];
        return prev.isWord() && lex.isDefinite(prev.text()) && hits(i - 1).isEmpty();
    }
}
