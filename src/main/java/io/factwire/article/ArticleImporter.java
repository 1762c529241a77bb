package io.factwire.article;

import io.factwire.InvalidInputException;
import io.factwire.extract.ExtractionTooCostlyException;
import io.factwire.article.ArticleDao.Inserted;
import io.factwire.article.ArticleService.Ingested;
import io.factwire.article.ArticleService.SyncOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        for (Path file : textFiles(dir)) {
            try {
                SyncOutcome outcome = articles.sync(file.getFileName().toString(), read(file));
                counts.merge(outcome, 1, Integer::sum);
            } catch (IOException | InvalidInputException e) {
                LOG.error("Skipping {}: {}", file, e.getMessage());
            } catch (ExtractionTooCostlyException e) {
                LOG.error("Skipping {}: too costly to extract ({}); split it or raise FACTWIRE_EXTRACT_TIMEOUT_MS", file, e.getMessage());
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
     * Stores the files' articles as one batch ({@link ArticleService#ingestAll}: extracted on all cores, written in
     * one transaction). If the batch fails, each file is stored on its own, so one bad file fails alone.
     */
    public List<FileOutcome> ingestFiles(List<Path> files, LocalDate publishedAt) {
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        List<Integer> readable = new ArrayList<>();
        List<NewArticle> batch = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                batch.add(withPublishedAt(read(files.get(i)), publishedAt));
                readable.add(i);
            } catch (IOException | InvalidInputException e) {
                outcomes[i] = new FileOutcome(files.get(i), null, false, e.getMessage());
            }
        }
        try {
            List<Inserted> inserted = articles.ingestAll(batch);
            for (int k = 0; k < readable.size(); k++) {
                int i = readable.get(k);
                outcomes[i] = new FileOutcome(files.get(i), inserted.get(k).id(), inserted.get(k).created(), null);
            }
        } catch (RuntimeException e) {
            LOG.warn("A batch of {} files failed ({}); storing them one by one", batch.size(), e.toString());
            for (int k = 0; k < readable.size(); k++) {
                int i = readable.get(k);
                try {
                    Ingested one = articles.ingest(batch.get(k));
                    outcomes[i] = new FileOutcome(files.get(i), one.article().id(), one.created(), null);
                } catch (RuntimeException failure) {
                    outcomes[i] = new FileOutcome(files.get(i), null, false, failure.getMessage());
                }
            }
        }
        return List.of(outcomes);
    }

    /** Stores one file's article; {@code publishedAt}, when given, overrides the sidecar's. */
    public Ingested ingestFile(Path file, LocalDate publishedAt) throws IOException {
        return articles.ingest(withPublishedAt(read(file), publishedAt));
    }

    private static NewArticle withPublishedAt(NewArticle article, LocalDate publishedAt) {
        return publishedAt == null ? article
                : new NewArticle(article.text(), publishedAt, article.url(), article.source());
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
