package io.factwire.article;

/** A quote as served; {@code speaker}, {@code speakerMention} and {@code source} are null when unknown. */
public record QuoteView(String text, String speaker, String speakerMention, String source, boolean fragment,
                        int start, int end, int section) {
}
