package io.factwire.extract;

import java.util.List;

/** The named entities of an article: every mention as a fact, and the people and organisations named in full. */
record Entities(List<Fact> mentions, List<Person> people, List<String> organizations) {
    Entities {
        mentions = List.copyOf(mentions);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
    }
}
