package org.isnad.store.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.core.normalize.NormalizedText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchFormsTest {
    private final SearchForms forms = SearchForms.get();

    private List<String> variants(String word, boolean indexing) {
        return forms.variants(NormalizedText.fold(word), indexing);
    }

    @Test
    void proclitics() {
        String baghdadi = NormalizedText.fold("البغدادي");
        for (String w : new String[] {"بالبغدادي", "لالبغدادي", "للبغدادي", "والبغدادي", "وبالبغدادي", "فالبغدادي"})
            assertTrue(variants(w, false).contains(baghdadi), w + " → " + variants(w, false));
        assertTrue(variants("لداعش", false).contains("داعش"));
        assertTrue(variants("وداعش", false).contains("داعش"));
        // a word too short to lose a letter keeps it
        assertTrue(variants("بنك", false).isEmpty(), variants("بنك", false).toString());
    }

    @Test
    void kunyaCaseAndArticle() {
        assertTrue(variants("أبي", false).contains("ابو"));
        assertTrue(variants("البغدادي", true).contains("بغدادي"), "indexed without the article too");
        assertFalse(variants("البغدادي", false).contains("بغدادي"), "a query keeps its article");
    }

    @Test
    void analyzerStacksFormsAndFolds() throws IOException {
        List<String> terms = new ArrayList<>();
        try (ArabicSearchAnalyzer a = new ArabicSearchAnalyzer(true); TokenStream ts = a.tokenStream("text", "قُتِلَ بالبغدادي")) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) terms.add(t.toString());
            ts.end();
        }
        assertEquals("قتل", terms.get(0), "diacritics folded");
        assertTrue(terms.contains(NormalizedText.fold("البغدادي")), terms.toString());
        assertTrue(terms.contains(NormalizedText.fold("بغدادي")), terms.toString());
    }
}
