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
}
