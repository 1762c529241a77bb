package io.factwire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Articles written for a held-out estimate and scored once before any rule was tuned on them (the figures are in
 * the README). They stay out of the tuning corpus; here they guard what must hold on any news: every offset reads
 * back its text, and quotations are found.
 */
class HeldOutScoreTest {
    private static final Path HELD_OUT = Path.of("src/test/resources/heldout");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void heldOutArticlesKeepOffsetsRightAndFindTheirQuotations() throws IOException {
        Extractor extractor = new Extractor();
        List<GoldScorer.Result> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(HELD_OUT)) {
            for (Path goldFile : files.filter(p -> p.toString().endsWith(".gold.json"))
                    .sorted()
                    .toList()) {
                JsonNode gold = JSON.readTree(goldFile.toFile());
                String name = goldFile.getFileName().toString().replace(".gold.json", "");
                LocalDate published = gold.hasNonNull("publishedAt")
                        ? LocalDate.parse(gold.get("publishedAt").asText())
                        : null;
                Extraction extraction = extractor.extract(Files.readString(HELD_OUT.resolve(name + ".txt")), published);
                GoldScorer.Result result = GoldScorer.score(CorpusScoreTest.asServed(extraction), gold)
                        .labelled(name);
                assertThat(result.badOffsets()).as(result.report()).isZero();
                results.add(result);
            }
        }
        GoldScorer.Result all = GoldScorer.Result.sum(results);
        System.out.println("held-out micro-average over " + results.size() + " articles: " + all.summary());
        assertThat(results).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all.quotes().f1()).as(all.summary()).isGreaterThanOrEqualTo(0.95);
    }
}
