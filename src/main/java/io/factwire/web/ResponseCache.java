package io.factwire.web;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serialised GET answers with their ETags, keyed by route and normalised query, so a repeated read costs no
 * SQL and no JSON serialisation. Bounded by the bytes it holds. Every write drops all of it: answers overlap
 * (an article is in its own answer, in list pages, in fact and change queries), and writes are rare.
 */
public final class ResponseCache {
    /**
     * The entries built since the last write. A reader fills the generation it started in, so an answer
     * computed from data read before a write can never land in the generation that follows the write.
     */
    public static final class Generation {
        private final Map<String, PreparedResponse> entries = new ConcurrentHashMap<>();
        private final AtomicLong bytes = new AtomicLong();
    }

    private final long maxBytes;
    private volatile Generation current = new Generation();
    // Writes under way in this process: while one is, no answer is stored (it may predate the commit).
    private int writesInFlight;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** {@code maxBytes} 0 turns caching off. */
    public ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public PreparedResponse get(String key) {
        PreparedResponse hit = current.entries.get(key);
        (hit == null ? misses : hits).incrementAndGet();
        return hit;
    }

    /** Lookups answered from memory since start, for metrics. */
    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    /** The generation to pass to {@link #put}; take it before reading what the answer is built from. */
    public Generation generation() {
        return current;
    }

    public void put(Generation generation, String key, PreparedResponse response) {
        long size = response.size() + key.length() * 2L;
        if (size > maxBytes / 4) {
            return; // one huge answer must not push out everything else
        }
        synchronized (this) {
            if (writesInFlight > 0 || generation != current || generation.entries.putIfAbsent(key, response) != null) {
                return;
            }
        }
        long total = generation.bytes.addAndGet(size);
        evictBeyond(generation, total);
    }

    /**
     * A write starts: answers read before it may no longer be stored. Together with {@link #endWrite}, this
     * closes the window between a commit and the invalidation after it, where an answer read before the
     * commit could be stored and then served after a fresher one.
     */
    public synchronized void beginWrite() {
        writesInFlight++;
        current = new Generation();
    }

    /** A write committed or rolled back: a fresh generation, filled only from reads that start after it. */
    public synchronized void endWrite() {
        writesInFlight--;
        current = new Generation();
    }

    /** Drops every cached answer; called after each committed write. */
    public synchronized void invalidate() {
        current = new Generation();
    }

    public int size() {
        return current.entries.size();
    }

    // Evicts in the map's own order, which is arbitrary: cheap, and good enough for a bound.
    private void evictBeyond(Generation generation, long total) {
        Iterator<Map.Entry<String, PreparedResponse>> it =
                generation.entries.entrySet().iterator();
        while (total > maxBytes && it.hasNext()) {
            Map.Entry<String, PreparedResponse> victim = it.next();
            if (generation.entries.remove(victim.getKey(), victim.getValue())) {
                total = generation.bytes.addAndGet(
                        -(victim.getValue().size() + victim.getKey().length() * 2L));
            }
        }
    }
}
