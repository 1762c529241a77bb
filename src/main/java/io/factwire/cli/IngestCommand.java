package io.factwire.cli;

import io.factwire.article.ArticleImporter;
import io.factwire.article.ArticleInput;
import io.factwire.article.ArticleImporter.FileOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ingest FILE… [--published YYYY-MM-DD]}: stores article files in the configured database without a
 * server. A directory stands for its {@code *.txt} files. Files go in batches of {@value #BATCH}: extracted on all
 * cores, written in one transaction per batch. Prints one line per file; exit status 0 when every file was
 * stored (or already was), 1 when any failed, 2 for a usage error.
 */
public final class IngestCommand {
    public static final String USAGE = "usage: java -jar factwire.jar ingest FILE|DIR... [--published YYYY-MM-DD]";
    static final int BATCH = 256;

    private final ArticleImporter importer;
    private final PrintStream out;
    private final PrintStream err;

    public IngestCommand(ArticleImporter importer, PrintStream out, PrintStream err) {
        this.importer = importer;
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
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
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

    private int usage(String problem) {
        err.println("factwire ingest: " + problem);
        err.println(USAGE);
        return 2;
    }
}
