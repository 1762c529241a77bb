package io.factwire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Entity scores of a folder of gold articles, with place precision and recall on their own and every place
 * missed or found in excess, to compare gazetteer rules. Not a test: run by hand with the test classpath,
 * {@code java -cp ... io.factwire.extract.EntityScoreReport src/test/resources/corpus [-v|-e]}; {@code -v} lists
 * the places missed and in excess, {@code -e} every entity.
 */
public final class EntityScoreReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        boolean verbose = args.length > 1 && args[1].equals("-v");
        Extractor extractor = new Extractor();
        GoldScorer.Result all = GoldScorer.Result.EMPTY;
        GoldScorer.Result places = GoldScorer.Result.EMPTY;
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json"))
                    .sorted()
                    .toList();
        }
        for (Path goldFile : golds) {
            String name = goldFile.getFileName().toString().replace(".gold.json", "");
            JsonNode gold = JSON.readTree(goldFile.toFile());
            String text = Files.readString(dir.resolve(name + ".txt"));
            LocalDate published = gold.hasNonNull("publishedAt")
                    ? LocalDate.parse(gold.get("publishedAt").asText())
                    : null;
            JsonNode served = CorpusScoreTest.asServed(extractor.extract(text, published));
            all = all.plus(GoldScorer.score(served, gold).labelled(name));
            places = places.plus(
                    GoldScorer.score(onlyPlaces(served), onlyPlaces(gold)).labelled(name));
        }
        System.out.printf(
                "%s: %d articles, entities %s | places %s%n",
                dir, golds.size(), all.entities().counts(), places.entities().counts());
        System.out.println("  " + all.summary());
        if (args.length > 1 && args[1].equals("-e")) {
            all.entities().missed().forEach(m -> System.out.println("  missed " + m));
            all.entities().extra().forEach(m -> System.out.println("  extra  " + m));
        }
        if (verbose) {
            places.entities().missed().forEach(m -> System.out.println("  missed " + m));
            places.entities().extra().forEach(m -> System.out.println("  extra  " + m));
        }
    }

    private static JsonNode onlyPlaces(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        for (String field : List.of("facts", "acceptable")) {
            if (copy.has(field)) {
                ArrayNode kept = JSON.createArrayNode();
                copy.get(field).forEach(f -> {
                    if ("place".equals(f.path("type").asText())) {
                        kept.add(f);
                    }
                });
                copy.set(field, kept);
            }
        }
        return copy;
    }
}
