package io.factwire.article;

import io.factwire.article.ArticleService.Prepared;
import io.factwire.article.ArticleService.Stored;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bulk ingest: items are read and extracted on the {@code extractors} (as many at once as they have threads),
 * and stored by the calling thread alone, in input order, {@code batchSize} articles or {@code batchTime} per
 * transaction, whichever comes first. At most {@code window} items are between reading and storing, so memory
 * stays the same whatever the input's length. The outcome of each item reaches the sink, in input order, once
 * its transaction has committed.
 */
public final class IngestPipeline {
    /**
     * What became of one item: stored under {@code id} (created, or its text already was), or failed; with the
     * title extracted and the URL given, when known.
     */
    public record Outcome(String id, boolean created, String error, String title, String url) {
        public boolean failed() {
            return error != null;
        }

        static Outcome failure(Throwable e) {
            return new Outcome(null, false, e.getMessage() == null ? e.toString() : e.getMessage(), null, null);
        }
    }

    /** Reads one item and prepares its article ({@link ArticleService#prepare}); runs on an extractor thread. */
    @FunctionalInterface
    public interface Preparer<T> {
        Prepared prepare(T item) throws Exception;
    }

    /** Where outcomes go, in input order, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T item, Outcome outcome) throws Exception;
    }

    /** How long a run that ends early waits for its reader, which may be blocked reading a request. */
    private static final Duration READER_STOP = Duration.ofSeconds(5);

    private final ArticleService articles;
    private final Executor extractors;
    private final int window;
    private final int batchSize;
    private final long batchNanos;

    public IngestPipeline(ArticleService articles, Executor extractors, int window, int batchSize, Duration batchTime) {
        this.articles = articles;
        this.extractors = extractors;
        this.window = window;
        this.batchSize = batchSize;
        this.batchNanos = batchTime.toNanos();
    }

    /** One item on its way: the item and its preparation (done or not), or the end of the input. */
    private record Pending<T>(T item, Future<Prepared> prepared, Throwable sourceFailure) {}

    /**
     * Reads {@code items} on a thread of its own (so a slow source does not stall the writes), prepares each on
     * the extractors, stores them, and hands each outcome to {@code sink}. An exception from the source or the
     * sink ends the run after what was already stored; it is thrown here.
     */
    public <T> void run(Iterator<T> items, Preparer<T> preparer, Sink<T> sink) throws Exception {
        BlockingQueue<Pending<T>> queue = new ArrayBlockingQueue<>(window);
        Thread reader = new Thread(() -> read(items, preparer, queue), "ingest-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            write(queue, sink);
        } finally {
            // A run that ends early leaves its pending extractions to finish on their own, their results dropped.
            reader.interrupt();
            reader.join(READER_STOP.toMillis());
        }
    }

    private <T> void read(Iterator<T> items, Preparer<T> preparer, BlockingQueue<Pending<T>> queue) {
        try {
            while (items.hasNext()) {
                T item = items.next();
                CompletableFuture<Prepared> prepared = new CompletableFuture<>();
                extractors.execute(() -> {
                    try {
                        prepared.complete(preparer.prepare(item));
                    } catch (Throwable e) {
                        prepared.completeExceptionally(e);
                    }
                });
                queue.put(new Pending<>(item, prepared, null));
            }
            queue.put(new Pending<>(null, null, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the writer stopped: nobody reads the queue any more
        } catch (RuntimeException e) {
            try {
                queue.put(new Pending<>(null, null, e));
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private <T> void write(BlockingQueue<Pending<T>> queue, Sink<T> sink) throws Exception {
        List<T> items = new ArrayList<>(batchSize);
        List<Outcome> failures = new ArrayList<>(batchSize);
        List<Prepared> ready = new ArrayList<>(batchSize);
        long batchStart = 0;
        while (true) {
            long wait = items.isEmpty() ? Long.MAX_VALUE : batchStart + batchNanos - System.nanoTime();
            Pending<T> next =
                    wait == Long.MAX_VALUE ? queue.take() : queue.poll(Math.max(0, wait), TimeUnit.NANOSECONDS);
            if (next == null) {
                flush(items, failures, ready, sink); // the batch's time is up
                continue;
            }
            if (next.prepared() == null) {
                flush(items, failures, ready, sink);
                if (next.sourceFailure() != null) {
                    throw next.sourceFailure() instanceof Exception e
                            ? e
                            : new IllegalStateException(next.sourceFailure());
                }
                return;
            }
            if (items.isEmpty()) {
                batchStart = System.nanoTime();
            }
            Prepared prepared = null;
            Outcome failure = null;
            try {
                prepared = awaitPrepared(next.prepared(), batchStart, items, failures, ready, sink);
            } catch (ExecutionException e) {
                failure = Outcome.failure(e.getCause());
            } catch (CancellationException e) {
                failure = Outcome.failure(e);
            }
            if (items.isEmpty()) {
                batchStart = System.nanoTime(); // a flush while waiting started a new batch
            }
            items.add(next.item());
            failures.add(failure);
            ready.add(prepared);
            if (items.size() >= batchSize || System.nanoTime() - batchStart >= batchNanos) {
                flush(items, failures, ready, sink);
            }
        }
    }

    /** Waits for one preparation; if the batch's time runs out meanwhile, stores what is ready first. */
    private <T> Prepared awaitPrepared(
            Future<Prepared> prepared,
            long batchStart,
            List<T> items,
            List<Outcome> failures,
            List<Prepared> ready,
            Sink<T> sink)
            throws Exception {
        if (!items.isEmpty()) {
            long wait = batchStart + batchNanos - System.nanoTime();
            try {
                return prepared.get(Math.max(0, wait), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                flush(items, failures, ready, sink);
            }
        }
        return prepared.get();
    }

    private <T> void flush(List<T> items, List<Outcome> failures, List<Prepared> ready, Sink<T> sink) throws Exception {
        if (items.isEmpty()) {
            return;
        }
        List<Prepared> toStore = ready.stream().filter(p -> p != null).toList();
        List<Stored> stored = articles.store(toStore);
        int k = 0;
        for (int i = 0; i < items.size(); i++) {
            Outcome outcome = failures.get(i);
            if (outcome == null) {
                Prepared p = ready.get(i);
                Stored s = stored.get(k++);
                outcome = new Outcome(
                        s.id(),
                        s.created(),
                        s.error(),
                        p.extraction() == null ? null : p.extraction().title(),
                        p.input().url());
            }
            sink.accept(items.get(i), outcome);
        }
        items.clear();
        failures.clear();
        ready.clear();
    }
}
