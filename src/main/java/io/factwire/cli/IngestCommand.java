package io.factwire.cli;

import io.factwire.InvalidInputException;
import io.factwire.article.ArticleImporter;
import io.factwire.article.ArticleImporter.FileOutcome;
import io.factwire.article.ArticleInput;
import io.factwire.feed.FeedImporter;
import io.factwire.feed.FeedImporter.FeedOutcome;
import io.factwire.feed.FeedImporter.ItemOutcome;
import io.factwire.feed.FeedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ingest FILE… [--published YYYY-MM-DD]}: stores article files in the configured database without a
 * server: texts ({@code .txt}), saved web pages ({@code .html}, {@code .htm}) and feeds (RSS, Atom, JSON Feed:
 * {@code .xml}, {@code .rss}, {@code .atom}, {@code .json} that read as one), one article per feed item. A
 * directory stands for its files of those kinds. Texts are read and extracted on worker threads (one per core,
 * or {@code --threads N}) and stored by one writer, {@value #BATCH} articles or {@value #BATCH_MILLIS} ms per
 * transaction, with a bounded number of files in between, so memory does not grow with the input. Prints one
 * line per file or item, in input order, and a summary on the error stream; on a terminal also the progress
 * (count, rate, time left). Exit status 0 when every one was stored (or already was), 1 when any failed, 2 for a
 * usage error.
 */
public final class IngestCommand {
    public static final String USAGE =
            "usage: java -jar factwire.jar ingest FILE|DIR... [--published YYYY-MM-DD] " + "[--threads N]";
    static final int BATCH = 200;
    static final int BATCH_MILLIS = 100;

    private final ArticleImporter importer;
    private final FeedImporter feeds;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Archive archive;

    /** The archive the command stores into, as far as it needs to know it. */
    public interface Archive {
        long storedArticles();

        /** Rewrites the database file with full pages (VACUUM). */
        void pack();
    }

    public IngestCommand(ArticleImporter importer, FeedImporter feeds, PrintStream out, PrintStream err) {
        this(importer, feeds, out, err, false, null);
    }

    /**
     * {@code terminal}: a person watches, so the progress is shown (on {@code err}, redrawn in place).
     * {@code archive}, when given, is packed after a run that stored articles into an empty one (a bulk load); null
     * leaves the file as the writes left it.
     */
    public IngestCommand(
            ArticleImporter importer,
            FeedImporter feeds,
            PrintStream out,
            PrintStream err,
            boolean terminal,
            Archive archive) {
        this.archive = archive;
        this.importer = importer;
        this.feeds = feeds;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    public int run(List<String> args) {
        List<Source> sources = new ArrayList<>();
        LocalDate publishedAt = null;
        int threads = Runtime.getRuntime().availableProcessors();
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
            } else if (arg.equals("--threads")) {
                if (i + 1 == args.size()) {
                    return usage("--threads needs a number");
                }
                try {
                    threads = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    threads = 0;
                }
                if (threads < 1 || threads > MAX_THREADS) {
                    return usage("--threads must be a number from 1 to " + MAX_THREADS + ", not '" + args.get(i) + "'");
                }
            } else if (arg.startsWith("-")) {
                return usage("unknown option " + arg);
            } else if (Files.isDirectory(Path.of(arg))) {
                try {
                    sources.add(Source.directory(Path.of(arg)));
                } catch (IOException e) {
                    err.println("failed  " + arg + ": " + e.getMessage());
                    return 1;
                }
            } else {
                sources.add(Source.file(Path.of(arg)));
            }
        }
        if (sources.isEmpty() || sources.stream().allMatch(Source::isEmpty)) {
            return usage("no files given");
        }
        boolean bulkLoad = archive != null && archive.storedArticles() == 0;
        Tally tally = new Tally();
        for (Source source : sources) {
            for (Path file : source.pagesAndFeeds()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    tally.add(print(importer.ingestPage(file, publishedAt)));
                } else {
                    tally.add(ingestFeed(file));
                }
            }
        }
        long texts = sources.stream().mapToLong(Source::texts).sum();
        Progress progress = new Progress(texts);
        try {
            importer.ingestFiles(
                    texts(sources), publishedAt, threads, BATCH, Duration.ofMillis(BATCH_MILLIS), outcome -> {
                        progress.clear();
                        tally.add(print(outcome));
                        progress.done();
                    });
        } catch (Exception e) {
            progress.clear();
            err.println("failed  " + e.getMessage());
            tally.failed++;
        }
        progress.clear();
        out.flush();
        err.printf(
                Locale.ROOT,
                "ingested %d files in %.1f s (%.0f a second): %d created, %d exists, %d failed%n",
                progress.count,
                progress.seconds(),
                progress.count / Math.max(progress.seconds(), 1e-3),
                tally.created,
                tally.exists,
                tally.failed);
        if (bulkLoad && tally.created > 0) {
            long started = System.nanoTime();
            archive.pack();
            err.printf(
                    Locale.ROOT,
                    "packed the database after loading an empty archive in %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
        }
        return tally.failed == 0 ? 0 : 1;
    }

    private static final int MAX_THREADS = 256;

    /** The outcomes so far. */
    private static final class Tally {
        int created;
        int exists;
        int failed;

        void add(int[] outcome) {
            created += outcome[0];
            exists += outcome[1];
            failed += outcome[2];
        }
    }

    /** Count, rate and time left, redrawn in place on the terminal at most a few times a second. */
    private final class Progress {
        private static final long REDRAW_NANOS = 250_000_000L;
        final long total;
        final long start = System.nanoTime();
        long count;
        long drawnAt;
        boolean shown;

        Progress(long total) {
            this.total = total;
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        void done() {
            count++;
            long now = System.nanoTime();
            if (!terminal || now - drawnAt < REDRAW_NANOS) {
                return;
            }
            drawnAt = now;
            double rate = count / Math.max(seconds(), 1e-3);
            long left = Math.round((total - count) / Math.max(rate, 1e-3));
            out.flush();
            err.printf(
                    Locale.ROOT,
                    "\r%d of %d files, %.0f a second, %d:%02d left",
                    count,
                    total,
                    rate,
                    left / 60,
                    left % 60);
            err.flush();
            shown = true;
        }

        void clear() {
            if (shown) {
                err.print("\r\033[K");
                err.flush();
                shown = false;
            }
        }
    }

    /** The text files of every source, in order, read lazily. */
    private static Iterator<Path> texts(List<Source> sources) {
        return sources.stream().flatMap(Source::textFiles).iterator();
    }

    /**
     * A file given by name, or a directory's files: their names only, sorted, kept as strings (about 60 bytes a
     * file), so a directory of a million articles lists in a few tens of megabytes.
     */
    private record Source(Path dir, String[] names) {
        static Source file(Path file) {
            return new Source(null, new String[] {file.toString()});
        }

        static Source directory(Path dir) throws IOException {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            }
            String[] sorted = names.toArray(String[]::new);
            Arrays.sort(sorted);
            return new Source(dir, sorted);
        }

        boolean isEmpty() {
            return names.length == 0;
        }

        private Path path(String name) {
            return dir == null ? Path.of(name) : dir.resolve(name);
        }

        private static boolean isPage(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".html") || lower.endsWith(".htm");
        }

        /** Given by name: anything that is no page or feed is a text. In a directory: its {@code *.txt} files. */
        private boolean isText(String name) {
            if (dir == null) {
                return !isPage(name) && !isFeed(Path.of(name));
            }
            return name.endsWith(".txt");
        }

        long texts() {
            return Arrays.stream(names).filter(this::isText).count();
        }

        Stream<Path> textFiles() {
            return Arrays.stream(names)
                    .filter(this::isText)
                    .map(this::path)
                    .filter(f -> dir == null || Files.isRegularFile(f));
        }

        /** Pages and feeds; in a directory, a {@code NAME.json} beside a {@code NAME.txt} is its sidecar. */
        List<Path> pagesAndFeeds() {
            List<Path> found = new ArrayList<>();
            for (String name : names) {
                Path file = path(name);
                if (dir != null
                        && name.endsWith(".json")
                        && Arrays.binarySearch(names, name.substring(0, name.length() - 5) + ".txt") >= 0) {
                    continue;
                }
                if (isPage(name) ? dir == null || Files.isRegularFile(file) : isFeed(file)) {
                    found.add(file);
                }
            }
            return found;
        }
    }

    /** Prints one file's outcome; answers it as counts of created, exists and failed. */
    private int[] print(FileOutcome outcome) {
        if (outcome.failed()) {
            err.println("failed  " + outcome.file() + ": " + outcome.error());
            return new int[] {0, 0, 1};
        }
        out.println((outcome.created() ? "created " : "exists  ") + outcome.id() + "  " + outcome.file());
        return outcome.created() ? new int[] {1, 0, 0} : new int[] {0, 1, 0};
    }

    private int[] ingestFeed(Path file) {
        FeedOutcome outcome;
        try {
            outcome = feeds.importFeed(Files.readAllBytes(file));
        } catch (IOException | InvalidInputException e) {
            err.println("failed  " + file + ": " + e.getMessage());
            return new int[] {0, 0, 1};
        }
        for (ItemOutcome item : outcome.items()) {
            String where = file + "#" + (item.index() + 1);
            if (item.outcome().equals("failed")) {
                err.println("failed  " + where + ": " + item.error());
            } else {
                out.println((item.outcome().equals("created") ? "created " : "exists  ") + item.id() + "  " + where);
            }
        }
        return new int[] {outcome.created(), outcome.exists(), outcome.failed()};
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

    private int usage(String problem) {
        err.println("factwire ingest: " + problem);
        err.println(USAGE);
        return 2;
    }
}
