package io.factwire.article;

import io.factwire.extract.Extractor;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The server's one {@link Extractor}, built by the first extraction rather than at start: loading its lexicons and
 * gazetteer is work a server that only reads never needs, and it used to sit on the way to the first answer.
 */
public final class LazyExtractor implements Supplier<Extractor> {
    private final LongConsumer timing;
    private volatile Extractor extractor;

    /** {@code timing} is handed to the extractor when it is built (see {@link Extractor#Extractor(LongConsumer)}). */
    public LazyExtractor(LongConsumer timing) {
        this.timing = timing;
    }

    @Override
    public Extractor get() {
        Extractor built = extractor;
        if (built == null) {
            synchronized (this) {
                built = extractor;
                if (built == null) {
                    built = new Extractor(timing);
                    extractor = built;
                }
            }
        }
        return built;
    }
}
