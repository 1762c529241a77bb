package io.factwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factwire.article.ArticleDao;
import io.factwire.article.ArticleRow;
import io.factwire.extract.Extraction;
import io.factwire.extract.Extractor;
import io.factwire.store.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Splits bulk ingest into its two parts, to say which one bounds it: extraction (one thread, per CPU-second,
 * after a warm-up) and storing already-extracted articles (the same {@link ArticleDao#insertAll} the CLI uses, in
 * batches of 256, into an empty database, per second of wall time and per CPU-second of the storing thread). Not a test: run by {@code bench/run.sh}.
 *
 * <p>Usage: {@code IngestProfile CORPUS_DIR COUNT EMPTY_DB_FILE}
 */
public final class IngestProfile {
    private static final int BATCH = 256;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path dbFile = Path.of(args[2]);
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>(count);
        List<LocalDate> dates = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String name = String.format("a%06d", i);
            texts.add(Files.readString(dir.resolve(name + ".txt")));
            JsonNode sidecar = mapper.readTree(dir.resolve(name + ".json").toFile());
            dates.add(LocalDate.parse(sidecar.get("publishedAt").asText()));
        }
        Extractor extractor = new Extractor();
        for (int i = 0; i < Math.min(count, 500); i++) { // warm-up
            extractor.extract(texts.get(i), dates.get(i));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        List<Extraction> extractions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            extractions.add(extractor.extract(texts.get(i), dates.get(i)));
        }
        double extractSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;

        List<ArticleRow> rows = new ArrayList<>(count);
        String now = Instant.now().toString();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < count; i++) {
            Extraction e = extractions.get(i);
            String hash = HexFormat.of().formatHex(sha.digest(texts.get(i).getBytes(StandardCharsets.UTF_8)));
            rows.add(new ArticleRow(
                    "a" + i,
                    hash,
                    null,
                    texts.get(i),
                    e.title(),
                    e.dateline(),
                    e.body(),
                    dates.get(i).toString(),
                    null,
                    null,
                    Extractor.VERSION,
                    1,
                    now,
                    now));
        }
        Files.deleteIfExists(dbFile);
        ArticleDao writes = Database.open(dbFile).writes().onDemand(ArticleDao.class);
        long start = System.nanoTime();
        long storeCpu = threads.getCurrentThreadCpuTime();
        for (int from = 0; from < count; from += BATCH) {
            int to = Math.min(count, from + BATCH);
            writes.insertAll(rows.subList(from, to), extractions.subList(from, to));
        }
        double storeSeconds = (System.nanoTime() - start) / 1e9;
        double storeCpuSeconds = (threads.getCurrentThreadCpuTime() - storeCpu) / 1e9;
        long facts = extractions.stream().mapToLong(e -> e.facts().size()).sum();
        System.out.printf(
                "articles=%d facts_per_article=%.1f extract_per_cpu_second=%.1f store_per_second=%.1f"
                        + " store_per_cpu_second=%.1f%n",
                count, (double) facts / count, count / extractSeconds, count / storeSeconds, count / storeCpuSeconds);
    }
}
