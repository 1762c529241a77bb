package io.factwire.corpus;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factwire.article.FactView;
import io.factwire.article.QuoteView;
import io.factwire.web.AbsoluteLink;
import java.util.List;

/** The JSON shapes of the answers across articles. */
public final class CorpusViews {
    private CorpusViews() {}

    /** A quote as the article serves it, plus where it is: {@code articleId} and the article's link. */
    public record ArticleQuote(
            String articleId,
            @JsonUnwrapped QuoteView quote,
            @JsonSerialize(using = AbsoluteLink.class) String link) {}

    /** A fact as the article serves it, plus {@code articleId} and the article's link. */
    public record ArticleFact(
            String articleId,
            @JsonUnwrapped FactView fact,
            @JsonSerialize(using = AbsoluteLink.class) String link) {}

    /** A speaker with counts and the link to their quotes. */
    public record SpeakerView(
            String speaker,
            int quotes,
            int articles,
            @JsonSerialize(using = AbsoluteLink.class) String link) {}

    /** A page of items; {@code next} is the cursor of the following page, or null. */
    public record Page<T>(List<T> items, String next) {}
}
