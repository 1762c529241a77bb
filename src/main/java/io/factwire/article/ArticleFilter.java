package io.factwire.article;

import io.factwire.extract.FactType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which articles a listing or search keeps: published within dates, quoting a speaker, stating a fact of one
 * of some types. Null and empty parts keep everything. The methods below are what {@link #SQL} binds.
 */
public record ArticleFilter(LocalDate publishedFrom, LocalDate publishedTo, String speaker, Set<FactType> factTypes,
                            String author, String tag, String lang, String source) {
    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, Set.of(), null, null, null, null);

    public ArticleFilter(LocalDate publishedFrom, LocalDate publishedTo, String speaker, Set<FactType> factTypes) {
        this(publishedFrom, publishedTo, speaker, factTypes, null, null, null, null);
    }

    /** The condition on {@code articles a}; bind with {@code @BindMethods} and {@link #factTypeIds()}. */
    public static final String SQL = """
            (:fromIso IS NULL OR substr(a.published_at, 1, 10) >= :fromIso)
            AND (:toIso IS NULL OR substr(a.published_at, 1, 10) <= :toIso)
            AND (:author IS NULL OR EXISTS (
                  SELECT 1 FROM json_each(a.authors) j WHERE j.value = :author COLLATE NOCASE))
            AND (:tag IS NULL OR EXISTS (SELECT 1 FROM json_each(a.tags) j WHERE j.value = :tag COLLATE NOCASE))
            AND (:lang IS NULL OR a.lang = :lang COLLATE NOCASE OR a.lang LIKE :lang || '-%')
            AND (:source IS NULL OR a.source = :source COLLATE NOCASE)
            AND (:speaker IS NULL OR EXISTS (
                  SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker = :speaker))
            AND (:anyFactType OR EXISTS (
                  SELECT 1 FROM facts f WHERE f.article_id = a.id AND f.type IN (<factTypes>)))""";

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
