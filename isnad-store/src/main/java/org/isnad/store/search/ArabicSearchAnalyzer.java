package org.isnad.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.isnad.core.normalize.NormalizedText;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Arabic-aware analysis for names and news text: Unicode word tokens, Isnad's folding
 * ({@link NormalizedText#fold}: diacritics, hamza seats, ta marbuta, alef maqsura, digits), and
 * the forms of {@link SearchForms} stacked at the same position. Deliberately no stemmer: Lucene's
 * Arabic stemmer strips letters that belong to names (البغدادي → بغداد).
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    private final boolean indexing;

    /** @param indexing true for the index side (also article-less forms), false for queries */
    public ArabicSearchAnalyzer(boolean indexing) {
        this.indexing = indexing;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new FormsFilter(source, indexing));
    }

    /** Names of one entity are separate values: a phrase never runs from one into the next. */
    @Override
    public int getPositionIncrementGap(String fieldName) { return 100; }

    static final class FormsFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final boolean indexing;
        private final SearchForms forms = SearchForms.get();
        private final Deque<String> pending = new ArrayDeque<>();
        private State state;

        FormsFilter(TokenStream in, boolean indexing) {
            super(in);
            this.indexing = indexing;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                restoreState(state);
                term.setEmpty().append(pending.pop());
                posInc.setPositionIncrement(0);
                return true;
            }
            while (input.incrementToken()) {
                String folded = NormalizedText.fold(term.toString());
                if (folded.isEmpty()) continue;
                term.setEmpty().append(folded);
                pending.addAll(forms.variants(folded, indexing));
                if (!pending.isEmpty()) state = captureState();
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            state = null;
        }
    }
}
