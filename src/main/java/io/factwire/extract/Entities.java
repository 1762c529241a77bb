package io.factwire.extract;

import java.util.List;

/**
 * The named entities of an article: every mention with the rule that typed it, and the people and organisations
 * named in full.
 */
record Entities(List<EntityMention> found, List<Person> people, List<String> organizations) {
    Entities {
        found = List.copyOf(found);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
    }

    /** Every mention as a fact, in text order. */
    List<Fact> mentions() {
        return found.stream().map(EntityMention::fact).toList();
    }
}
