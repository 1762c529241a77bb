package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties that hold for every extraction: over the development corpus, over hand-picked awkward inputs and
 * over a few hundred generated noisy texts.
 */
class InvariantsTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Extractor EXTRACTOR = Extracts.EXTRACTOR;
    private static final int GENERATED = 400;

    static Stream<Path> corpusArticles() throws IOException {
        return Files.list(CORPUS).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    private static LocalDate publishedAt(Path article) throws IOException {
        Path gold = CORPUS.resolve(article.getFileName().toString().replace(".txt", ".gold.json"));
        if (!Files.exists(gold)) {
            return null;
        }
        JsonNode node = new ObjectMapper().readTree(gold.toFile());
        return node.hasNonNull("publishedAt")
                ? LocalDate.parse(node.get("publishedAt").asText())
                : null;
    }

    @Test
    void corpusIsNotEmpty() throws IOException {
        assertThat(corpusArticles().count()).isGreaterThan(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusArticles")
    void everyCorpusArticleGivesASoundExtractionWithAndWithoutPublicationDate(Path article) throws IOException {
        String text = Files.readString(article);
        for (LocalDate published : new LocalDate[] {publishedAt(article), null, LocalDate.of(2026, 1, 1)}) {
            Extraction e = EXTRACTOR.extract(text, published);
            assertThat(ExtractionInvariants.violations(e))
                    .as(article + " published " + published)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusArticles")
    void corpusArticleWithWindowsLineEndsGivesTheSameBody(Path article) throws IOException {
        String text = Files.readString(article);
        Extraction unix = EXTRACTOR.extract(text, null);
        Extraction windows = EXTRACTOR.extract(text.replace("\n", "\r\n"), null);
        assertThat(windows.body()).isEqualTo(unix.body());
        assertThat(windows.title()).isEqualTo(unix.title());
        assertThat(windows.facts()).isEqualTo(unix.facts());
        assertThat(windows.quotes()).isEqualTo(unix.quotes());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\n",
                "\n\n\n",
                "\r\n\r\n",
                "\t",
                "Only a title",
                "Only a title\n",
                "Only a title\n\n\n",
                "\"",
                "“",
                "”",
                "'",
                "’",
                "— – -",
                "“”",
                "\"\"",
                "Title\n\n\"",
                "Title\n\n“",
                "Title\n\n”",
                "Title\n\n‘",
                "Title\n\n’s",
                "Title\n\n\"\"\"\"",
                "Title\n\n“ ” “ ”",
                "Title\n\n1",
                "Title\n\n1,000",
                "Title\n\n1 000 000 000 000 000 000 000 troops",
                "Title\n\n99999999999999999999999 soldiers were killed",
                "Title\n\nMarch 99, 2026",
                "Title\n\non the 45th",
                "Title\n\nFebruary 30, 2026",
                "Title\n\nbetween 4 and",
                "Title\n\nfrom 10 to",
                "Title\n\n3-",
                "Title\n\n\uD83D\uDE00",
                "Title\n\n\uD83D\uDE00“\uD83D\uDE00”\uD83D\uDE00",
                "Title\n\n\uD800",
                "Title\n\n\uDC00 said",
                "\uFEFFTitle\n\nBody",
                "Title\n\n\u200B\u200B\u200B",
                "Title\n\n# \n\n## ",
                "Title\n\n- \n- \n- ",
                "Title\n\n: : :",
                "Title\n\n(((",
                "Title\n\n/TASS/",
                "Title\n\nRIGA, March 3. /TASS/.",
                "Title\n\nA / B / C /",
                "Title\n\n’90s ’n’ ’",
                "Title\n\nsaid said said",
                "Title\n\n“said,” said “said,” said",
                "Title\n\nthe spokeswoman said “he”",
                "Title\n\nMr.",
                "Title\n\n(KPA) (KPA)"
            })
    void awkwardInputGivesASoundExtraction(String text) {
        for (LocalDate published : new LocalDate[] {null, LocalDate.of(2026, 3, 7)}) {
            assertThatCode(() -> EXTRACTOR.extract(text, published)).as(text).doesNotThrowAnyException();
            Extraction e = EXTRACTOR.extract(text, published);
            assertThat(ExtractionInvariants.violations(e)).as(text).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The sign said “Halt (“Stop”) in two languages.",
                "He shouted “Go on:“Now!” at the crowd.",
                "He said \"first:\"second\" and left.",
                "Signs read «Stop—“Halt” along the road.",
                "The placard read 'Down with «them» now' in red.",
                "She wrote 'hold «the line' in the log."
            })
    void openingMarkInsideAnOpenQuotationGivesASoundExtraction(String paragraph) {
        assertThatCode(() -> Extracts.of(paragraph)).as(paragraph).doesNotThrowAnyException();
        assertThat(ExtractionInvariants.violations(Extracts.of(paragraph)))
                .as(paragraph)
                .isEmpty();
    }

    @Test
    void generatedNoisyTextsGiveSoundExtractions() {
        Random random = new Random(20260312L);
        for (int i = 0; i < GENERATED; i++) {
            String text = NoisyText.generate(random, true);
            LocalDate published = random.nextBoolean()
                    ? null
                    : LocalDate.of(2020 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Extraction e;
            try {
                e = EXTRACTOR.extract(text, published);
            } catch (RuntimeException ex) {
                throw new AssertionError("generated text #" + i + " threw " + ex + "\n" + NoisyText.escape(text), ex);
            }
            List<String> problems = ExtractionInvariants.violations(e);
            assertThat(problems)
                    .as("generated text #%d published %s:%n%s", i, published, NoisyText.escape(text))
                    .isEmpty();
        }
    }
}
