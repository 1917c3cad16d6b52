package org.isnad.core.segment;

import org.isnad.core.normalize.NormalizedText;
import org.isnad.core.resources.DataFiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tokens and sentences of a normalized text in one linear pass. Words are runs of letters of
 * one script; digits form their own tokens; every other non-space character is a token of its
 * own. Sentences end at . ! ? ؟ ; ؛ (not inside numbers, not after an abbreviation) and at line breaks,
 * so a headline on its own line is its own sentence.
 */
public final class Tokenizer {
    private final CliticSegmenter clitics;
    private final Set<String> abbreviations;

    public Tokenizer(CliticSegmenter clitics) {
        this.clitics = clitics;
        Set<String> abbr = new HashSet<>();
        for (String line : DataFiles.lines("segment/abbreviations.txt")) abbr.add(NormalizedText.fold(line.strip()));
        this.abbreviations = Set.copyOf(abbr);
    }

    public record Result(List<Token> tokens, List<Sentence> sentences) {}

    public Result tokenize(NormalizedText normalized) {
        String s = normalized.text();
        int n = s.length();
        List<Token> tokens = new ArrayList<>(n / 5 + 8);
        List<Sentence> sentences = new ArrayList<>(n / 120 + 4);
        int sentence = 0;
        int sentenceStart = -1;
        int sentenceFirstToken = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                if (sentenceStart >= 0) {
                    sentences.add(new Sentence(sentence++, sentenceStart, lastEnd(tokens), sentenceFirstToken, tokens.size()));
                    sentenceStart = -1;
                    sentenceFirstToken = tokens.size();
                }
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { i++; continue; }
            int start = i;
            TokenKind kind;
            if (isArabicLetter(c)) {
                while (i < n && isArabicLetter(s.charAt(i))) i++;
                kind = TokenKind.WORD;
            } else if (c >= '0' && c <= '9') {
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
                kind = TokenKind.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(s.charAt(i)) && !isArabicLetter(s.charAt(i))) i++;
                kind = TokenKind.LATIN;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                i += 2;
                kind = TokenKind.PUNCT;
            } else {
                i++;
                kind = c == '"' ? TokenKind.QUOTE : TokenKind.PUNCT;
            }
            if (sentenceStart < 0) sentenceStart = start;
            String form = s.substring(start, i);
            Token.Stem[] stems = kind == TokenKind.WORD ? clitics.stems(form, i) : NO_STEMS;
            tokens.add(new Token(tokens.size(), start, i, form, kind, sentence, stems));
            if (kind == TokenKind.PUNCT && endsSentence(s, start, c, tokens)) {
                // a closing quote or bracket right after the full stop stays in the sentence
                while (i < n && (s.charAt(i) == '"' || s.charAt(i) == ')')) {
                    tokens.add(new Token(tokens.size(), i, i + 1, s.substring(i, i + 1),
                            s.charAt(i) == '"' ? TokenKind.QUOTE : TokenKind.PUNCT, sentence, NO_STEMS));
                    i++;
                }
                sentences.add(new Sentence(sentence++, sentenceStart, i, sentenceFirstToken, tokens.size()));
                sentenceStart = -1;
                sentenceFirstToken = tokens.size();
            }
        }
        if (sentenceStart >= 0) sentences.add(new Sentence(sentence, sentenceStart, lastEnd(tokens), sentenceFirstToken, tokens.size()));
        return new Result(tokens, sentences);
    }

    private boolean endsSentence(String s, int at, char c, List<Token> tokens) {
        switch (c) {
            case '!', '?', '\u061F', ';', '\u061B' -> { return true; }
            case '.' -> {
                boolean digitBefore = at > 0 && Character.isDigit(s.charAt(at - 1));
                boolean digitAfter = at + 1 < s.length() && Character.isDigit(s.charAt(at + 1));
                if (digitBefore && digitAfter) return false;           // 2.2 مليون
                if (at + 1 < s.length() && s.charAt(at + 1) == '.') return false; // ellipsis: split at its last dot
                if (tokens.size() >= 2) {
                    Token prev = tokens.get(tokens.size() - 2);
                    if (prev.end() == at && (prev.kind() == TokenKind.WORD || prev.kind() == TokenKind.LATIN)
                            && abbreviations.contains(prev.form())) return false;
                }
                return true;
            }
            default -> { return false; }
        }
    }

    private static int lastEnd(List<Token> tokens) { return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end(); }

    /** Arabic letters proper (not Arabic punctuation, digits or marks, which the normalizer maps or drops). */
    static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F');
    }

    private static final Token.Stem[] NO_STEMS = new Token.Stem[0];
}
