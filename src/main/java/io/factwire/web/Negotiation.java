package io.factwire.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading Accept and Accept-Encoding as RFC 9110 12.5 says: q-values, wildcards, and what {@code q=0} refuses. */
public final class Negotiation {
    private Negotiation() {}

    /** One media range of an Accept header, with its weight and its position in the header. */
    private record Range(String type, String subtype, double q, int position) {
        /** 3 for type/subtype, 2 for type/*, 1 for *&#47;*, 0 when it does not cover {@code mediaType}. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return subtype.equals("*") ? 1 : 0;
            }
            if (!type.equals(t)) {
                return 0;
            }
            return subtype.equals("*") ? 2 : subtype.equals(s) ? 3 : 0;
        }
    }

    /**
     * Which of {@code offered} (the server's order of preference) to send for this Accept header, or null when
     * none is acceptable. The most specific range covering a type gives its weight; the highest weight wins,
     * then the type whose range the client listed first, then the server's order. No header accepts anything.
     */
    public static String choose(String accept, List<String> offered) {
        if (offered.isEmpty()) {
            return null;
        }
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) {
            return offered.get(0); // an unreadable header is treated as absent rather than refusing everything
        }
        String best = null;
        double bestQ = 0;
        int bestPosition = Integer.MAX_VALUE;
        for (String type : offered) {
            Range match = null;
            int matchSpecificity = 0;
            for (Range range : ranges) {
                int specificity = range.specificity(type);
                if (specificity > matchSpecificity) {
                    match = range;
                    matchSpecificity = specificity;
                }
            }
            if (match == null || match.q() <= 0) {
                continue;
            }
            if (match.q() > bestQ || (match.q() == bestQ && match.position() < bestPosition)) {
                best = type;
                bestQ = match.q();
                bestPosition = match.position();
            }
        }
        return best;
    }

    /** True when {@code gzip} (or {@code *}) is listed without {@code q=0}. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("*")) {
                return weight(fields) > 0;
            }
        }
        return false;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].split(";");
            String mediaRange = fields[0].strip().toLowerCase(Locale.ROOT);
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1) {
                continue; // not a media range: ignored
            }
            ranges.add(new Range(mediaRange.substring(0, slash), mediaRange.substring(slash + 1), weight(fields), i));
        }
        return ranges;
    }

    /** The {@code q} parameter among the fields after a type or coding; 1 when absent, 0 when unreadable. */
    private static double weight(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i].strip();
            if (f.length() > 2 && (f.charAt(0) == 'q' || f.charAt(0) == 'Q') && f.charAt(1) == '=') {
                String value = f.substring(2).strip();
                if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
                    return 0; // RFC 9110 allows at most three decimals in [0, 1]
                }
                return Double.parseDouble(value);
            }
        }
        return 1;
    }
}
