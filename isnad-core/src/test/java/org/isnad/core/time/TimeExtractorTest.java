package org.isnad.core.time;

import org.isnad.core.model.TimeValue;
import org.isnad.core.normalize.NormalizedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeExtractorTest {
    private static final TimeExtractor TIME = TimeExtractor.load();

    private static List<TimeValue> extract(String text, String published) {
        List<TimeValue> found = TIME.extract(NormalizedText.of(text), published);
        for (TimeValue v : found) {
            // every span must point at exactly the text it reports, in the original
            assertEquals(v.text(), text.substring(v.span().start(), v.span().end()), "span of " + v);
        }
        return found;
    }

    private static List<String> values(String text, String published) {
        return extract(text, published).stream().map(TimeValue::value).toList();
    }

    private static List<String> texts(String text, String published) {
        return extract(text, published).stream().map(TimeValue::text).toList();
    }

    /** The only expression found in the text. */
    private static TimeValue only(String text, String published) {
        List<TimeValue> found = extract(text, published);
        assertEquals(1, found.size(), () -> "expected one time in «" + text + "», got " + found);
        return found.get(0);
    }

    private static String iso(LocalDate d) { return d.toString(); }

    // ---------------------------------------------------------------- Gregorian months

    @Test
    void dayMonthYearInEachNamingSystem() {
        TimeValue t = only("وصل الوفد إلى القاهرة في 18 فبراير 2018 لإجراء محادثات.", null);
        assertEquals("2018-02-18", t.value());
        assertEquals("18 فبراير 2018", t.text());
        assertFalse(t.relative());
        assertEquals("2016-06-03", only("انعقد المؤتمر في 3 حزيران 2016 في بيروت.", null).value());
        assertEquals("2014-01-31", only("أعلنت الحركة في 31 كانون الثاني 2014 عن اندماجها.", null).value());
        assertEquals("2019-07-12", only("أوقفت الشرطة المشتبه به يوم 12 جويلية 2019 في العاصمة.", null).value());
        assertEquals("2020-04", only("تنطلق الدورة في أفريل 2020 بمشاركة واسعة.", null).value());
        assertEquals("2013-12", only("صدر الحكم في دجنبر 2013 بعد جلسات طويلة.", null).value());
    }

    @Test
    void pairedMonthNamesWithAndWithoutSpaces() {
        TimeValue spaced = only("قتل القائد في أكتوبر/ تشرين الأول 2019 بغارة جوية.", null);
        assertEquals("2019-10", spaced.value());
        assertEquals("أكتوبر/ تشرين الأول 2019", spaced.text());
        assertEquals("2018-07-05", only("صدر المرسوم في 5 تموز/يوليو 2018 رسميا.", null).value());
        TimeValue glued = only("استقال المبعوث في نيسان/أبريل2015 بعد فشل جهوده.", null);
        assertEquals("2015-04", glued.value());
        assertEquals("نيسان/أبريل2015", glued.text());
        assertEquals("2018-02-18", only("أعلنت الحركتان في 18 فبراير شباط 2018 اندماجهما.", null).value());
        assertEquals("2016-05", only("أصبح عضوا في المجلس في مايو/ أيار 2016 خلفا لسلفه.", null).value());
        assertEquals("2017-05-17", only("عين عضوا في 17 مايو/آيار 2017 في المجلس.", null).value());
        assertEquals("2012-06-30", only("صدر البيان في 30 يونيو (حزيران) 2012 في جنيف.", null).value());
    }

    @Test
    void weekdayAndMonthWordBelongToTheDate() {
        TimeValue t = only("جرت الانتخابات الأحد 3 يونيو 2018 وسط إقبال ضعيف.", null);
        assertEquals("2018-06-03", t.value());
        assertEquals("الأحد 3 يونيو 2018", t.text());
        TimeValue m = only("يتولى تدريب الفريق منذ شهر مارس 2016 بعقد طويل.", null);
        assertEquals("شهر مارس 2016", m.text());
        assertEquals("2016-03", m.value());
        assertEquals("2019-10-01", only("تبدأ المرحلة في الأول من أكتوبر 2019 رسميا.", null).value());
        assertEquals("2018-03-23", only("انطلقت المباريات في الـ23 من مارس 2018 في موسكو.", null).value());
    }

    @Test
    void monthAloneIsPlacedAroundTheAnchor() {
        TimeValue past = only("تولى تدريب الفريق في أكتوبر الماضي إثر إقالة سلفه.", "2018-04-13");
        assertEquals("أكتوبر الماضي", past.text());
        assertEquals("2017-10", past.value());
        assertTrue(past.relative());
        assertEquals("2018-10", only("تجرى الانتخابات في أكتوبر المقبل.", "2018-04-13").value());
        // the October nearest the publication date: the last one, not six months ahead
        assertEquals("2017-10", only("بدأ المشروع في أكتوبر بتمويل أوروبي.", "2018-04-13").value());
        assertEquals("2018-06-26", only("أنهى الرئيس في 26 حزيران/يونيو مهام المدير العام.", "2018-07-05").value());
        assertEquals("2018-03-29", only("صدر العدد في 29 مارس/آذار الماضي.", "2018-04-06").value());
        TimeValue unknown = only("تولى تدريب الفريق في أكتوبر الماضي إثر إقالة سلفه.", null);
        assertNull(unknown.value());
        assertTrue(unknown.relative());
        assertEquals(List.of("2018-10"), values("يقام الحفل في أكتوبر من العام الحالي في الرياض.", "2018-04-13"));
    }

    @Test
    void monthRangeSharesTheYear() {
        assertEquals(List.of("2016-04", "2016-09"), values("ارتفعت التحويلات في الفترة من إبريل إلى سبتمبر 2016 بنسبة كبيرة.", null));
    }

    // ---------------------------------------------------------------- years

    @Test
    void yearsNeedACue() {
        TimeValue year = only("خرجت المؤسسة من عباءة التنظيم عام 2018 إثر الخلافات.", null);
        assertEquals("عام 2018", year.text());
        assertEquals("2018", year.value());
        assertEquals("2013", only("اعتزل بعد قيادة الفريق للثلاثية في 2013 مع المدرب.", null).value());
        assertEquals(List.of("2001", "2003"), values("لعب للنادي بين عامي 2001 و2003 قبل أن ينتقل.", null));
        assertEquals(List.of("عام 2011"), texts("كان يتحصن في الجبال منذ عام 2011 مع مجموعته.", null));
        assertEquals("2011", only("تأسست الحركة في نهاية العام 2011 في ريف حلب.", null).value());
        assertEquals(List.of("2019", "2019"), values("يتوقع النمو منتصف 2019 ويستقر أواخر 2019 وفق التقرير.", null));
        assertEquals(List.of("1975", "1990"), values("منذ انتهاء الحرب الأهلية (1975-1990) لم تصل طائرات.", null));
        assertEquals("2009", only("طالب النواب بإلغاء نتائج انتخابات 2009 فورا.", null).value());
        assertEquals("1981", only("شارك في الدورة التي عقدت عام ،1981 برئاسة الأمير.", null).value());
        assertEquals("1948", only("صورة قرية أبو غوش شمال القدس (1948).", null).value());
        assertEquals("2018", only("اختارتها المجلة كأقوى سيدات الأعمال في العام الحالي 2018 .", "2018-10-04").value());
    }

    @Test
    void numbersThatAreNotYears() {
        assertTrue(extract("ويرحل المدرب البالغ من العمر 46 عاما عن تدريب الفريق.", null).isEmpty());
        assertTrue(extract("يسمح له بالرحيل مقابل 2.2 مليون يورو في حالة تلقيه عرضا.", null).isEmpty());
        assertTrue(extract("يضم الفريق 11 لاعبا أساسيا و7 احتياطيين.", null).isEmpty());
        assertTrue(extract("للاستفسار اتصلوا على الرقم 0021671234567 أو 71-234-2019 أو +216 98 765 432.", null).isEmpty());
        assertTrue(extract("قتل في الهجوم 2000 شخص وأصيب 1999 آخرون.", null).isEmpty());
        assertTrue(extract("يعاني 22,2 مليون يمني بينما يواجه8,4 مليون شخص خطر المجاعة في الساعة 17,00.", null).isEmpty());
        assertTrue(extract("بلغت القيمة في 2019 مليون دولار بحسب الشركة.", null).isEmpty());
    }

    // ---------------------------------------------------------------- numeric dates

    @Test
    void numericDates() {
        assertEquals("2018-04-13", only("صدر القرار بتاريخ 13/04/2018 عن الوزارة.", null).value());
        assertEquals("2018-04-13", only("صدر القرار بتاريخ 13-4-2018 عن الوزارة.", null).value());
        assertEquals("2018-04-13", only("صدر القرار بتاريخ 2018/04/13 عن الوزارة.", null).value());
        TimeValue indic = only("صدر القرار بتاريخ ١٣/٠٤/٢٠١٨ عن الوزارة.", null);
        assertEquals("2018-04-13", indic.value());
        assertEquals("١٣/٠٤/٢٠١٨", indic.text());
        assertEquals(iso(LocalDate.from(HijrahDate.of(1440, 9, 15))), only("صدر التعميم في 1440/09/15 هـ.", null).value());
        assertTrue(extract("النتيجة 31/02/2018 غير صحيحة.", null).isEmpty());
    }

    // ---------------------------------------------------------------- Hijri

    @Test
    void hijriDatesAreConvertedWithHijrahDate() {
        String ramadan15 = iso(LocalDate.from(HijrahDate.of(1440, 9, 15)));
        TimeValue day = only("توفي الشيخ في 15 رمضان 1440 هـ في مكة.", null);
        assertEquals(ramadan15, day.value());
        assertEquals("15 رمضان 1440 هـ", day.text());
        assertEquals(ramadan15, only("توفي الشيخ في ١٥ رمضان ١٤٤٠هـ في مكة.", null).value());
        LocalDate muharram1441 = LocalDate.from(HijrahDate.of(1441, 1, 1));
        assertEquals(muharram1441.toString().substring(0, 7), only("صدر النظام في محرم 1441 بعد مراجعته.", null).value());
        assertEquals(String.valueOf(LocalDate.from(HijrahDate.of(1440, 1, 1)).getYear()),
                only("أقر المجلس اللائحة عام 1440 هـ بالإجماع.", null).value());
        assertEquals(String.valueOf(LocalDate.from(HijrahDate.of(1435, 1, 1)).getYear()),
                only("صدر القرار رقم 12 لعام 1435 هـ.", null).value());
        assertEquals(iso(LocalDate.from(HijrahDate.of(1439, 12, 10))), only("يوافق عيد الأضحى 10 ذو الحجة 1439 هـ.", null).value());
        assertEquals(iso(LocalDate.from(HijrahDate.of(1438, 5, 1))), only("بدأ العمل في 1 جمادى الأولى 1438 هـ.", null).value());
    }

    @Test
    void hijriYearsOutsideUmmAlQuraDoNotThrow() {
        assertDoesNotThrow(() -> extract("ولد عام 1700 هـ وتوفي في 3 رجب 1200 هـ وفي 30 شوال 20 هـ وفي 99999 هـ.", null));
        List<String> v = values("ولد عام 1250 هـ وتوفي في 3 رجب 1200 هـ.", null);
        assertEquals(2, v.size());
        assertEquals("1834", v.get(0)); // 1 Muharram 1250 AH fell in May 1834
        assertNotNull(v.get(1));
        assertTrue(v.get(1).startsWith("178"), v.get(1)); // Rajab 1200 AH fell in 1786
        assertEquals("0640", only("فتحت المدينة عام 20 هـ.", null).value()); // 20 AH began in December 640
    }

    @Test
    void zeroInAScoreIsNotSafar() {
        assertTrue(extract("فاز الفريق بنتيجة 3 صفر على منافسه.", null).isEmpty());
        assertEquals(iso(LocalDate.from(HijrahDate.of(1440, 2, 3))), only("جرى ذلك في 3 صفر 1440 هـ.", null).value());
    }

    // ---------------------------------------------------------------- relative expressions

    @Test
    void relativeToThePublicationDate() {
        String pub = "2018-04-13";
        assertEquals("2018-04-11", only("وقع الحادث قبل يومين في وسط المدينة.", pub).value());
        assertEquals("2018-04-10", only("نقلتها للإدارة قبل ثلاثة أيام تقريبا.", pub).value());
        assertEquals("2018-04-03", only("بدأت الحملة قبل عشرة أيام.", pub).value());
        assertEquals("2018-04-06", only("غادر البلاد قبل أسبوع.", pub).value());
        assertEquals("2018-02", only("أعلن عن المشروع قبل شهرين.", pub).value());
        assertEquals("2016", only("تزوجا قبل سنتين في باريس.", pub).value());
        TimeValue since = only("يعمل في مناصرة التنظيم منذ 4 سنوات.", pub);
        assertEquals("2014", since.value());
        assertEquals("منذ 4 سنوات", since.text());
        assertTrue(since.relative());
        assertEquals("2014", only("بدأ المشروع منذ أربع سنوات.", pub).value());
        assertEquals("2017", only("فاز باللقب العام الماضي.", pub).value());
        assertEquals("2018-03", only("ارتفعت الأسعار الشهر الماضي.", pub).value());
        assertEquals("2018-04-06", only("التقى الوزير نظيره الأسبوع الماضي.", pub).value());
        assertEquals("2018-04-12", only("أعلن الجيش أمس عن العملية.", pub).value());
        assertEquals("2018-04-12", only("عاد الوفد بالأمس إلى بلاده.", pub).value());
        assertEquals("2018-04-13", only("تعقد الجلسة اليوم في البرلمان.", pub).value());
        assertEquals("2018-04-14", only("يلتقي الفريقان غدا في ذهاب الدور.", pub).value());
        assertEquals("2018-04-15", only("يصل الوفد بعد يومين إلى العاصمة.", pub).value());
        assertEquals("2018", only("ارتفع عدد الضحايا منذ مطلع العام.", pub).value());
        assertEquals("2018-04", only("صرفت الرواتب مطلع الشهر.", pub).value());
        assertEquals("2018", only("يكتمل المشروع مع نهاية العام.", pub).value());
        assertEquals("2018", only("ارتفعت المبيعات هذا العام.", pub).value());
    }

    @Test
    void relativeToADateTheTextStated() {
        List<TimeValue> found = extract("قتل البغدادي في أكتوبر/ تشرين الأول 2019، وتولى نائبه إمارة التنظيم، أواخر الشهر ذاته.", null);
        assertEquals(2, found.size());
        assertEquals("أواخر الشهر ذاته", found.get(1).text());
        assertEquals("2019-10", found.get(1).value());
        assertTrue(found.get(1).relative());
        assertEquals(List.of("2017-03-05", "2017-03-06"), values("عقد الاجتماع في 5 مارس 2017، وفي اليوم التالي صدر البيان.", null));
        assertEquals(List.of("2017-10", "2017-11"), values("التقى الرئيس في أكتوبر 2017 ثم وبعدها بشهر قتل.", "2018-04-24"));
        assertEquals(List.of("2015", "2015"), values("تأسست الهيئة عام 2015 وفي العام ذاته بدأت عملها.", null));
        // with no publication date, a deictic expression counts from the last stated date
        assertEquals(List.of("2016", "2015"), values("انضم عام 2016 إلى الفريق وكان قد تركه العام الماضي.", null));
        // a year after «وعاد بعد عامين» continues the story of its paragraph
        assertEquals(List.of("1998", "2000"), values("قاد الفريق إلى اللقب عام 1998، وعاد إليه بعد عامين ليحقق البطولة.", "2018-03-01"));
    }

    @Test
    void relativeWithNoAnchorKeepsTheTextWithoutValue() {
        TimeValue t = only("قال إنه يعمل في مناصرة التنظيم منذ 4 سنوات.", null);
        assertEquals("منذ 4 سنوات", t.text());
        assertNull(t.value());
        assertTrue(t.relative());
        TimeValue event = only("جاء التعيين بعد أسبوع من إقالة المدير.", "2018-07-05");
        assertNull(event.value()); // counted from an event, not from a date
    }

    @Test
    void weekdayNames() {
        TimeValue bare = only("أفاد بيان لوزارة الداخلية، الأحد، أنه جرى القبض على المشتبه به.", null);
        assertEquals("الأحد", bare.text());
        assertNull(bare.value());
        assertTrue(bare.relative());
        assertEquals("2018-06-03", only("أفاد بيان لوزارة الداخلية، الأحد، أنه جرى القبض عليه.", "2018-06-06").value());
        TimeValue friday = only("أعلن النادي رسميا يوم الجمعة تعيين المدرب.", "2018-04-13");
        assertEquals("يوم الجمعة", friday.text());
        assertEquals("2018-04-13", friday.value());
        assertEquals("2018-04-02", only("صدر القرار يوم الإثنين الماضي.", "2018-04-06").value());
        assertEquals("2018-04-05", only("أقيل مساء أمس الخميس من منصبه.", "2018-04-06").value());
        assertTrue(extract("بدا الانسجام واضحا بين الاثنين خلال الحفل.", "2018-05-10").isEmpty());
    }

    @Test
    void wordsThatOnlyLookLikeTimes() {
        assertTrue(extract("قال المسؤول منذ اليوم الأول إن الاتفاق شامل.", "2018-04-24").isEmpty());
        assertTrue(extract("أكد المدير العام الحالي أن الشركة بخير.", "2018-04-24").isEmpty());
        assertTrue(extract("تزداد المعاناة يوما بعد يوم في المدينة.", "2018-04-24").isEmpty());
        assertTrue(extract("المدنيون بأمس الحاجة إلى المساعدة.", "2018-04-24").isEmpty());
        assertTrue(extract("مارس الضغط على الحكومة لسنوات.", "2018-04-24").isEmpty());
        assertTrue(extract("وقع الاختيار بعد عقد اتفاقية السلام.", "2018-04-24").isEmpty());
    }

    // ---------------------------------------------------------------- offsets

    @Test
    void spansMapBackThroughDiacriticsAndTatweel() {
        String original = "وُلِدَ الشَّيْخُ فِي ١٥ رَمَضَانَ ١٤٤٠هـ، وَتُوُفِّيَ فِي أكتـــوبر 2019.";
        List<TimeValue> found = extract(original, null);
        assertEquals(2, found.size());
        TimeValue hijri = found.get(0);
        assertEquals("١٥ رَمَضَانَ ١٤٤٠هـ", hijri.text());
        assertEquals(original.indexOf("١٥"), hijri.span().start());
        assertEquals(original.indexOf("،"), hijri.span().end());
        TimeValue greg = found.get(1);
        assertEquals("أكتـــوبر 2019", greg.text());
        assertEquals(original.indexOf("أكتـــوبر"), greg.span().start());
        assertEquals("2019-10", greg.value());
    }

    @Test
    void expressionsComeInTextOrder() {
        String text = "في 18 فبراير/شباط 2018 أعلنت الحركتان اندماجهما، ثم صدر بيان يوم 26 فبراير/شباط، "
                + "وكانت الحركة قد تأسست في 11 نوفمبر/تشرين الثاني 2011.";
        List<TimeValue> found = extract(text, "2018-02-28");
        assertEquals(List.of("2018-02-18", "2018-02-26", "2011-11-11"), found.stream().map(TimeValue::value).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).span().end() <= found.get(i).span().start());
        }
        assertFalse(found.get(0).relative());
        assertTrue(found.get(1).relative()); // its year comes from the publication date
    }

    @Test
    void publicationDateAtAnyPrecision() {
        assertEquals("2017", only("فاز باللقب العام الماضي.", "2018").value());
        assertEquals("2018-03", only("ارتفعت الأسعار الشهر الماضي.", "2018-04").value());
        assertEquals("2017", only("فاز باللقب العام الماضي.", "2018-04-13T10:00:00Z").value());
        assertNull(only("فاز باللقب العام الماضي.", "unknown").value());
    }
}
