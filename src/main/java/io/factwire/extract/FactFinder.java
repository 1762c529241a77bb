package io.factwire.extract;

import java.util.List;

/** One kind of fact. {@code claimed} holds what earlier finders took, which this one leaves alone. */
interface FactFinder {
    List<Fact> find(Document doc, Claims claimed);

    static Fact named(Document doc, FactType type, int start, int end, String name, String rule) {
        return new Fact(type, doc.text(start, end), start, end, null, null, name, doc.sectionAt(start), rule);
    }
}
