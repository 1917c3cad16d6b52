package org.isnad.core.pipeline;

import org.isnad.core.model.Document;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.Extraction;
import org.isnad.core.model.Relation;
import org.isnad.core.normalize.NormalizedText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of the whole extraction on short texts written for these tests. */
class PipelineTest {
    private static final Pipeline PIPELINE = Pipeline.load();

    private static Extraction run(String text) { return PIPELINE.extract(Document.of("t", text)); }

    private static Optional<Entity> named(Extraction x, String name) {
        String f = NormalizedText.fold(name);
        return x.entities().stream().filter(e -> NormalizedText.fold(e.name()).equals(f)
                || e.aliases().stream().anyMatch(a -> NormalizedText.fold(a).equals(f))).findFirst();
    }

    private static Entity entity(Extraction x, String name) {
        return named(x, name).orElseThrow(() -> new AssertionError("no entity named " + name + " in " + x.entities()));
    }

    @Test
    void kunyaWithNisbaAndItsShortForm() {
        Extraction x = run("أعلن أبو عمر الحلبي انشقاقه عن الجماعة. وقال الحلبي إن القرار نهائي.");
        Entity e = entity(x, "أبو عمر الحلبي");
        assertEquals(EntityType.PERSON, e.type());
        assertTrue(e.aliases().stream().anyMatch(a -> NormalizedText.fold(a).equals("الحلبي")), e.aliases().toString());
        assertEquals(2, e.mentions().size());
    }

    @Test
    void organizationHeadsQuotesAndLists() {
        Extraction x = run("نشرت مؤسسة “صدى الجبال” بيانا، وهاجمت مؤسسات الفجر الجديد، ونور اليقين، ومجلة البيان.");
        Entity sada = entity(x, "صدى الجبال");
        assertEquals(EntityType.ORGANIZATION, sada.type());
        assertEquals("media", sada.kind());
        assertEquals(EntityType.ORGANIZATION, entity(x, "الفجر الجديد").type());
        assertEquals(EntityType.ORGANIZATION, entity(x, "نور اليقين").type());
        assertEquals(EntityType.ORGANIZATION, entity(x, "مجلة البيان").type());
    }

    @Test
    void statedAliasesMergeAndSharedNisbaStaysApart() {
        Extraction x = run("تولى أبو الحسن التميمي المعروف بـ\"أبو صهيب التميمي\" (الأنصاري) قيادة الكتيبة. "
                + "أما أبو يوسف التميمي فقد بقي في منصبه.");
        Entity first = entity(x, "أبو الحسن التميمي");
        assertTrue(named(x, "أبو صهيب التميمي").map(e -> e.id().equals(first.id())).orElse(false), "stated alias merged");
        assertTrue(named(x, "الأنصاري").map(e -> e.id().equals(first.id())).orElse(false), "bracketed alias merged");
        Entity other = entity(x, "أبو يوسف التميمي");
        assertNotEquals(first.id(), other.id(), "two people sharing a nisba stay distinct");
    }

    @Test
    void appositionGivesARelationWithItsRole() {
        Extraction x = run("وقال أبو خالد العراقي، مدير مؤسسة الصمود، إن العمل مستمر.");
        Entity person = entity(x, "أبو خالد العراقي");
        Entity org = entity(x, "مؤسسة الصمود");
        Relation r = x.relations().stream().filter(rel -> rel.subject().equals(person.id()) && rel.object().equals(org.id()))
                .findFirst().orElseThrow(() -> new AssertionError(x.relations().toString()));
        assertEquals("LEADER_OF", r.type());
        assertEquals("مدير", r.role());
    }

    @Test
    void expulsionWithAgentAndClaimant() {
        Extraction x = run("وبحسب رسائل نشرتها قناة \"الراصد\" فإن جماعة الصمود طردت أبو دجانة الشامي من صفوفها.");
        Entity channel = entity(x, "الراصد");
        Entity group = entity(x, "جماعة الصمود");
        Entity person = entity(x, "أبو دجانة الشامي");
        Event ev = x.events().stream().filter(e -> e.type().equals("EXPULSION")).findFirst().orElseThrow();
        assertTrue(ev.arguments().stream().anyMatch(a -> a.role().equals("agent") && a.entity().equals(group.id())), ev.toString());
        assertTrue(ev.arguments().stream().anyMatch(a -> a.role().equals("patient") && a.entity().equals(person.id())), ev.toString());
        assertEquals(channel.id(), ev.source());
    }

    @Test
    void emptyAndNonArabicTextGiveEmptyResults() {
        assertTrue(run("").entities().isEmpty());
        Extraction en = run("The quick brown fox jumps over the lazy dog.");
        assertEquals("en", en.language());
        assertFalse(en.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON));
        List<Entity> none = run("؟؟؟ ... «» ()").entities();
        assertTrue(none.isEmpty());
    }

    @Test
    void describedPersonBecomesOneEntityAndSpeaks() {
        Extraction x = run("طردت الجماعة المسؤول الإعلامي المفصول من منصبه. وقال المسؤول الإعلامي المفصول إن قرار الطرد جاء دون تحقيق.");
        Entity d = x.entities().stream().filter(e -> "descriptor".equals(e.kind())).findFirst()
                .orElseThrow(() -> new AssertionError(x.entities().toString()));
        assertEquals(EntityType.PERSON, d.type());
        assertEquals(2, d.mentions().size());
        assertTrue(x.events().stream().anyMatch(e -> e.type().equals("STATEMENT") && e.arguments().stream()
                .anyMatch(a -> a.role().equals("speaker") && a.entity().equals(d.id()))), x.events().toString());
    }

    @Test
    void personNamedInsideAChannelNameIsANestedMention() {
        Extraction x = run("قُتل أبو عمر الحلبي في غارة. ونشرت قناة «أنصار الحلبي والشامي» صورته.");
        Entity person = entity(x, "أبو عمر الحلبي");
        Entity channel = entity(x, "أنصار الحلبي والشامي");
        assertEquals(EntityType.ORGANIZATION, channel.type());
        assertTrue(person.mentions().stream().anyMatch(m -> channel.mentions().get(0).span().contains(m.span())),
                "the person's nisba inside the channel name is a mention of the person: " + person.mentions());
    }

    @Test
    void relativeDatesFollowThePublicationDateAndTheLastStatedDate() {
        Extraction x = PIPELINE.extract(new Document("t", "اعتقلت الشرطة أبو علي الأنباري قبل يومين في بغداد.", null, "2021-03-12", null));
        Event arrest = x.events().stream().filter(e -> e.type().equals("ARREST")).findFirst().orElseThrow(() -> new AssertionError(x.events().toString()));
        assertEquals("2021-03-10", arrest.time().value());
        Extraction y = run("قُتل أبو بكر الشامي في أكتوبر/ تشرين الأول 2019، وتولى أبو حمزة الشامي قيادة الجماعة أواخر الشهر ذاته.");
        assertTrue(y.events().stream().anyMatch(e -> e.type().equals("APPOINTMENT") && e.time() != null && "2019-10".equals(e.time().value())), y.events().toString());
        assertTrue(y.events().stream().anyMatch(e -> e.type().equals("DEATH") && e.time() != null && "2019-10".equals(e.time().value())), y.events().toString());
    }

    @Test
    void latinNamesAreConventionalSpellings() {
        Extraction x = run("قُتل أبو بكر البغدادي في سوريا.");
        assertEquals("Abu Bakr al-Baghdadi", entity(x, "أبو بكر البغدادي").latin());
        assertEquals("Syria", entity(x, "سوريا").latin());
    }
}
