package io.factwire.web;

import java.util.Arrays;
import java.util.Locale;

/** Reading Accept and Accept-Encoding: which of two types comes first, and what a {@code q=0} refuses. */
public final class Negotiation {
    private Negotiation() {
    }

    /**
     * Whether {@code accept} lists {@code wanted} before {@code other} (both without {@code q=0}). Listing order
     * decides, not q values: enough for a client choosing between JSON and JSON-LD.
     */
    public static boolean prefers(String accept, String wanted, String other) {
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            String[] fields = part.split(";");
            String type = fields[0].strip().toLowerCase(Locale.ROOT);
            if (refused(fields)) {
                continue;
            }
            if (type.equals(wanted)) {
                return true;
            }
            if (type.equals(other)) {
                return false;
            }
        }
        return false;
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
                return !refused(fields);
            }
        }
        return false;
    }

    /** Whether the parameters after a type or coding include {@code q=0} (also {@code q=0.0…}). */
    private static boolean refused(String[] fields) {
        return Arrays.stream(fields).skip(1).map(f -> f.replace(" ", ""))
                .anyMatch(f -> f.matches("[qQ]=0(\\.0*)?"));
    }
}
