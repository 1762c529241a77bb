package io.factwire;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-made gold annotations of the test corpus ({@code src/test/resources/corpus/*.gold.json}). */
public final class Golds {
    public static final String SEED = "000_seed_kim_honors_soldiers";

    private Golds() {}

    /** The gold of the seed article, which the data directory serves as {@link TestServer#SEED_ID}. */
    public static JsonNode seed() {
        return load(SEED);
    }

    public static JsonNode load(String name) {
        try (InputStream in = Golds.class.getResourceAsStream("/corpus/" + name + ".gold.json")) {
            if (in == null) {
                throw new IllegalArgumentException("no gold file corpus/" + name + ".gold.json");
            }
            return TestServer.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
