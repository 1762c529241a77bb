package io.factwire.corpus;

import io.factwire.extract.FactType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Which facts {@code GET /v1/facts} keeps; null and empty parts keep everything. */
public record FactFilter(Set<FactType> types, Long min, Long max, LocalDate from, LocalDate to, String text) {
    public FactFilter {
        types = Set.copyOf(types);
    }

    public boolean anyType() {
        return types.isEmpty();
    }

    public List<String> typeIds() {
        return types.stream().map(FactType::id).sorted().toList();
    }

    public String fromIso() {
        return from == null ? null : from.toString();
    }

    public String toIso() {
        return to == null ? null : to.toString();
    }

    /** The span of days a walk of the time index covers: the filter's, or every day ("P…" durations sort above). */
    public String fromBound() {
        return from == null ? "0000-00-00" : from.toString();
    }

    public String toBound() {
        return to == null ? "9999-99-99" : to.toString();
    }
}
