package io.factwire.article;

import io.factwire.article.ArticleDao.Stale;
import io.factwire.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work a start owes the store, done in the background after the server already answers, so that nothing on
 * the way to the first answer grows with the archive: first the data directory is brought in, then articles
 * that an older extractor produced are extracted again, a batch at a time, while their old extraction is
 * served. {@link #progress()} tells how far it is, for {@code /health}.
 */
public final class Upkeep {
    /** How far the background work is: {@code state} is {@code pending}, {@code running} or {@code done}. */
    public record Progress(String state, long stale, long reextracted, long failed) {}

    private static final Logger LOG = LoggerFactory.getLogger(Upkeep.class);
    private static final int BATCH = 100;

    private final ArticleService articles;
    private final ArticleImporter importer;
    private final Path dataDir;
    private final BiConsumer<ArticleService.SyncOutcome, Integer> synced;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Progress progress = new Progress("pending", 0, 0, 0);
    private volatile boolean stopping;
    private Thread worker;

    public Upkeep(ArticleService articles, ArticleImporter importer, Path dataDir) {
        this(articles, importer, dataDir, (outcome, count) -> {});
    }

    /** {@code synced}: told what the data-directory sync did, outcome by outcome (for metrics). */
    public Upkeep(
            ArticleService articles,
            ArticleImporter importer,
            Path dataDir,
            BiConsumer<ArticleService.SyncOutcome, Integer> synced) {
        this.articles = articles;
        this.importer = importer;
        this.dataDir = dataDir;
        this.synced = synced;
    }

    public synchronized void start() {
        worker = new Thread(this::run, "factwire-upkeep");
        worker.setDaemon(true);
        worker.start();
    }

    public Progress progress() {
        return progress;
    }

    /** Waits until the work is done (tests, the CLI); false when {@code seconds} passed first. */
    public boolean await(long seconds) throws InterruptedException {
        return done.await(seconds, TimeUnit.SECONDS);
    }

    /** Asks the worker to stop after the article it is on; what is left is done on the next start. */
    public void stop() {
        stopping = true;
    }

    private void run() {
        try {
            progress = new Progress("running", 0, 0, 0);
            importer.syncDirectory(dataDir).forEach(synced);
            long stale = articles.countExtractedBefore(Extractor.VERSION);
            long reextracted = 0;
            long failed = 0;
            progress = new Progress("running", stale, 0, 0);
            Stale after = null;
            while (!stopping) {
                List<Stale> batch = articles.extractedBefore(Extractor.VERSION, after, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                for (Stale article : batch) {
                    if (stopping) {
                        break;
                    }
                    if (articles.reextract(article.id())) {
                        reextracted++;
                    } else {
                        failed++;
                    }
                    progress = new Progress("running", stale, reextracted, failed);
                }
                after = batch.get(batch.size() - 1);
            }
            progress = new Progress("done", stale, reextracted, failed);
            if (stale > 0) {
                LOG.info(
                        "Re-extracted {} of {} articles with extractor version {} ({} failed, kept as they were)",
                        reextracted,
                        stale,
                        Extractor.VERSION,
                        failed);
            }
        } catch (Exception e) {
            LOG.error("Start-up upkeep stopped early; it is tried again on the next start", e);
            Progress last = progress;
            progress = new Progress("done", last.stale(), last.reextracted(), last.failed() + 1);
        } finally {
            done.countDown();
        }
    }
}
