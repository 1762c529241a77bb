package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Corpus articles cut at random places and spliced with awkward pieces (quote marks of every kind, datelines,
 * numbers, emoji, line breaks): the extractor never throws and every offset reads back its text. A seeded
 * generator, so a failure can be replayed.
 */
class SplicedTextTest {
    private static final String[] PIECES = {
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        " said ",
        " told Reuters ",
        " 14,000 ",
        " between 3,000 and 4,000 ",
        "\n\n",
        "\n",
        " – ",
        "—",
        "(",
        ")",
        "Friday",
        " March 3, 2026 ",
        " 120-day ",
        " less than three months ",
        "😀",
        "\r\n",
        "\t",
        " he added",
        ":",
        "/TASS/",
        "LONDON, March 3 (Reuters) - ",
        "Order of ",
        "Hero of ",
        "S-400",
        " killed ",
        " troops ",
        "a",
        "the",
        "By Anna Berg",
        "Related",
        "Leave a Reply",
        "?",
        ".",
        ",",
        "1 000",
        "two dozen",
        "",
        " ",
        "#",
        "•",
        "- ",
        "[The soldiers]",
        "’s",
        "'90s",
        "x".repeat(300)
    };

    @Test
    void splicedArticlesNeverBreakTheExtractorOrItsOffsets() throws IOException {
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                corpus.add(Files.readString(p));
            }
        }
        Extractor extractor = new Extractor();
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            StringBuilder text = new StringBuilder();
            if (random.nextBoolean()) {
                String article = corpus.get(random.nextInt(corpus.size()));
                text.append(article, 0, random.nextInt(article.length()));
            }
            int pieces = random.nextInt(80);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            LocalDate published =
                    random.nextBoolean() ? null : LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28));
            Extraction extraction = extractor.extract(text.toString(), published);
            String body = extraction.body();
            for (Quote q : extraction.quotes()) {
                assertThat(body.substring(q.start(), q.end())).as("case %d", i).isEqualTo(q.text());
            }
            for (Fact f : extraction.facts()) {
                assertThat(body.substring(f.start(), f.end())).as("case %d", i).isEqualTo(f.text());
            }
        }
    }
}
