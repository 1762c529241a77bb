package io.factwire.bench;

import io.factwire.App;
import io.factwire.AppConfig;
import io.factwire.TestServer;
import io.factwire.article.ArticleImporter;
import io.factwire.article.ArticleImporter.FileOutcome;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Pages per CPU-second on one thread, HTML in, stored article out: each page is decoded, parsed, its article
 * and metadata found, the text extracted and the article written to a fresh SQLite database, as
 * {@code POST /v1/articles} with {@code text/html} does minus HTTP. Every copy of a page differs by a word per paragraph so
 * none is "already stored". Not a test: run by {@code bench/pages.sh}.
 */
public final class PageBenchmark {
    public static void main(String[] args) throws IOException {
        Path pagesDir = Path.of(args.length > 0 ? args[0] : "src/test/resources/html");
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path work = Files.createTempDirectory("factwire-page-bench");
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(pagesDir)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readAllBytes(p));
            }
        }
        List<Path> warmup = copies(pages, work.resolve("warmup"), 3);
        List<Path> measured = copies(pages, work.resolve("measured"), copies);
        long bytes = 0;
        for (Path p : measured) {
            bytes += Files.size(p);
        }
        AppConfig config = TestServer.config(work);
        App app = App.create(config);
        ArticleImporter importer = app.importer();
        ingest(importer, warmup);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int stored = ingest(importer, measured);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf(
                "pages=%d stored=%d average-page-bytes=%d cpu-seconds=%.2f wall-seconds=%.2f%n",
                measured.size(), stored, bytes / measured.size(), cpuSeconds, wallSeconds);
        System.out.printf("pages per CPU-second (one thread, HTML in, stored article out)=%.0f%n", stored / cpuSeconds);
    }

    private static int ingest(ArticleImporter importer, List<Path> files) {
        int stored = 0;
        for (Path file : files) {
            FileOutcome outcome = importer.ingestPage(file, null);
            if (outcome.failed()) {
                throw new IllegalStateException(file + ": " + outcome.error());
            }
            stored += outcome.created() ? 1 : 0;
        }
        return stored;
    }

    /** {@code n} copies of every page, each with a word of its own at the end of every paragraph. */
    private static List<Path> copies(List<byte[]> pages, Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            for (int i = 0; i < pages.size(); i++) {
                byte[] page = pages.get(i);
                String latin = new String(page, StandardCharsets.ISO_8859_1); // keeps every byte as it was
                String mark = " copy" + dir.getFileName() + c;
                String marked = latin.replace("</p>", mark + "</p>").replace("<br /><br />", mark + "<br /><br />");
                Path file = dir.resolve(c + "-" + i + ".html");
                Files.write(file, marked.getBytes(StandardCharsets.ISO_8859_1));
                out.add(file);
            }
        }
        return out;
    }
}
