package io.factwire.extract;

/**
 * A quotation: the words without their quote marks at {@code [start,end)} of the body. {@code speaker} is the
 * canonical full name (null when nobody is named), {@code speakerMention} the words that named them where
 * attribution was found ("he", "the spokeswoman", "Kim"), {@code source} the outlet or agency that reported
 * it. {@code fragment} marks a short phrase quoted inside a sentence. {@code rule} names the attribution rule that
 * decided the speaker ("speaker.said-after-quote"; "speaker.none" when none did), {@code sourceRule} the one that
 * decided the source ("source.according-to"; "source.none").
 */
public record Quote(
        String text,
        int start,
        int end,
        String speaker,
        String speakerMention,
        String source,
        boolean fragment,
        int section,
        String rule,
        String sourceRule)
        implements Spanned {
    public Quote {
        Span.check(start, end);
    }
}
