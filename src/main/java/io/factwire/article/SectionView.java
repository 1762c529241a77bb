package io.factwire.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A section: its heading (null for the lead), its span of the body and its paragraphs. {@code text} is only
 * filled in by the section endpoints; the whole article carries the body instead.
 */
public record SectionView(
        int index,
        String heading,
        int start,
        int end,
        List<ParagraphView> paragraphs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    public record ParagraphView(int start, int end) {}

    SectionView withText(String body) {
        return new SectionView(index, heading, start, end, paragraphs, body.substring(start, end));
    }
}
