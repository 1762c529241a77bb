package io.factwire.article;

import io.factwire.extract.Extraction;
import io.factwire.extract.Extractor;
import io.factwire.extract.Fact;
import io.factwire.extract.FactType;
import io.factwire.extract.Paragraph;
import io.factwire.extract.Quantity;
import io.factwire.extract.Quote;
import io.factwire.extract.Section;
import io.factwire.extract.TimeValue;
import io.factwire.store.Database;
import java.nio.file.Path;
import java.util.List;

/**
 * An article with known quotes and facts, written straight into a database file, so the API's filters can be
 * tested whatever the extractor currently finds. Stored as current-extractor output, so start-up keeps it.
 */
public final class HandMadeArticle {
    public static final String ID = "drill-ends-in-northern-province";
    public static final String TITLE = "Drill Ends in Northern Province";
    public static final String SPEAKER = "Park Min";
    static final String LEAD = "Seoul, South Korea – About 2,000 soldiers of the 7th Infantry Division finished a "
            + "10-day drill on Monday.";
    static final String HEADING = "Officials Respond";
    static final String PARAGRAPH = "“The drill went as planned,” General Park Min said, according to Yonhap. "
            + "He called it “a clear message” to the north.";
    public static final String BODY = LEAD + "\n\n" + HEADING + "\n\n" + PARAGRAPH;
    public static final String TEXT = TITLE + "\n\n" + BODY + "\n";

    private HandMadeArticle() {}

    /** Writes the article into the database at {@code file} (creating it) and returns its id. */
    public static String store(Path file) {
        Database db = Database.open(file);
        int headingAt = BODY.indexOf(HEADING);
        int paragraphAt = BODY.indexOf(PARAGRAPH);
        List<Section> sections = List.of(
                new Section(0, null, 0, LEAD.length(), List.of(new Paragraph(0, LEAD.length()))),
                new Section(1, HEADING, headingAt, BODY.length(), List.of(new Paragraph(paragraphAt, BODY.length()))));
        List<Quote> quotes = List.of(
                quote("The drill went as planned", "General Park Min", "Yonhap", false),
                quote("a clear message", "He", null, true));
        List<Fact> facts = List.of(
                fact(FactType.PLACE, "Seoul", null, null, "Seoul"),
                fact(FactType.TROOP_COUNT, "About 2,000 soldiers", Quantity.approximately(2000, "about"), null, null),
                fact(FactType.MILITARY_UNIT, "7th Infantry Division", null, null, "7th Infantry Division"),
                fact(FactType.DURATION, "10-day", null, TimeValue.of("P10D"), null),
                fact(FactType.DATE, "Monday", null, TimeValue.of("XXXX-WXX-1"), null),
                fact(FactType.PERSON, "Park Min", null, null, SPEAKER),
                fact(FactType.ORGANIZATION, "Yonhap", null, null, "Yonhap"));
        String hash = ArticleIds.contentHash(TEXT);
        ArticleRow row = new ArticleRow(
                ID,
                hash,
                null,
                TEXT,
                TITLE,
                "Seoul, South Korea",
                BODY,
                "2026-03-02",
                "https://example.com/drill",
                "Example Wire",
                Extractor.VERSION,
                1,
                "2026-03-02T08:00:00Z",
                "2026-03-02T08:00:00Z");
        return db.writes()
                .onDemand(ArticleDao.class)
                .insert(row, new Extraction(TITLE, "Seoul, South Korea", BODY, sections, quotes, facts))
                .id();
    }

    private static Quote quote(String text, String mention, String source, boolean fragment) {
        int start = BODY.indexOf(text);
        return new Quote(
                text,
                start,
                start + text.length(),
                SPEAKER,
                mention,
                source,
                fragment,
                sectionOf(start),
                "speaker.said-after-quote",
                source == null ? "source.none" : "source.told-outlet");
    }

    private static Fact fact(FactType type, String text, Quantity quantity, TimeValue time, String name) {
        int start = BODY.indexOf(text);
        return new Fact(type, text, start, start + text.length(), quantity, time, name, sectionOf(start));
    }

    private static int sectionOf(int offset) {
        return offset < BODY.indexOf(HEADING) ? 0 : 1;
    }
}
