package io.factwire.article;

import io.factwire.extract.FactType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which articles a listing or search keeps: published within dates, quoting a speaker, stating a fact of one
 * of some types, from a source, by an author, with a tag, in a language (case ignored). Null and empty parts keep everything. The methods below are
 * what {@link #SQL} binds.
 */
public record ArticleFilter(
        LocalDate publishedFrom,
        LocalDate publishedTo,
        String speaker,
        Set<FactType> factTypes,
        String source,
        String author,
        String tag,
        String lang) {
    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, Set.of(), null);

    public ArticleFilter(
            LocalDate publishedFrom, LocalDate publishedTo, String speaker, Set<FactType> factTypes, String source) {
        this(publishedFrom, publishedTo, speaker, factTypes, source, null, null, null);
    }

    /**
     * The condition on {@code articles a} but its dates; each article is checked through an index on its seq
     * (quotes) or a range of the facts' key,
     * and the source as a set of positions read once from its index (the column sits after the wide text).
     * Authors and tags are JSON arrays; a language matches its regional forms too ({@code en} is {@code en-GB}).
     * Bind with {@code @BindMethods} and {@link #factTypeIds()}.
     */
    public static final String CONTENT_SQL = """
            (:author IS NULL OR EXISTS (
                  SELECT 1 FROM json_each(a.authors) j WHERE j.value = :author COLLATE NOCASE))
            AND (:tag IS NULL OR EXISTS (SELECT 1 FROM json_each(a.tags) j WHERE j.value = :tag COLLATE NOCASE))
            AND (:lang IS NULL OR a.lang = :lang COLLATE NOCASE OR a.lang LIKE :lang || '-%')
            AND (:speaker IS NULL OR EXISTS (
                  SELECT 1 FROM quotes q WHERE q.article_seq = a.seq AND q.speaker = :speaker))
            AND (:anyFactType OR EXISTS (
                  SELECT 1 FROM facts f WHERE f.id >= a.first_fact AND f.id < a.first_fact + a.fact_count
                    AND f.type IN (SELECT code FROM fact_types WHERE name IN (<factTypes>))))
            AND (:source IS NULL OR +a.seq IN (SELECT seq FROM articles WHERE source = :source COLLATE NOCASE))""";

    /**
     * The whole condition on {@code articles a}, for queries that walk another index. The dates are a set of
     * positions read once from the date index, so an article outside them is passed over without reading its
     * row (wide: the date sits after the text).
     */
    public static final String SQL = """
            (NOT :hasDates OR +a.seq IN (
                  SELECT seq FROM articles WHERE published_at >= :fromBound AND published_at <= :toBound))
            AND\s""" + CONTENT_SQL;

    public ArticleFilter {
        factTypes = Set.copyOf(factTypes);
    }

    /** Lowest and highest publication date a walk of the date index covers: the filter's, or all dates. */
    public String fromBound() {
        return publishedFrom == null ? "" : publishedFrom.toString();
    }

    public String toBound() {
        // '~' sorts after every ISO date and after any time on the last day ("2025-01-13T23:00:00+09:00")
        return publishedTo == null ? "~" : publishedTo + "~";
    }

    public boolean hasDates() {
        return publishedFrom != null || publishedTo != null;
    }

    public boolean anyFactType() {
        return factTypes.isEmpty();
    }

    public List<String> factTypeIds() {
        return factTypes.stream().map(FactType::id).sorted().toList();
    }
}
