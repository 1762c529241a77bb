package io.factwire.extract;

import java.util.Set;

/** A person named in full, with the words that described them ("spokeswoman", "finnish", "president"). */
record Person(String name, Set<String> roleWords, int firstMention) {
    Person {
        roleWords = Set.copyOf(roleWords);
    }

    String[] parts() {
        return name.split(" ");
    }
}
