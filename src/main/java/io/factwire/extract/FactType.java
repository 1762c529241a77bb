package io.factwire.extract;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of fact the extractor emits; {@link #id()} is the name used on the wire and in storage. */
public enum FactType {
    MILITARY_UNIT("military_unit", true),
    TROOP_COUNT("troop_count", true),
    CASUALTY_COUNT("casualty_count", true),
    DATE("date", true),
    DURATION("duration", true),
    AWARD("award", true),
    EQUIPMENT("equipment", true),
    PERSON("person", false),
    PLACE("place", false),
    ORGANIZATION("organization", false);

    private final String id;
    private final boolean core;

    FactType(String id, boolean core) {
        this.id = id;
        this.core = core;
    }

    public String id() {
        return id;
    }

    /** Core types are the domain facts; the others are named entities. */
    public boolean isCore() {
        return core;
    }

    public static Optional<FactType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
