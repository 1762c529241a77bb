package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a block into sentences at {@code . ! ?} (and a closing quote after them) followed by a space and a
 * capital, digit or opening quote, except after abbreviations and initials.
 */
final class SentenceSplitter {
    private final Set<String> abbreviations;

    SentenceSplitter(Lexicon lexicon) {
        this.abbreviations = lexicon.lowerSet("abbreviations");
    }

    List<Span> split(String text, int start, int end) {
        List<Span> sentences = new ArrayList<>();
        int sentenceStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int after = i + 1;
            while (after < end && "\"”’')]".indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            if (after >= end || text.charAt(after) != ' ' || after + 1 >= end) {
                continue;
            }
            char next = text.charAt(after + 1);
            boolean startsSentence =
                    Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'(".indexOf(next) >= 0;
            if (!startsSentence || (c == '.' && isAbbreviation(text, sentenceStart, i))) {
                continue;
            }
            sentences.add(new Span(sentenceStart, after));
            sentenceStart = after + 1;
        }
        if (sentenceStart < end) {
            sentences.add(new Span(sentenceStart, end));
        }
        return sentences;
    }

    private boolean isAbbreviation(String text, int from, int dot) {
        int wordStart = dot;
        while (wordStart > from
                && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }
}
