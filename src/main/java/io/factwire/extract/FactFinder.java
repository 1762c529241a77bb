package io.factwire.extract;

import java.util.List;

/** One kind of fact. {@code claimed} holds spans earlier finders took, which this one leaves alone. */
interface FactFinder {
    List<Fact> find(Document doc, List<Span> claimed);

    static boolean overlaps(List<Span> claimed, int start, int end) {
        for (Span span : claimed) {
            if (span.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    static Fact named(Document doc, FactType type, int start, int end, String name) {
        return new Fact(type, doc.text(start, end), start, end, null, null, name, doc.sectionAt(start));
    }
}
