package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The machine's locale must not leak into the output: Turkish lower-cases "I" to a dotless ı, and locales with
 * their own digits write week dates and numbers in them.
 */
class ExtractionLocaleTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 9);

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "ar-EG-u-nu-arab", "hi-IN-u-nu-deva", "th-TH-u-nu-thai", "de-DE"})
    void extractionIsTheSameWhateverTheDefaultLocale(String languageTag) {
        List<String> texts = corpusTexts();
        List<String> underRoot = renderAll(texts, Locale.ROOT);
        assertThat(renderAll(texts, Locale.forLanguageTag(languageTag))).isEqualTo(underRoot);
    }

    private static List<String> renderAll(List<String> texts, Locale locale) {
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            Extractor extractor = new Extractor();
            return texts.stream()
                    .map(text -> ExtractionSnapshotTest.render(extractor.extract(text, PUBLISHED)))
                    .toList();
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static List<String> corpusTexts() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
