package io.factwire.article;

import io.factwire.InvalidInputException;
import io.factwire.article.ArticleService.Ingested;
import io.factwire.article.ArticleService.SyncOutcome;
import io.factwire.extract.ExtractionTooCostlyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article files on disk: {@code NAME.txt} holds the raw text, an optional {@code NAME.json} beside it the
 * {@code publishedAt}, {@code url} and {@code source}. Used by the start-up sync of the data directory and by
 * the {@code ingest} command.
 */
public final class ArticleImporter {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleImporter.class);

    private final ArticleService articles;
    private final ArticleInput input;

    public ArticleImporter(ArticleService articles, ArticleInput input) {
        this.articles = articles;
        this.input = input;
    }

    /**
     * Stores the directory's new and changed {@code *.txt} articles, each under its file name, and skips the
     * unchanged ones. A file that can't be read or stored is logged and skipped.
     */
    public Map<SyncOutcome, Integer> syncDirectory(Path dir) throws IOException {
        Map<SyncOutcome, Integer> counts = new EnumMap<>(SyncOutcome.class);
        if (!Files.isDirectory(dir)) {
            LOG.info("Data directory {} does not exist; nothing to ingest", dir);
            return counts;
        }
        List<Path> files = textFiles(dir);
        if (!files.isEmpty()) {
            articles.warmUp();
        }
        for (Path file : files) {
            try {
                SyncOutcome outcome = articles.sync(file.getFileName().toString(), read(file));
                counts.merge(outcome, 1, Integer::sum);
            } catch (IOException | InvalidInputException e) {
                LOG.error("Skipping {}: {}", file, e.getMessage());
            } catch (ExtractionTooCostlyException e) {
                LOG.error(
                        "Skipping {}: too costly to extract ({}); split it or raise FACTWIRE_EXTRACT_TIMEOUT_MS",
                        file,
                        e.getMessage());
            } catch (RuntimeException e) {
                // a bug met by one article must not keep the server from starting
                LOG.error("Skipping {}: extracting or storing it failed", file, e);
            }
        }
        LOG.info("Data directory {}: {}", dir, counts);
        return counts;
    }

    /** What became of one file given to {@link #ingestFiles}: stored under {@code id}, or failed with {@code error}. */
    public record FileOutcome(Path file, String id, boolean created, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * Stores the files' articles through an {@link IngestPipeline}: read and extracted on {@code threads} worker
     * threads, written by the calling thread, {@code batchSize} articles or {@code batchTime} per transaction (a
     * batch that fails is stored one by one, so a bad file fails alone). Each outcome goes to {@code sink}, in
     * the files' order, once stored. {@code publishedAt}, when given, overrides the sidecars'.
     */
    public void ingestFiles(
            Iterator<Path> files,
            LocalDate publishedAt,
            int threads,
            int batchSize,
            Duration batchTime,
            Consumer<FileOutcome> sink)
            throws Exception {
        ThreadFactory daemons = work -> {
            Thread t = new Thread(work, "ingest-extractor");
            t.setDaemon(true);
            return t;
        };
        articles.warmUp();
        ExecutorService extractors = Executors.newFixedThreadPool(threads, daemons);
        try {
            // enough files in flight to keep every worker busy while the writer commits a batch
            new IngestPipeline(articles, extractors, batchSize + 4 * threads, batchSize, batchTime)
                    .<Path>run(
                            files,
                            file -> articles.prepare(withPublishedAt(read(file), publishedAt), null),
                            (file, outcome) -> sink.accept(
                                    new FileOutcome(file, outcome.id(), outcome.created(), outcome.error())));
        } finally {
            extractors.shutdownNow();
        }
    }

    /** Stores one file's article; {@code publishedAt}, when given, overrides the sidecar's. */
    public Ingested ingestFile(Path file, LocalDate publishedAt) throws IOException {
        return articles.ingest(withPublishedAt(read(file), publishedAt));
    }

    /** Stores the article of a saved web page ({@code .html}); {@code publishedAt}, when given, wins. */
    public FileOutcome ingestPage(Path file, LocalDate publishedAt) {
        try {
            NewArticle page = input.fromHtml(Files.readAllBytes(file), null, null);
            Ingested ingested = articles.ingest(withPublishedAt(page, publishedAt));
            return new FileOutcome(file, ingested.article().id(), ingested.created(), null);
        } catch (IOException | RuntimeException e) {
            return new FileOutcome(file, null, false, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static NewArticle withPublishedAt(NewArticle article, LocalDate publishedAt) {
        return publishedAt == null ? article : article.withPublishedAt(publishedAt.toString());
    }

    private NewArticle read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark is an artefact of the file, not part of the article
        }
        if (text.isBlank()) {
            throw new InvalidInputException("text", file + " is empty");
        }
        Path sidecar = sidecarOf(file);
        try {
            return input.fromFile(text, Files.exists(sidecar) ? Files.readAllBytes(sidecar) : null);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.parameter(), sidecar + ": " + e.getMessage());
        }
    }

    private static Path sidecarOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    }

    /** The {@code *.txt} files of {@code dir}, sorted by name. */
    public static List<Path> textFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }
}
