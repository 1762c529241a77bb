package io.factwire.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Java port of {@code shared/eval/score.py}: scores one article, as {@code GET /v1/articles/{id}} serves it,
 * against a gold annotation file, with exactly the same rules, so tests and the build never need the Python
 * script or the {@code shared} folder.
 *
 * <ul>
 *   <li>structure: title, dateline (when the gold has the key), section headings, {@code notInBody} strings;</li>
 *   <li>offsets: {@code body.substring(start, end)} (UTF-16 indices, with Python slice semantics) equals
 *       {@code text} for every quote and fact;</li>
 *   <li>quotes: same normalised text, or one containing the other when the shorter is at least 80% of the longer
 *       (lengths in code points); speaker, source and fragment accuracy on the matched quotes;</li>
 *   <li>facts (core types) and entities (person/place/organization): same type and one normalised text containing
 *       the other; predictions deduplicated by (type, norm(text)); predictions that match only an
 *       {@code acceptable} entry are left out of precision; value accuracy on the matched gold facts.</li>
 * </ul>
 *
 * All counts are kept raw in {@link Result} so that many articles can be micro-averaged with {@link Result#plus}.
 * Messages (problems, missed, extra, wrong values) have score.py's wording. Checked against score.py on the fixtures
 * in {@code GoldScorerTest} and on some 500 randomly mutated predictions of the corpus golds (all counts and messages
 * equal). Known differences: where score.py crashes on malformed input (a float offset among the first five bad
 * ones, a null quote text), this port reports instead; case folding follows Java 17's Unicode 13 tables, so the few
 * letters added in Unicode 14 fold differently.
 */
public final class GoldScorer {
    public static final Set<String> CORE =
            Set.of("military_unit", "troop_count", "casualty_count", "date", "duration", "award", "equipment");
    public static final Set<String> ENTITY = Set.of("person", "place", "organization");

    /** Python's {@code str.isspace()} characters, i.e. what {@code re} matches with {@code \s} on str. */
    private static final Pattern WHITESPACE = Pattern.compile(
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    private static final Pattern TRAILING_PUNCT = Pattern.compile("[,.;:!?]+\\z");
    private static final Map<Character, Character> FOLD = Map.of(
            '\u2019', '\'', '\u2018', '\'', '\u201c', '"', '\u201d', '"', '\u2013', '-', '\u2014', '-', '\u00a0', ' ');

    private GoldScorer() {}

    // ------------------------------------------------------------------------------------------------ results

    /** True/false positive counts: {@code tpP} of {@code nP} predictions are right, {@code tpR} of {@code nR} gold found. */
    public record Counts(int tpP, int nP, int tpR, int nR) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        /** As score.py's prf: no predictions is precision 1 only when there was nothing to find. */
        public double precision() {
            return nP != 0 ? (double) tpP / nP : (nR == 0 ? 1.0 : 0.0);
        }

        public double recall() {
            return nR != 0 ? (double) tpR / nR : 1.0;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        }

        public Counts plus(Counts o) {
            return new Counts(tpP + o.tpP, nP + o.nP, tpR + o.tpR, nR + o.nR);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "P=%.2f R=%.2f F1=%.2f (%d/%d, %d/%d)", precision(), recall(), f1(), tpP, nP, tpR, nR);
        }
    }

    /** {@code ok} right out of {@code n} judged. */
    public record Ratio(int ok, int n) {
        public static final Ratio ZERO = new Ratio(0, 0);

        /** ok / n, or 1.0 when nothing was judged. */
        public double rate() {
            return n == 0 ? 1.0 : (double) ok / n;
        }

        public Ratio plus(Ratio o) {
            return new Ratio(ok + o.ok, n + o.n);
        }

        @Override
        public String toString() {
            return ok + "/" + n;
        }
    }

    /** One fact group (core facts or entities): counts, value accuracy and the messages. */
    public record Group(
            Counts counts, Ratio values, List<String> missed, List<String> extra, List<String> wrongValues) {
        public static final Group EMPTY = new Group(Counts.ZERO, Ratio.ZERO, List.of(), List.of(), List.of());

        public Group {
            missed = List.copyOf(missed);
            extra = List.copyOf(extra);
            wrongValues = List.copyOf(wrongValues);
        }

        public Group plus(Group o) {
            return new Group(
                    counts.plus(o.counts),
                    values.plus(o.values),
                    concat(missed, o.missed),
                    concat(extra, o.extra),
                    concat(wrongValues, o.wrongValues));
        }

        Group mapMessages(Function<String, String> f) {
            return new Group(
                    counts,
                    values,
                    missed.stream().map(f).toList(),
                    extra.stream().map(f).toList(),
                    wrongValues.stream().map(f).toList());
        }
    }

    /** A matched quote whose speaker differs from the gold one (quote text cut to 40 code points). */
    public record WrongSpeaker(String quote, String predicted, String expected) {
        @Override
        public String toString() {
            return "(" + pyRepr(quote) + ", " + pyRepr(predicted) + ", " + pyRepr(expected) + ")";
        }
    }

    /**
     * Everything score.py computes for one article (or, after {@link #plus}, for many). {@code problems} are the
     * structure and offset failures (at most five offset messages per article; {@code badOffsets} counts all).
     */
    public record Result(
            List<String> problems,
            int badOffsets,
            Counts quotes,
            Ratio speaker,
            Ratio source,
            Ratio fragment,
            List<String> missedQuotes,
            List<String> extraQuotes,
            List<WrongSpeaker> wrongSpeakers,
            Group facts,
            Group entities) {
        public static final Result EMPTY = new Result(
                List.of(),
                0,
                Counts.ZERO,
                Ratio.ZERO,
                Ratio.ZERO,
                Ratio.ZERO,
                List.of(),
                List.of(),
                List.of(),
                Group.EMPTY,
                Group.EMPTY);

        public Result {
            problems = List.copyOf(problems);
            missedQuotes = List.copyOf(missedQuotes);
            extraQuotes = List.copyOf(extraQuotes);
            wrongSpeakers = List.copyOf(wrongSpeakers);
        }

        /** Micro-average: counts are summed, message lists concatenated. */
        public Result plus(Result o) {
            return new Result(
                    concat(problems, o.problems),
                    badOffsets + o.badOffsets,
                    quotes.plus(o.quotes),
                    speaker.plus(o.speaker),
                    source.plus(o.source),
                    fragment.plus(o.fragment),
                    concat(missedQuotes, o.missedQuotes),
                    concat(extraQuotes, o.extraQuotes),
                    concat(wrongSpeakers, o.wrongSpeakers),
                    facts.plus(o.facts),
                    entities.plus(o.entities));
        }

        public static Result sum(Iterable<Result> results) {
            Result total = EMPTY;
            for (Result r : results) {
                total = total.plus(r);
            }
            return total;
        }

        /** The same result with every message prefixed by {@code label + ": "}, e.g. the article name. */
        public Result labelled(String label) {
            Function<String, String> f = m -> label + ": " + m;
            return new Result(
                    problems.stream().map(f).toList(),
                    badOffsets,
                    quotes,
                    speaker,
                    source,
                    fragment,
                    missedQuotes.stream().map(f).toList(),
                    extraQuotes.stream().map(f).toList(),
                    wrongSpeakers.stream()
                            .map(w -> new WrongSpeaker(label + ": " + w.quote(), w.predicted(), w.expected()))
                            .toList(),
                    facts.mapMessages(f),
                    entities.mapMessages(f));
        }

        /** No structure or offset problem (score.py fails the run otherwise, whatever the scores). */
        public boolean structureOk() {
            return problems.isEmpty();
        }

        /** score.py's exit status 0: structure right and every F1 at least its minimum. */
        public boolean passes(double minQuoteF1, double minFactF1, double minEntityF1) {
            return structureOk()
                    && quotes.f1() >= minQuoteF1
                    && facts.counts().f1() >= minFactF1
                    && entities.counts().f1() >= minEntityF1;
        }

        /** score.py's summary line. */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "quotes P=%.2f R=%.2f F1=%.2f speaker=%s source=%s fragment=%s | "
                            + "facts P=%.2f R=%.2f F1=%.2f values=%s | entities F1=%.2f | problems=%d",
                    quotes.precision(),
                    quotes.recall(),
                    quotes.f1(),
                    speaker,
                    source,
                    fragment,
                    facts.counts().precision(),
                    facts.counts().recall(),
                    facts.counts().f1(),
                    facts.values(),
                    entities.counts().f1(),
                    problems.size());
        }

        /** score.py's non-JSON output: every message line, then the summary. Handy as an assertion message. */
        public String report() {
            StringBuilder sb = new StringBuilder();
            problems.forEach(p -> sb.append("problem: ").append(p).append('\n'));
            missedQuotes.forEach(x -> sb.append("missed_quotes: ").append(x).append('\n'));
            extraQuotes.forEach(x -> sb.append("extra_quotes: ").append(x).append('\n'));
            wrongSpeakers.forEach(x -> sb.append("wrong_speakers: ").append(x).append('\n'));
            for (var e : List.of(Map.entry("facts", facts), Map.entry("entities", entities))) {
                e.getValue()
                        .missed()
                        .forEach(x -> sb.append(e.getKey())
                                .append(" missed: ")
                                .append(x)
                                .append('\n'));
                e.getValue()
                        .extra()
                        .forEach(x -> sb.append(e.getKey())
                                .append(" extra: ")
                                .append(x)
                                .append('\n'));
                e.getValue()
                        .wrongValues()
                        .forEach(x -> sb.append(e.getKey())
                                .append(" wrong_values: ")
                                .append(x)
                                .append('\n'));
            }
            return sb.append(summary()).toString();
        }

        @Override
        public String toString() {
            return summary();
        }
    }

    // ------------------------------------------------------------------------------------------------ scoring

    /** Scores {@code article} (the API's article JSON) against {@code gold} (a gold file). */
    public static Result score(JsonNode article, JsonNode gold) {
        List<String> problems = new ArrayList<>();
        String body = truthy(article.get("body")) ? str(article.get("body")) : "";
        if (body == null) {
            body = "";
        }

        // structure
        if (!Objects.equals(norm(str(article.get("title"))), norm(str(gold.get("title"))))) {
            problems.add("title: " + pyRepr(article.get("title")) + " != " + pyRepr(gold.get("title")));
        }
        if (gold.has("dateline")
                && !Objects.equals(norm(str(article.get("dateline"))), norm(str(gold.get("dateline"))))) {
            problems.add("dateline: " + pyRepr(article.get("dateline")) + " != " + pyRepr(gold.get("dateline")));
        }
        List<String> heads = new ArrayList<>();
        for (JsonNode s : list(article.get("sections"))) {
            heads.add(norm(str(s.get("heading"))));
        }
        List<String> want = new ArrayList<>();
        for (JsonNode s : list(gold.get("sections"))) {
            want.add(norm(str(s.get("heading"))));
        }
        if (!heads.equals(want)) {
            problems.add("section headings: " + pyList(heads) + " != " + pyList(want));
        }
        for (JsonNode bad : list(gold.get("notInBody"))) {
            String b = str(bad);
            if (b != null && body.contains(b)) {
                problems.add("body contains " + pyRepr(b));
            }
        }

        // offsets
        int badOffsets = 0;
        for (String kind : List.of("quotes", "facts")) {
            for (JsonNode x : list(article.get(kind))) {
                JsonNode s = x.get("start");
                JsonNode e = x.get("end");
                boolean ok =
                        isPyInt(s) && isPyInt(e) && textEquals(x.get("text"), utf16Slice(body, pyInt(s), pyInt(e)));
                if (!ok) {
                    badOffsets++;
                    if (badOffsets <= 5) {
                        problems.add("offsets: " + kind.substring(0, kind.length() - 1) + " " + pyRepr(x.get("text"))
                                + " at [" + pyStr(s) + "," + pyStr(e) + ") reads "
                                + pyRepr(utf16Slice(body, orZero(s), orZero(e))));
                    }
                }
            }
        }

        // quotes
        List<JsonNode> pq = list(article.get("quotes"));
        List<JsonNode> gq = list(gold.get("quotes"));
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode g : gq) {
            found.add(pq.stream()
                    .filter(p -> quoteMatch(str(p.get("text")), str(g.get("text"))))
                    .findFirst()
                    .orElse(null));
        }
        int tpR = (int) found.stream().filter(Objects::nonNull).count();
        List<String> extraQuotes = new ArrayList<>();
        int tpP = 0;
        for (JsonNode p : pq) {
            if (gq.stream().anyMatch(g -> quoteMatch(str(p.get("text")), str(g.get("text"))))) {
                tpP++;
            } else {
                String t = p.has("text") ? str(p.get("text")) : "";
                extraQuotes.add(cpPrefix(t == null ? "" : t, 60));
            }
        }
        List<String> missedQuotes = new ArrayList<>();
        List<WrongSpeaker> wrongSpeakers = new ArrayList<>();
        for (int i = 0; i < gq.size(); i++) {
            JsonNode g = gq.get(i);
            JsonNode p = found.get(i);
            if (p == null) {
                missedQuotes.add(cpPrefix(str(g.get("text")), 60));
            } else if (truthy(g.get("speaker"))
                    && !Objects.equals(norm(str(p.get("speaker"))), norm(str(g.get("speaker"))))) {
                wrongSpeakers.add(new WrongSpeaker(
                        cpPrefix(str(g.get("text")), 40), str(p.get("speaker")), str(g.get("speaker"))));
            }
        }

        return new Result(
                problems,
                badOffsets,
                new Counts(tpP, pq.size(), tpR, gq.size()),
                accuracy(gq, found, "speaker"),
                accuracy(gq, found, "source"),
                accuracy(gq, found, "fragment"),
                missedQuotes,
                extraQuotes,
                wrongSpeakers,
                group(article, gold, CORE),
                group(article, gold, ENTITY));
    }

    private static Ratio accuracy(List<JsonNode> gq, List<JsonNode> found, String field) {
        int n = 0;
        int ok = 0;
        for (int i = 0; i < gq.size(); i++) {
            JsonNode g = gq.get(i);
            JsonNode p = found.get(i);
            if (p == null || isNone(g.get(field)) && !field.equals("fragment")) {
                continue;
            }
            n++;
            boolean right = field.equals("fragment")
                    ? truthy(p.get(field)) == truthy(g.get(field))
                    : Objects.equals(norm(str(p.get(field))), norm(str(g.get(field))));
            if (right) {
                ok++;
            }
        }
        return new Ratio(ok, n);
    }

    private record Key(String type, String text) {}

    private static Group group(JsonNode article, JsonNode gold, Set<String> types) {
        List<JsonNode> gf = list(gold.get("facts")).stream()
                .filter(g -> types.contains(str(g.get("type"))))
                .toList();
        List<JsonNode> okExtra = list(gold.get("acceptable")).stream()
                .filter(a -> types.contains(str(a.get("type"))))
                .toList();
        Set<Key> seen = new HashSet<>();
        List<JsonNode> pf = new ArrayList<>();
        for (JsonNode p : list(article.get("facts"))) {
            String type = str(p.get("type"));
            Key key = new Key(type, norm(str(p.get("text"))));
            if (type != null && types.contains(type) && !seen.contains(key)) {
                seen.add(key);
                pf.add(p);
            }
        }
        List<List<JsonNode>> hits = new ArrayList<>();
        for (JsonNode g : gf) {
            hits.add(pf.stream().filter(p -> factMatch(p, g)).toList());
        }
        int tpR = (int) hits.stream().filter(h -> !h.isEmpty()).count();
        Set<JsonNode> good = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<JsonNode> neutral = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (JsonNode p : pf) {
            if (gf.stream().anyMatch(g -> factMatch(p, g))) {
                good.add(p);
            } else if (okExtra.stream().anyMatch(g -> factMatch(p, g))) {
                neutral.add(p);
            }
        }
        int judged = pf.size() - neutral.size();
        List<String> missed = new ArrayList<>();
        List<String> wrongValues = new ArrayList<>();
        int valuesOk = 0;
        int valuesN = 0;
        for (int i = 0; i < gf.size(); i++) {
            JsonNode g = gf.get(i);
            List<JsonNode> h = hits.get(i);
            if (h.isEmpty()) {
                missed.add(pyStr(g.get("type")) + ":" + pyStr(g.get("text")));
            } else if (g.has("quantity") || g.has("time") || g.has("name")) {
                valuesN++;
                if (h.stream().anyMatch(p -> valueOk(p, g))) {
                    valuesOk++;
                } else {
                    wrongValues.add(pyStr(g.get("type")) + ":" + pyStr(g.get("text")));
                }
            }
        }
        List<String> extra = new ArrayList<>();
        for (JsonNode p : pf) {
            if (!good.contains(p) && !neutral.contains(p)) {
                extra.add(pyStr(p.get("type")) + ":" + pyStr(p.get("text")));
            }
        }
        return new Group(
                new Counts(good.size(), judged, tpR, gf.size()),
                new Ratio(valuesOk, valuesN),
                missed,
                extra,
                wrongValues);
    }

    private static boolean factMatch(JsonNode p, JsonNode g) {
        return Objects.equals(str(p.get("type")), str(g.get("type")))
                && contains(norm(str(p.get("text"))), norm(str(g.get("text"))));
    }

    /** score.py's value_ok: the gold quantity/time/name, whichever it has first, equals the prediction's. */
    static boolean valueOk(JsonNode pred, JsonNode gold) {
        if (gold.has("quantity")) {
            JsonNode q = truthy(pred.get("quantity")) && pred.get("quantity").isObject() ? pred.get("quantity") : null;
            JsonNode gq = gold.get("quantity");
            for (String k : List.of("value", "min", "max")) {
                if (gq.has(k) && !pyEquals(q == null ? null : q.get(k), gq.get(k))) {
                    return false;
                }
            }
            return !(truthy(gq.get("approximate")) && !(q != null && truthy(q.get("approximate"))));
        }
        if (gold.has("time")) {
            JsonNode t = truthy(pred.get("time")) && pred.get("time").isObject() ? pred.get("time") : null;
            return pyEquals(t == null ? null : t.get("value"), gold.get("time").get("value"));
        }
        if (gold.has("name")) {
            return Objects.equals(norm(str(pred.get("name"))), norm(str(gold.get("name"))));
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------ text rules

    /**
     * score.py's norm: fold curly quotes, en/em dashes and no-break spaces, collapse whitespace, strip surrounding
     * {@code " ' } and spaces, drop trailing {@code , . ; : ! ?}, then Unicode case-fold. Null stays null.
     */
    public static String norm(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(FOLD.getOrDefault(c, c));
        }
        s = WHITESPACE.matcher(sb).replaceAll(" ");
        s = strip(s, " ");
        s = strip(s, "\"' ");
        s = TRAILING_PUNCT.matcher(s).replaceAll("");
        s = strip(s, " ");
        return casefold(s);
    }

    /** score.py's quote_match: equal after norm, or the shorter inside the longer and at least 80% of its length. */
    public static boolean quoteMatch(String predicted, String gold) {
        String a = norm(predicted);
        String b = norm(gold);
        if (Objects.equals(a, b)) {
            return true;
        }
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        int lx = cpLen(x);
        int ly = cpLen(y);
        String shortS = lx <= ly ? x : y;
        String longS = lx <= ly ? y : x;
        return !shortS.isEmpty() && longS.contains(shortS) && cpLen(shortS) >= 0.8 * cpLen(longS);
    }

    /** score.py's contains on normalised texts: equal, or both non-empty and one inside the other. */
    static boolean contains(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        return a != null && b != null && !a.isEmpty() && !b.isEmpty() && (b.contains(a) || a.contains(b));
    }

    /**
     * {@code text[start:end]} in UTF-16 code units with Python slice semantics (negative indices count from the end,
     * out-of-range indices are clamped); a surrogate cut in half reads as U+FFFD, as score.py's decode does.
     */
    static String utf16Slice(String text, long start, long end) {
        int n = text.length();
        int s = pyIndex(start, n);
        int e = pyIndex(end, n);
        if (s >= e) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.substring(s, e));
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < sb.length() && Character.isLowSurrogate(sb.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                sb.setCharAt(i, '\ufffd');
            }
        }
        return sb.toString();
    }

    private static int pyIndex(long i, int n) {
        if (i < 0) {
            i += n;
            if (i < 0) {
                i = 0;
            }
        }
        return (int) Math.min(i, n);
    }

    /** Python's str.casefold() for one string (full case folding; Java has only lower-casing). */
    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.append(casefold(cp)));
        return sb.toString();
    }

    private static String casefold(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        }
        if (cp == 0x130) { // İ folds to i + combining dot above
            return "i\u0307";
        }
        if (cp == 0x1E9E) { // capital sharp s folds like ß
            return "ss";
        }
        if (cp == 0x131) { // dotless ı has no folding
            return "ı";
        }
        if (cp >= 0x13A0 && cp <= 0x13FD || cp >= 0xAB70 && cp <= 0xABBF) { // Cherokee folds to upper case
            return new String(Character.toChars(Character.toUpperCase(cp)));
        }
        String one = new String(Character.toChars(cp));
        String upper = one.toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) > 1) { // ß, ligatures, ŉ, ...: full folding expands
            return upper.toLowerCase(Locale.ROOT);
        }
        int folded = Character.toLowerCase(Character.toUpperCase(cp));
        if (Character.toUpperCase(cp) == cp && Character.toLowerCase(cp) != cp) {
            folded = Character.toLowerCase(cp);
        }
        return new String(Character.toChars(folded));
    }

    // ------------------------------------------------------------------------------------------------ JSON as Python
    // sees it

    private static List<JsonNode> list(JsonNode n) {
        if (n == null || !n.isArray()) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>(n.size());
        n.forEach(out::add);
        return out;
    }

    /** The string value, or null for a missing, null or non-string node. */
    private static String str(JsonNode n) {
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    private static boolean isNone(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    /** Python truthiness of a JSON value. */
    static boolean truthy(JsonNode n) {
        if (isNone(n)) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.decimalValue().signum() != 0;
        }
        if (n.isTextual()) {
            return !n.textValue().isEmpty();
        }
        return n.size() > 0;
    }

    /** Python's {@code isinstance(x, int)}: JSON integers and, as in Python, booleans. */
    private static boolean isPyInt(JsonNode n) {
        return n != null && (n.isIntegralNumber() || n.isBoolean());
    }

    private static long pyInt(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue() ? 1 : 0;
        }
        BigInteger v = n.bigIntegerValue();
        BigInteger lim = BigInteger.valueOf(Integer.MAX_VALUE);
        return v.max(lim.negate()).min(lim).longValue();
    }

    private static long orZero(JsonNode n) {
        return isPyInt(n) ? pyInt(n) : 0;
    }

    private static boolean textEquals(JsonNode text, String s) {
        return text != null && text.isTextual() && text.textValue().equals(s);
    }

    /** Python's == on two JSON values (missing counts as None; numbers by value; true == 1). */
    static boolean pyEquals(JsonNode a, JsonNode b) {
        boolean an = isNone(a);
        boolean bn = isNone(b);
        if (an || bn) {
            return an && bn;
        }
        if ((a.isNumber() || a.isBoolean()) && (b.isNumber() || b.isBoolean())) {
            return number(a).compareTo(number(b)) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!pyEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!b.has(k) || !pyEquals(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static BigDecimal number(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : new BigDecimal(n.doubleValue());
    }

    private static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String cpPrefix(String s, int n) {
        if (s == null) {
            return null;
        }
        return cpLen(s) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    private static String strip(String s, String chars) {
        int b = 0;
        int e = s.length();
        while (b < e && chars.indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ------------------------------------------------------------------------------------------------ messages

    private static String pyStr(JsonNode n) {
        if (isNone(n)) {
            return "None";
        }
        if (n.isBoolean()) {
            return n.booleanValue() ? "True" : "False";
        }
        return n.isTextual() ? n.textValue() : n.toString();
    }

    private static String pyRepr(JsonNode n) {
        if (n != null && n.isTextual()) {
            return pyRepr(n.textValue());
        }
        return pyStr(n);
    }

    private static String pyList(List<String> xs) {
        List<String> parts = new ArrayList<>();
        xs.forEach(x -> parts.add(pyRepr(x)));
        return "[" + String.join(", ", parts) + "]";
    }

    /** Close to Python's repr() of a str, for messages. */
    static String pyRepr(String s) {
        if (s == null) {
            return "None";
        }
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == q) {
                        sb.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(q).toString();
    }
}
