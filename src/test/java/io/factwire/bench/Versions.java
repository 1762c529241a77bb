package io.factwire.bench;

import io.factwire.extract.Extractor;
import io.factwire.store.Database;

/**
 * Prints {@code s<schema version>-e<extractor version>} of this build, the part of the benchmarks' cache key that
 * says whether a database built earlier still holds what this build would write. Not a test: run by
 * {@code bench/run.sh} and {@code bench/acceptance-scale.sh}.
 */
public final class Versions {
    private Versions() {}

    public static void main(String[] args) {
        System.out.println("s" + Database.MIGRATIONS.size() + "-e" + Extractor.VERSION);
    }
}
