package io.factwire.corpus;

import io.factwire.Cursors;
import io.factwire.article.FactView;
import io.factwire.corpus.CorpusViews.ArticleFact;
import io.factwire.corpus.CorpusViews.ArticleQuote;
import io.factwire.corpus.CorpusViews.Page;
import io.factwire.corpus.CorpusViews.SpeakerView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Quotes, facts and speakers across all articles, a page at a time. */
public final class CorpusService {
    private static final String ARTICLES = "/v1/articles/";

    private final CorpusDao corpus;

    public CorpusService(CorpusDao corpus) {
        this.corpus = corpus;
    }

    public Page<ArticleQuote> quotes(QuoteFilter filter, int limit, String cursor) {
        long after = cursor == null ? 0 : Cursors.decode("quote", cursor);
        return page(corpus.quotes(filter, after, limit + 1), limit, "quote", QuoteRow::id,
                row -> new ArticleQuote(row.articleId(), row.quote(), ARTICLES + row.articleId()));
    }

    public Page<ArticleFact> facts(FactFilter filter, int limit, String cursor) {
        long after = cursor == null ? 0 : Cursors.decode("fact", cursor);
        return page(corpus.facts(filter, filter.typeIds(), after, limit + 1), limit, "fact", FactRowInArticle::id,
                row -> new ArticleFact(row.articleId(), FactView.of(row.fact()), ARTICLES + row.articleId()));
    }

    /** Most quoted first; the cursor counts speakers to skip, so pages may shift when quotes change. */
    public Page<SpeakerView> speakers(int limit, String cursor) {
        long offset = cursor == null ? 0 : Cursors.decode("speakers", cursor);
        List<Speaker> rows = corpus.speakers(limit + 1, offset);
        boolean more = rows.size() > limit;
        return new Page<>((more ? rows.subList(0, limit) : rows).stream()
                .map(s -> new SpeakerView(s.speaker(), s.quotes(), s.articles(),
                        "/v1/quotes?speaker=" + URLEncoder.encode(s.speaker(), StandardCharsets.UTF_8)
                                .replace("+", "%20")))
                .toList(), more ? Cursors.encode("speakers", offset + limit) : null);
    }

    /** The first {@code limit} of {@code rows} (one more was read to see whether a next page exists). */
    private static <R, T> Page<T> page(List<R> rows, int limit, String kind, ToLongFunction<R> position,
                                       Function<R, T> view) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(page.stream().map(view).toList(),
                more ? Cursors.encode(kind, position.applyAsLong(page.get(page.size() - 1))) : null);
    }
}
