package io.factwire.extract;

import java.util.ArrayList;
import java.util.List;

/** The properties every extraction must have, whatever the input: offsets, order, sections, quote ends. */
final class ExtractionInvariants {
    private static final String QUOTE_MARKS = "\"“”„‟«»‘’‚‛'‹›";

    private ExtractionInvariants() {}

    /**
     * Every broken property of offsets, order and sections, described; empty when the extraction is sound. Quote
     * ends are checked by {@link #quoteEndViolations}.
     */
    static List<String> violations(Extraction e) {
        List<String> problems = new ArrayList<>();
        String body = e.body();
        if (body == null) {
            problems.add("body is null");
            return problems;
        }
        if (e.title() == null || e.title().contains("\n")) {
            problems.add("title is null or spans lines: " + e.title());
        }
        if (body.contains("\r")) {
            problems.add("body keeps a carriage return");
        }
        int n = body.length();

        for (Fact f : e.facts()) {
            if (!inBounds(f.start(), f.end(), n)) {
                problems.add("fact out of bounds: " + f);
            } else if (!body.substring(f.start(), f.end()).equals(f.text())) {
                problems.add(
                        "fact text differs from its span: " + f + " vs '" + body.substring(f.start(), f.end()) + "'");
            }
            if (f.section() < 0 || f.section() >= e.sections().size()) {
                problems.add("fact section index out of range: " + f);
            } else if (inBounds(f.start(), f.end(), n) && f.section() != sectionAt(e, f.start())) {
                problems.add("fact in section " + f.section() + " but starts in section " + sectionAt(e, f.start())
                        + ": " + f);
            }
        }
        for (Quote q : e.quotes()) {
            if (!inBounds(q.start(), q.end(), n)) {
                problems.add("quote out of bounds: " + q);
            } else if (!body.substring(q.start(), q.end()).equals(q.text())) {
                problems.add("quote text differs from its span: " + q);
            }
            if (q.section() < 0 || q.section() >= e.sections().size()) {
                problems.add("quote section index out of range: " + q);
            } else if (inBounds(q.start(), q.end(), n) && q.section() != sectionAt(e, q.start())) {
                problems.add("quote in section " + q.section() + " but starts in section " + sectionAt(e, q.start())
                        + ": " + q);
            }
        }
        for (int i = 1; i < e.facts().size(); i++) {
            if (e.facts().get(i).start() < e.facts().get(i - 1).start()) {
                problems.add("facts not sorted by start at " + i + ": "
                        + e.facts().get(i - 1) + " then " + e.facts().get(i));
            }
        }
        for (int i = 1; i < e.quotes().size(); i++) {
            if (e.quotes().get(i).start() < e.quotes().get(i - 1).start()) {
                problems.add("quotes not sorted by start at " + i);
            }
        }

        if (e.sections().isEmpty()) {
            problems.add("no sections at all (the lead section should always be there)");
        }
        int previousEnd = 0;
        for (int i = 0; i < e.sections().size(); i++) {
            Section s = e.sections().get(i);
            if (s.index() != i) {
                problems.add("section " + i + " has index " + s.index());
            }
            if (!inBounds(s.start(), s.end(), n)) {
                problems.add("section out of bounds: " + s);
                continue;
            }
            if (s.start() < previousEnd) {
                problems.add("section " + i + " overlaps the one before");
            }
            previousEnd = s.end();
            if (i > 0 && s.heading() == null) {
                problems.add("section " + i + " after the lead has no heading");
            }
            if (s.heading() != null && !body.startsWith(s.heading(), s.start())) {
                problems.add("section " + i + " heading is not the text at its start: " + s.heading());
            }
            int paragraphEnd = s.start();
            for (Paragraph p : s.paragraphs()) {
                if (!inBounds(p.start(), p.end(), n)) {
                    problems.add("paragraph out of bounds: " + p);
                } else if (p.start() < s.start() || p.end() > s.end()) {
                    problems.add("paragraph " + p + " outside its section " + s);
                } else if (p.start() < paragraphEnd) {
                    problems.add("paragraphs overlap or are out of order in section " + i);
                }
                paragraphEnd = p.end();
            }
        }
        return problems;
    }

    /** Quotations whose words begin or end with a quote mark: the marks are not part of the quoted words. */
    static List<String> quoteEndViolations(Extraction e) {
        List<String> problems = new ArrayList<>();
        for (Quote q : e.quotes()) {
            String t = q.text();
            if (!t.isEmpty() && (isQuoteMark(t.charAt(0)) || isQuoteMark(t.charAt(t.length() - 1)))) {
                problems.add("quote text begins or ends with a quote mark: " + q);
            }
        }
        return problems;
    }

    private static int sectionAt(Extraction e, int offset) {
        for (int i = e.sections().size() - 1; i >= 0; i--) {
            if (e.sections().get(i).start() <= offset) {
                return i;
            }
        }
        return 0;
    }

    private static boolean inBounds(int start, int end, int length) {
        return 0 <= start && start <= end && end <= length;
    }

    private static boolean isQuoteMark(char c) {
        return QUOTE_MARKS.indexOf(c) >= 0;
    }
}
