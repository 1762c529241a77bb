package io.factwire.cli;

import io.factwire.article.ArticleImporter;
import io.factwire.InvalidInputException;
import io.factwire.article.ArticleInput;
import io.factwire.article.ArticleImporter.FileOutcome;
import io.factwire.feed.FeedImporter;
import io.factwire.feed.FeedImporter.FeedOutcome;
import io.factwire.feed.FeedImporter.ItemOutcome;
import io.factwire.feed.FeedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ingest FILE… [--published YYYY-MM-DD]}: stores article files in the configured database without a
 * server: texts ({@code .txt}), saved web pages ({@code .html}, {@code .htm}) and feeds (RSS, Atom, JSON Feed:
 * {@code .xml}, {@code .rss}, {@code .atom}, {@code .json} that read as one), one article per feed item. A
 * directory stands for its files of those kinds. Texts go in batches of {@value #BATCH}: extracted on all cores,
 * written in one transaction per batch. Prints one line per file or item; exit status 0 when every one was
 * stored (or already was), 1 when any failed, 2 for a usage error.
 */
public final class IngestCommand {
    public static final String USAGE = "usage: java -jar factwire.jar ingest FILE|DIR... [--published YYYY-MM-DD]";
    static final int BATCH = 256;

    private final ArticleImporter importer;
    private final FeedImporter feeds;
    private final PrintStream out;
    private final PrintStream err;

    public IngestCommand(ArticleImporter importer, FeedImporter feeds, PrintStream out, PrintStream err) {
        this.importer = importer;
        this.feeds = feeds;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        List<Path> files = new ArrayList<>();
        LocalDate publishedAt = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--published")) {
                if (i + 1 == args.size()) {
                    return usage("--published needs a date");
                }
                try {
                    publishedAt = LocalDate.parse(args.get(++i));
                } catch (DateTimeParseException e) {
                    return usage("--published must be YYYY-MM-DD, not '" + args.get(i) + "'");
                }
                if (!ArticleInput.isPublicationYear(publishedAt)) {
                    return usage("--published must be a date from 0001-01-01 to 9999-12-31, not '" + args.get(i) + "'");
                }
            } else if (arg.startsWith("-")) {
                return usage("unknown option " + arg);
            } else if (Files.isDirectory(Path.of(arg))) {
                try {
                    files.addAll(ArticleImporter.textFiles(Path.of(arg)));
                    files.addAll(otherFiles(Path.of(arg)));
                } catch (IOException e) {
                    err.println("failed  " + arg + ": " + e.getMessage());
                    return 1;
                }
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            return usage("no files given");
        }
        int failed = 0;
        List<Path> texts = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                failed += print(importer.ingestPage(file, publishedAt));
            } else if (isFeed(file)) {
                failed += ingestFeed(file);
            } else {
                texts.add(file);
            }
        }
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<Path> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            for (FileOutcome outcome : importer.ingestFiles(batch, publishedAt)) {
                if (outcome.failed()) {
                    err.println("failed  " + outcome.file() + ": " + outcome.error());
                    failed++;
                } else {
                    out.println((outcome.created() ? "created " : "exists  ") + outcome.id() + "  " + outcome.file());
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private int print(FileOutcome outcome) {
        if (outcome.failed()) {
            err.println("failed  " + outcome.file() + ": " + outcome.error());
            return 1;
        }
        out.println((outcome.created() ? "created " : "exists  ") + outcome.id() + "  " + outcome.file());
        return 0;
    }

    private int ingestFeed(Path file) {
        FeedOutcome outcome;
        try {
            outcome = feeds.importFeed(Files.readAllBytes(file));
        } catch (IOException | InvalidInputException e) {
            err.println("failed  " + file + ": " + e.getMessage());
            return 1;
        }
        for (ItemOutcome item : outcome.items()) {
            String where = file + "#" + (item.index() + 1);
            if (item.outcome().equals("failed")) {
                err.println("failed  " + where + ": " + item.error());
            } else {
                out.println((item.outcome().equals("created") ? "created " : "exists  ") + item.id() + "  " + where);
            }
        }
        return outcome.failed();
    }

    private static final List<String> FEED_SUFFIXES = List.of(".xml", ".rss", ".atom", ".json");

    private static boolean isFeed(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (FEED_SUFFIXES.stream().noneMatch(name::endsWith) || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return FeedReader.looksLikeFeed(in.readNBytes(1024));
        } catch (IOException e) {
            return false;
        }
    }

    /** A directory's pages and feeds, sorted by name (sidecars, which are JSON but no feeds, stay out). */
    private static List<Path> otherFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(f) && (name.endsWith(".html") || name.endsWith(".htm") || isFeed(f));
            }).sorted().toList();
        }
    }

    private int usage(String problem) {
        err.println("factwire ingest: " + problem);
        err.println(USAGE);
        return 2;
    }
}
