package io.factwire.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet that reported a quotation: "according to Yonhap", "told Reuters", "citing TASS", "in an interview
 * with Bloomberg News", "KCNA said", looked for in the quotation's paragraph up to the end of its sentence,
 * outside quotation marks. The outlet is named as the text writes it, without its kind ("news agency").
 */
final class SourceFinder {
    /** Compiled once, not on every call. */
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the\\s+");
    /** Compiled once, not on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Compiled once, not on every call. */
    private static final Pattern KIND_AFTER_NAME = Pattern.compile(
            "((?:[\\p{Lu}][\\p{L}\\-]*\\s+){1,4})(?:[Nn]ews [Aa]gency|[Nn]ewspaper|[Bb]roadcaster|TV|[Rr]adio|[Dd]aily)\\b");

    /** "Kyodo news agency" is Kyodo: the kind of outlet is no part of its name. */
    private static final Pattern GENERIC_MEDIA_TAIL =
            Pattern.compile("(?i)\\s+(news agency|agency|newspaper|news service|wire service|daily)$");

    private static final Set<String> MEDIA_WORDS = Set.of("News", "TV", "Radio", "Television", "Online", "Daily");
    private static final Pattern MEDIA_NAME = Pattern.compile(
            "\\b(?:broadcaster|newspaper|daily|agency|outlet|channel|television|radio station|news site|website|magazine)\\s+"
                    + "((?:[\\p{Lu}][\\p{L}\\d\\-]*)(?:\\s+[\\p{Lu}][\\p{L}\\d\\-]*){0,3})");
    private static final Pattern NAMED_MEDIA = Pattern.compile("(?:the\\s+)?((?:[\\p{Lu}][\\p{L}\\-]*\\s+){0,3}?"
            + "(?:Radio|TV|News|Times|Post|Daily|Herald|Journal|Press|Gazette|Tribune|Channel|Television|Broadcasting|Mail|Telegraph)"
            + "(?:\\s+[\\p{Lu}][\\p{L}\\-]*){0,2})");
    /** How far before the quotation's sentence the outlet is looked for in its paragraph. */
    private static final int SOURCE_WINDOW = 600;
    /** Words an outlet cue needs; a cheap look for them comes before the full pattern. */
    private static final WordStartMatcher.Opening OUTLET_CUE_OPENER = WordStartMatcher.words(
            java.util.List.of(
                    "according",
                    "citing",
                    "cited",
                    "quoted",
                    "told",
                    "interview",
                    "speaking",
                    "spoke",
                    "in",
                    "comments",
                    "carried",
                    "published",
                    "broadcast",
                    "aired",
                    "read",
                    "reported"),
            c -> false);
    /** What may follow the capital that opens "Radio Brodno reported": the verbs of the cue's second half. */
    private static final String[] REPORTING_VERBS = {
        "reported", "reports", "has reported", "cited", "quoted", "said", "says"
    };
    /** The longest name before a reporting verb: the cue's second half allows a capital and 50 more characters. */
    private static final int REPORTER_NAME_CHARS = 50;

    private static final String[] CUE_WORDS = {
        "according",
        "citing",
        "cited",
        "quoted",
        "told",
        "interview",
        "speaking",
        "spoke",
        "comments",
        "carried",
        "published",
        "broadcast",
        "aired",
        "read",
        "report",
        "said",
        "says"
    };
    /** The ASCII letters, both cases, that open a cue word. */
    private static final boolean[] CUE_INITIALS = new boolean[128];

    static {
        for (String cue : CUE_WORDS) {
            CUE_INITIALS[Character.toLowerCase(cue.charAt(0))] = true;
            CUE_INITIALS[Character.toUpperCase(cue.charAt(0))] = true;
        }
    }

    private final Pattern outletCue;
    private final Gazetteer gazetteer;

    SourceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        outletCue = Pattern.compile(
                "\\b(?:(?i:according to|citing|cited by|quoted by|told|interview with|speaking to|speaking with|"
                        + "spoke to|spoke with|in comments to|comments to|carried by|published by|broadcast by|aired by|reported by|read on|broadcast on|aired on)\\s+((?:the\\s+)?[^,.;:“”\"]{2,60})|(\\p{Lu}[^,.;:“”\"]{1,50}?)\\s+"
                        + "(?:reported|reports|has reported|cited|quoted|said in a report|said|says)\\b)");
    }

    /** An outlet and the kind of cue that named it, which is the name of the source rule that decides. */
    record Found(String outlet, String rule) {}

    /** The outlet that reported quotation {@code q}, or null. */
    Found sourceOf(Document doc, Cues cues, QuoteSpan q, List<QuoteSpan> spans, String datelineOutlet) {
        String body = doc.body();
        Block block = doc.blocks().get(doc.blockIndexAt(q.start()));
        Span sentence = doc.sentenceAt(q.open());
        // The outlet may be named earlier in the paragraph ("Ortiz told WQRT 5 that … “We ran,” she said").
        // ... but not further than twice the window before the mark, however long the sentence.
        int from = Math.max(Math.max(block.start(), sentence.start() - SOURCE_WINDOW), q.open() - 2 * SOURCE_WINDOW);
        int to = q.runsOn()
                ? block.end()
                : Math.max(
                        sentence.end(),
                        Math.min(block.end(), doc.sentenceAt(q.close() + 2).end()));
        to = Math.min(to, Math.max(q.end(), q.close()) + SOURCE_WINDOW);
        return outletIn(doc, cues, from, to, spans, datelineOutlet);
    }

    /** The outlet an outlet cue names in {@code [from,to)} of the body, outside quotation marks, or null. */
    Found outletIn(Document doc, Cues cues, int from, int to, List<QuoteSpan> spans, String datelineOutlet) {
        String body = doc.body();
        if (!cues.anyIn(body, from, to)) {
            return null;
        }
        String text = body.substring(from, to);
        // Only what stands outside the quotation marks can name who reported it.
        doc.budget().step(2L * (to - from));
        StringBuilder outside = new StringBuilder(text);
        for (QuoteSpan other : spans.subList(Spans.firstEndingAfter(spans, from), spans.size())) {
            doc.budget().check();
            if (other.start() >= to) {
                break;
            }
            for (int i = Math.max(other.start(), from); i < Math.min(other.end(), to); i++) {
                outside.setCharAt(i - from, ' ');
            }
        }
        // Tried only at capitals and the first words of the cues, where the cue pattern can start.
        VerbsAhead verbsAhead = new VerbsAhead(outside);
        WordStartMatcher scan = new WordStartMatcher(
                outletCue,
                outside,
                0,
                outside.length(),
                (t, at) -> OUTLET_CUE_OPENER.test(t, at) || Character.isUpperCase(t.charAt(at)) && verbsAhead.test(at));
        Matcher m = scan.matcher();
        while (scan.find()) {
            String phrase = m.group(1) != null ? m.group(1) : m.group(2);
            String cue = m.group().toLowerCase(java.util.Locale.ROOT);
            boolean toldOutlet = cue.startsWith("told")
                    || cue.contains("interview")
                    || cue.startsWith("spok")
                    || cue.contains("comments to");
            String outlet = outletIn(phrase, toldOutlet);
            if (outlet != null) {
                return new Found(outlet, ruleOf(cue, m.group(1) == null, toldOutlet));
            }
            if (datelineOutlet != null
                    && LEADING_THE.matcher(phrase.strip()).replaceFirst("").startsWith(datelineOutlet)) {
                return new Found(datelineOutlet, "source.dateline-outlet");
            }
        }
        return null;
    }

    /**
     * {@link #reportingVerbAhead} for every capital of one text, from three tables read backwards over the text
     * once, when a capital first asks: where the next reporting verb after white space starts, where the next stop
     * character stands, and where the next character that is no white space stands. Each capital is then answered
     * in constant time instead of by a walk of up to fifty characters. A text with surrogates is walked as before,
     * since the walk counts code points.
     */
    private static final class VerbsAhead {
        private final CharSequence text;
        private int[] nextVerb;
        private int[] nextStop;
        private int[] nextNonSpace;
        private boolean walk;

        VerbsAhead(CharSequence text) {
            this.text = text;
        }

        boolean test(int at) {
            if (nextVerb == null && !walk) {
                build();
            }
            if (walk) {
                return reportingVerbAhead(text, at);
            }
            int n = text.length();
            if (at + 2 > n) {
                return false;
            }
            int verb = nextVerb[at + 2];
            if (verb >= n) {
                return false;
            }
            int stop = nextStop[at + 1];
            if (at + 1 + REPORTER_NAME_CHARS < n) {
                stop = Math.min(stop, nextNonSpace[at + 1 + REPORTER_NAME_CHARS]);
            }
            return verb <= stop;
        }

        private void build() {
            int n = text.length();
            for (int i = 0; i < n; i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    walk = true;
                    return;
                }
            }
            nextVerb = new int[n + 1];
            nextStop = new int[n + 1];
            nextNonSpace = new int[n + 1];
            nextVerb[n] = n;
            nextStop[n] = n;
            nextNonSpace[n] = n;
            for (int k = n - 1; k >= 0; k--) {
                char c = text.charAt(k);
                nextVerb[k] = k >= 1 && isPatternSpace(text.charAt(k - 1)) && startsReportingVerb(text, k)
                        ? k
                        : nextVerb[k + 1];
                nextStop[k] = ",.;:“”\"".indexOf(c) >= 0 ? k : nextStop[k + 1];
                nextNonSpace[k] = !isPatternSpace(c) ? k : nextNonSpace[k + 1];
            }
        }
    }

    /**
     * Whether a reporting verb may close a cue that opens with the capital at {@code at} ("Radio Brodno reported"):
     * a verb after white space, with no stop character between, and no more than the name's length of other
     * characters before that white space. A necessary condition only: the pattern decides.
     */
    private static boolean reportingVerbAhead(CharSequence text, int at) {
        // Code points after the capital, as the pattern counts them.
        int counted = 0;
        int k = at + 1;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (k >= at + 2 && isPatternSpace(text.charAt(k - 1)) && startsReportingVerb(text, k)) {
                return true;
            }
            if (",.;:“”\"".indexOf(c) >= 0 || !isPatternSpace(c) && counted >= REPORTER_NAME_CHARS) {
                return false;
            }
            k += Character.isHighSurrogate(c) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))
                    ? 2
                    : 1;
            counted++;
        }
        return false;
    }

    private static boolean startsReportingVerb(CharSequence text, int at) {
        for (String verb : REPORTING_VERBS) {
            if (at + verb.length() <= text.length() && verb.charAt(0) == text.charAt(at)) {
                int k = 1;
                while (k < verb.length() && verb.charAt(k) == text.charAt(at + k)) {
                    k++;
                }
                if (k == verb.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What {@code \\s} matches. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The source rule a cue stands for: what comes before the outlet's name, or what follows it. */
    private static String ruleOf(String cue, boolean outletFirst, boolean toldOutlet) {
        if (outletFirst) {
            return "source.outlet-reported";
        }
        if (toldOutlet) {
            return "source.told-outlet";
        }
        if (cue.startsWith("according")) {
            return "source.according-to";
        }
        return cue.startsWith("cit") || cue.startsWith("quoted") ? "source.citing" : "source.reported-by";
    }

    /**
     * Whether a cue word begins at a word start in {@code text} (case aside): one look per word, where a regular
     * expression of alternatives would try each at every character.
     */
    private static boolean cueAt(String text, int i) {
        char lower = Character.toLowerCase(text.charAt(i));
        for (String cue : CUE_WORDS) {
            if (cue.charAt(0) == lower && text.regionMatches(true, i, cue, 0, cue.length())) {
                return true;
            }
        }
        return false;
    }

    /** Where cue words begin in a body, found once per article and asked about by range. */
    Cues cuesIn(Document doc) {
        String body = doc.body();
        doc.budget().step(body.length());
        int[] starts = new int[16];
        int n = 0;
        boolean afterWordChar = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean wordChar = isWordChar(c);
            boolean start = !afterWordChar && wordChar;
            afterWordChar = wordChar;
            // An ASCII character that opens no cue word, either case, is passed at once.
            if (!start || c < 128 && !CUE_INITIALS[c]) {
                continue;
            }
            if (Character.isLetter(c) && cueAt(body, i)) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
        }
        return new Cues(java.util.Arrays.copyOf(starts, n));
    }

    /** Sorted offsets of cue words in the body. */
    record Cues(int[] starts) {
        /** Whether a cue word may begin in {@code [from,to)}: a word cut at {@code from} counts, as it would in the cut text. */
        boolean anyIn(String body, int from, int to) {
            if (from < to && Character.isLetter(body.charAt(from)) && cueAt(body, from)) {
                return true;
            }
            int k = java.util.Arrays.binarySearch(starts, from);
            int next = k >= 0 ? k : -k - 1;
            return next < starts.length && starts[next] < to;
        }
    }

    /** What {@code \\b} counts as part of a word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The outlet named in a phrase such as "Japan’s Kyodo news agency" or "the Associated Press". */
    String outletIn(String phrase) {
        return outletIn(phrase, false);
    }

    /**
     * With {@code callLetters}, an unknown all-capitals name right after "told" counts as an outlet: a station's
     * call sign with its channel number ("told KQRB 7", "told WDLX") or an agency's initials ("told RFN").
     */
    private String outletIn(String phrase, boolean callLetters) {
        String[] words = SPACES.split(phrase.strip());
        for (int i = 0; i < words.length; i++) {
            words[i] = Words.stripPossessive(trimBrackets(words[i]));
        }
        for (int len = Math.min(4, words.length); len >= 1; len--) {
            for (int i = 0; i + len <= words.length; i++) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
                if (gazetteer.outlet(candidate).isPresent()) {
                    // As written ("DW", "Velmar News"), without an article, with a media word that follows it; a
                    // name that is nothing without its kind ("Velmar Central News Agency") by the list's short name.
                    String written = GENERIC_MEDIA_TAIL
                            .matcher(LEADING_THE.matcher(candidate).replaceFirst(""))
                            .replaceFirst("");
                    if (!written.equals(candidate) && gazetteer.outlet(written).isEmpty()) {
                        written = gazetteer.outlet(candidate).get();
                    }
                    int next = i + len;
                    return next < words.length && MEDIA_WORDS.contains(words[next])
                            ? written + " " + words[next]
                            : written;
                }
            }
        }
        if (callLetters) {
            // "told Radio Velmor", "told the Lublin Post": a capitalised name with a word of the trade in it.
            Matcher named = NAMED_MEDIA.matcher(phrase.strip());
            if (named.lookingAt()) {
                return named.group(1);
            }
        }
        if (callLetters
                && words.length > 0
                && words[0].length() >= 2
                && words[0].length() <= 6
                && words[0].chars().allMatch(Character::isUpperCase)) {
            // "told RFN", "told WDLX 12": call letters of an outlet the lists do not know.
            return words.length > 1 && Words.hasDigit(words[1]) && words[1].length() <= 3
                    ? words[0] + " " + words[1]
                    : words[0];
        }
        Matcher media = MEDIA_NAME.matcher(phrase);
        if (media.find()) {
            return media.group(1);
        }
        Matcher agency = KIND_AFTER_NAME.matcher(phrase);
        return agency.find() ? agency.group(1).strip() : null;
    }

    private static String trimBrackets(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && "([".indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ")]".indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(from, to);
    }
}
