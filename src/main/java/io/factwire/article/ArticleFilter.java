package io.factwire.article;

import io.factwire.extract.FactType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which articles a listing or search keeps: published within dates, quoting a speaker, stating a fact of one
 * of some types, from a source (case ignored). Null and empty parts keep everything. The methods below are what {@link #SQL} binds.
 */
public record ArticleFilter(LocalDate publishedFrom, LocalDate publishedTo, String speaker, Set<FactType> factTypes,
                            String source) {
    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, Set.of(), null);

    /** The condition on {@code articles a}; bind with {@code @BindMethods} and {@link #factTypeIds()}. */
    public static final String SQL = """
            (:fromIso IS NULL OR a.published_at >= :fromIso)
            AND (:toIso IS NULL OR a.published_at <= :toIso)
            AND (:speaker IS NULL OR EXISTS (
                  SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker = :speaker))
            AND (:anyFactType OR EXISTS (
                  SELECT 1 FROM facts f WHERE f.article_id = a.id AND f.type IN (<factTypes>)))
            AND (:source IS NULL OR lower(a.source) = lower(:source))""";

    public ArticleFilter {
        factTypes = Set.copyOf(factTypes);
    }

    public String fromIso() {
        return publishedFrom == null ? null : publishedFrom.toString();
    }

    public String toIso() {
        return publishedTo == null ? null : publishedTo.toString();
    }

    public boolean anyFactType() {
        return factTypes.isEmpty();
    }

    public List<String> factTypeIds() {
        return factTypes.stream().map(FactType::id).sorted().toList();
    }
}
