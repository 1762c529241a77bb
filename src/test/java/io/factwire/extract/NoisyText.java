package io.factwire.extract;

import java.util.Random;

/**
 * Generates noisy made-up article text from a seeded {@link Random}: words the extractor reacts to (months,
 * numbers, formation and speech words, names) mixed with quote marks of every kind, dashes, emoji (surrogate
 * pairs), odd spaces, tabs and line ends, very long lines, empty input and title-only input.
 */
final class NoisyText {
    private static final String[] WORDS = {
        "the",
        "a",
        "of",
        "in",
        "near",
        "said",
        "told",
        "reporters",
        "according",
        "to",
        "citing",
        "he",
        "she",
        "the spokeswoman",
        "General",
        "Anna",
        "Berg",
        "Kask",
        "Colonel",
        "Ivo",
        "Sepp",
        "Narva",
        "Tallinn",
        "Riga",
        "Kyiv",
        "NATO",
        "Reuters",
        "TASS",
        "Yonhap",
        "Ministry",
        "Defence",
        "brigade",
        "3rd",
        "41st",
        "Mechanised",
        "Brigade",
        "Regiment",
        "Army",
        "Korean",
        "People’s",
        "(KPA)",
        "KPA",
        "troops",
        "soldiers",
        "civilians",
        "killed",
        "wounded",
        "deployed",
        "sent",
        "between",
        "and",
        "from",
        "at least",
        "about",
        "more than",
        "up to",
        "two dozen",
        "dozen",
        "1,200",
        "1 000",
        "3,000-4,000",
        "10,000",
        "6.4",
        "45",
        "$5",
        "15%",
        "percent",
        "tanks",
        "drones",
        "HIMARS",
        "S-400",
        "Leopard",
        "2A6",
        "Shahed-136",
        "Patriot",
        "systems",
        "Order",
        "Courage",
        "Hero",
        "Medal",
        "Cross",
        "Victoria",
        "March",
        "Feb.",
        "27",
        "2026",
        "2024",
        "May",
        "last",
        "next",
        "Friday",
        "Monday",
        "yesterday",
        "earlier this month",
        "last year",
        "will",
        "on the",
        "27th",
        "120-day",
        "four",
        "months",
        "less than",
        "three",
        "48",
        "hours",
        "several",
        "weeks",
        "45-year-old",
        "two",
        "years",
        "ago",
        "O’Brien",
        "’90s",
        "rock ’n’ roll",
        "it’s",
        "Kim’s",
        "Source:",
        "By",
        "Photo:",
        "Leave a comment",
        "Share this article",
        "©",
        "village of",
        "Plekhovo",
        "Mr.",
        "Dr.",
        "U.S.",
        "/TASS/",
        "(Reuters)",
        "--",
        "-",
        "–",
        "—",
        "...",
        "…",
        "?",
        "!",
        ".",
        ",",
        ":",
        ";",
        "(",
        ")",
        "[",
        "]",
        "/",
        "#",
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "\uD83D\uDE00",
        "\uD83C\uDDFA\uD83C\uDDE6",
        "\uD835\uDC00",
        "é",
        "ß",
        "İ",
        "ﬁ",
        "\u00A0",
        "\u200B",
        "\u00AD",
        "\uFEFF",
        "\u2028",
        "\u2029",
        "\t",
        "\r",
        "\r\n",
        "\n",
        "\n\n",
        "\n\n\n",
        "  ",
        "0",
        "00",
        "1.",
        "2)",
        "•",
        "*",
        "|"
    };
    private static final String[] LINE_STARTS = {
        "",
        "",
        "",
        "LONDON, March 3 (Reuters) - ",
        "Warsaw, (Agency - 3rd Mar, 2026) - ",
        "Tallinn: ",
        "RIGA, March 3. /TASS/. ",
        "SEOUL, Feb. 12 (Yonhap) -- ",
        "“",
        "\"",
        "- ",
        "# ",
        "By ",
        "Source: "
    };

    private NoisyText() {}

    /** Noisy text with every kind of mark. */
    static String generate(Random random) {
        return generate(random, true);
    }

    /**
     * Noisy text; without {@code crashTriggers} it holds no «, » or „ and never glues a quote mark to an opening
     * bracket, colon, slash or dash, the two shapes that made the extractor throw before main fixed them.
     */
    static String generate(Random random, boolean crashTriggers) {
        String text = generateAny(random);
        return crashTriggers ? text : withoutCrashTriggers(text);
    }

    private static String withoutCrashTriggers(String text) {
        String safe = text.replace('«', '“').replace('»', '”').replace('„', '“');
        return safe.replaceAll("([(\\[{—–\\-/:])([\"“”‘'])", "$1 $2");
    }

    private static String generateAny(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return "";
        }
        if (kind == 1) {
            return words(random, 1 + random.nextInt(8));
        }
        if (kind == 2) {
            // one very long line with no breaks
            return words(random, 3) + "\n\n" + words(random, 2000 + random.nextInt(2000));
        }
        StringBuilder text = new StringBuilder(words(random, 1 + random.nextInt(10)));
        int paragraphs = random.nextInt(12);
        for (int p = 0; p < paragraphs; p++) {
            text.append(random.nextInt(4) == 0 ? "\r\n\r\n" : random.nextInt(5) == 0 ? "\n" : "\n\n");
            text.append(LINE_STARTS[random.nextInt(LINE_STARTS.length)]);
            text.append(words(random, random.nextInt(60)));
        }
        return text.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            int glue = random.nextInt(10);
            if (glue < 7) {
                sb.append(' ');
            } else if (glue == 7 && sb.length() > 0) {
                sb.append(random.nextBoolean() ? "\t" : "  ");
            }
            sb.append(word);
        }
        return sb.toString();
    }

    /** The text with line ends, tabs and non-ASCII characters escaped, for a readable failure message. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c > 126) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
