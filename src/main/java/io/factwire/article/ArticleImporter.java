package io.factwire.article;

import io.factwire.InvalidInputException;
import io.factwire.article.ArticleService.Ingested;
import io.factwire.article.ArticleService.SyncOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
            } catch (RuntimeException e) {
                // a bug met by one article must not keep the server from starting
                LOG.error("Skipping {}: extracting or storing it failed", file, e);
            }
        }
        LOG.info("Data directory {}: {}", dir, counts);
        return counts;
    }

    /** Stores one file's article; {@code publishedAt}, when given, overrides the sidecar's. */
    public Ingested ingestFile(Path file, LocalDate publishedAt) throws IOException {
        NewArticle article = read(file);
        if (publishedAt != null) {
            article = new NewArticle(article.text(), publishedAt, article.url(), article.source());
        }
        return articles.ingest(article);
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

    private static List<Path> textFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }
}
