package io.factwire.extract;

import java.time.LocalDate;
import java.util.List;

/** The whole text pipeline: raw article text in, {@link Extraction} out. Stateless and thread-safe. */
public final class Extractor {
    /** Bump when the output for the same input changes, so stored articles are re-extracted. */
    public static final int VERSION = 1;

    public Extraction extract(String rawText, LocalDate publishedAt) {
        String text = rawText.replace("\r\n", "\n");
        int nl = text.indexOf("\n");
        String title = (nl < 0 ? text : text.substring(0, nl)).strip();
        String body = nl < 0 ? "" : text.substring(nl).strip();
        return new Extraction(title, null, body,
                List.of(new Section(0, null, 0, body.length(), List.of(new Paragraph(0, body.length())))),
                List.of(), List.of());
    }
}
