package io.factwire.article;

import io.factwire.InvalidInputException;
import io.factwire.article.ArticleInput.ImportLine;
import io.factwire.article.IngestPipeline.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stores the articles of an NDJSON stream, one per line ({@link ArticleInput#fromImportLine}): the lines
 * {@code GET /v1/export} writes, or what {@code POST /v1/articles} takes. The stream is read as it comes, a
 * bounded number of lines at a time, extracted on the shared extractors and written in batches, each article
 * atomically; every line's outcome is handed on in order. A line longer than {@code maxLineBytes} fails alone;
 * past {@code maxBytes} in all, reading stops with a last failed line saying so. Blank lines are skipped.
 */
public final class NdjsonImport {
    /** A line's number (from 1) and bytes, or what makes it unusable. */
    public record Line(long number, byte[] bytes, String problem) {}

    /** Where each line's outcome goes, in order. */
    @FunctionalInterface
    public interface Sink {
        void accept(Line line, Outcome outcome) throws Exception;
    }

    private static final int BATCH = 100;
    private static final Duration BATCH_TIME = Duration.ofMillis(50);

    private final ArticleService articles;
    private final ArticleInput input;
    private final Executor extractors;
    private final int threads;
    private final int maxLineBytes;
    private final AtomicBoolean warm = new AtomicBoolean();

    public NdjsonImport(
            ArticleService articles, ArticleInput input, Executor extractors, int threads, int maxLineBytes) {
        this.articles = articles;
        this.input = input;
        this.extractors = extractors;
        this.threads = threads;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads {@code body} to its end (or to {@code maxBytes}) and stores each line's article. */
    public void run(InputStream body, long maxBytes, Sink sink) throws Exception {
        if (!warm.getAndSet(true)) {
            articles.warmUp(); // the first lines of a fresh server would pay the gazetteer's load in their budget
        }
        new IngestPipeline(articles, extractors, BATCH + 4 * threads, BATCH, BATCH_TIME)
                .run(new Lines(body, maxLineBytes, maxBytes), this::prepare, sink::accept);
    }

    private ArticleService.Prepared prepare(Line line) {
        if (line.problem() != null) {
            throw new InvalidInputException("line", line.problem());
        }
        ImportLine parsed = input.fromImportLine(line.bytes());
        return articles.prepare(parsed.article(), parsed.id());
    }

    /** The lines of a stream, read a buffer at a time; a line is never held longer than {@code maxLineBytes}. */
    static final class Lines implements Iterator<Line> {
        private final InputStream in;
        private final int maxLineBytes;
        private final long maxBytes;
        private final byte[] buffer = new byte[64 * 1024];
        private int pos;
        private int end;
        private long read;
        private long number;
        private boolean done;
        private Line next;

        Lines(InputStream in, int maxLineBytes, long maxBytes) {
            this.in = in;
            this.maxLineBytes = maxLineBytes;
            this.maxBytes = maxBytes;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                next = readLine();
            }
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Line line = next;
            next = null;
            return line;
        }

        /** The next non-blank line, or null for a blank one or the end. */
        private Line readLine() {
            byte[] line = new byte[256];
            int length = 0;
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == end && !fill()) {
                    done = true;
                    if (!any) {
                        return null;
                    }
                    break;
                }
                any = true;
                int newline = indexOf(buffer, pos, end);
                int stop = newline < 0 ? end : newline;
                int chunk = stop - pos;
                if (!tooLong && length + chunk > maxLineBytes) {
                    tooLong = true;
                }
                if (!tooLong) {
                    if (length + chunk > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
                    }
                    System.arraycopy(buffer, pos, line, length, chunk);
                    length += chunk;
                }
                pos = newline >= 0 ? stop + 1 : stop;
                if (read - (end - pos) > maxBytes) {
                    done = true;
                    return new Line(
                            number + 1,
                            null,
                            "The body is longer than " + maxBytes + " bytes (the "
                                    + "import limit); this line and any after it were not read.");
                }
                if (newline >= 0) {
                    break;
                }
            }
            number++;
            if (tooLong) {
                return new Line(
                        number,
                        null,
                        "Line " + number + " is longer than " + maxLineBytes + " bytes, the "
                                + "limit for one article.");
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            for (int i = 0; i < length; i++) {
                if (line[i] != ' ' && line[i] != '\t') {
                    return new Line(number, Arrays.copyOf(line, length), null); // not UTF-8: the parser says so
                }
            }
            return null; // blank
        }

        private static int indexOf(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private boolean fill() {
            try {
                int n = in.read(buffer, 0, buffer.length);
                if (n <= 0) {
                    return false;
                }
                pos = 0;
                end = n;
                read += n;
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
