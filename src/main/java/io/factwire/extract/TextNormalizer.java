package io.factwire.extract;

import java.util.regex.Pattern;

/**
 * Cleans raw article text before anything else reads it: one kind of line break, no invisible characters,
 * ordinary spaces, no runs of spaces, no spaces at line ends. Quote marks and dashes are kept as written:
 * the body is served as the article's text, and clients highlight in it.
 */
final class TextNormalizer {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern LINE_EDGE_SPACE = Pattern.compile("(?m)^ +| +$");

    String normalize(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = ODD_SPACE.matcher(text).replaceAll(" ");
        text = SPACE_RUN.matcher(text).replaceAll(" ");
        return LINE_EDGE_SPACE.matcher(text).replaceAll("");
    }
}
