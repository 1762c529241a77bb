package io.factwire.change;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.factwire.web.AbsoluteLink;
import java.util.List;

/**
 * A page of the change feed. {@code lastSequence} is what to pass as {@code since} next (the given
 * {@code since} when the page is empty); {@code more} says whether events are already waiting after it.
 */
public record ChangePage(List<ChangeView> items, long lastSequence, boolean more) {

    /** An event as served; {@code link} is null for a deletion, whose article no longer answers. */
    public record ChangeView(
            long sequence,
            String type,
            String articleId,
            int revision,
            String at,
            @JsonSerialize(using = AbsoluteLink.class) String link) {
        static ChangeView of(Change change) {
            return new ChangeView(
                    change.sequence(),
                    change.type(),
                    change.articleId(),
                    change.revision(),
                    change.at(),
                    change.type().equals("deleted") ? null : "/v1/articles/" + change.articleId());
        }
    }
}
