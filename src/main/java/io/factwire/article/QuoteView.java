package io.factwire.article;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quote as served; {@code speaker}, {@code speakerMention} and {@code source} are null when unknown. {@code rule}
 * and {@code sourceRule} name the attribution rules that decided the speaker and the source: served only with
 * {@code ?explain=true}, left out otherwise (and for rows stored before rules were kept).
 */
public record QuoteView(
        String text,
        String speaker,
        String speakerMention,
        String source,
        boolean fragment,
        int start,
        int end,
        int section,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sourceRule) {

    /** This quote with its rules when {@code explain}, without them otherwise. */
    public QuoteView explained(boolean explain) {
        return explain || rule == null && sourceRule == null
                ? this
                : new QuoteView(text, speaker, speakerMention, source, fragment, start, end, section, null, null);
    }
}
