package io.factwire.cli;

import io.factwire.InvalidInputException;
import io.factwire.article.ArticleImporter;
import io.factwire.article.ArticleService.Ingested;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ingest FILE… [--published YYYY-MM-DD]}: stores article files in the configured database without a
 * server. Prints one line per file; exit status 0 when every file was stored (or already was), 1 when any
 * failed, 2 for a usage error.
 */
public final class IngestCommand {
    public static final String USAGE = "usage: java -jar factwire.jar ingest FILE... [--published YYYY-MM-DD]";

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
            } else if (arg.startsWith("-")) {
                return usage("unknown option " + arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            return usage("no files given");
        }
        int failed = 0;
        for (Path file : files) {
            try {
                Ingested ingested = importer.ingestFile(file, publishedAt);
                out.println((ingested.created() ? "created " : "exists  ") + ingested.article().id() + "  " + file);
            } catch (IOException | InvalidInputException e) {
                err.println("failed  " + file + ": " + e.getMessage());
                failed++;
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
