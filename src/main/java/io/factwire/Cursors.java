package io.factwire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Page cursors, opaque to clients: a kind and a position, base64url-wrapped. The kind keeps a cursor from one
 * listing from being taken for a position in another. A position is one number or, for keyset pages, the sort
 * key of the last item served (several parts, each a number, a text or null).
 */
public final class Cursors {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
    // a part is "~" for null, else its text in base64url (whose alphabet has neither '~' nor '.')
    private static final String NULL = "~";

    private Cursors() {}

    public static String encode(String kind, long position) {
        return B64.encodeToString((kind + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position in a cursor of {@code kind}; anything else is a 400 naming {@code cursor}. */
    public static long decode(String kind, String cursor) {
        try {
            String decoded = new String(UNB64.decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(kind + ":")) {
                long position = Long.parseLong(decoded.substring(kind.length() + 1));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: same answer as any other foreign cursor
        }
        throw invalid();
    }

    /** A keyset cursor: the sort key of the last item served; parts are numbers, texts or null. */
    public static String encodeKey(String kind, Object... parts) {
        List<String> encoded = new ArrayList<>(parts.length);
        for (Object part : parts) {
            encoded.add(part == null ? NULL : B64.encodeToString(part.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return B64.encodeToString((kind + "=" + String.join(".", encoded)).getBytes(StandardCharsets.UTF_8));
    }

    /** The key in a cursor {@link #encodeKey} made for {@code kind} with {@code parts} parts; else a 400. */
    public static Key decodeKey(String kind, int parts, String cursor) {
        try {
            String decoded = new String(UNB64.decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(kind + "=")) {
                String[] encoded = decoded.substring(kind.length() + 1).split("\\.", -1);
                if (encoded.length == parts) {
                    List<String> values = new ArrayList<>(parts);
                    for (String part : encoded) {
                        values.add(part.equals(NULL) ? null : new String(UNB64.decode(part), StandardCharsets.UTF_8));
                    }
                    return new Key(values);
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64: a foreign cursor
        }
        throw invalid();
    }

    /** The parts of a keyset cursor; a part of the wrong type is a 400 like any foreign cursor. */
    public record Key(List<String> parts) {
        /** The text of part {@code i}, or null. */
        public String text(int i) {
            return parts.get(i);
        }

        /** The text of part {@code i}, which may not be null. */
        public String presentText(int i) {
            return required(i);
        }

        public long number(int i) {
            try {
                return Long.parseLong(required(i));
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }

        public double real(int i) {
            try {
                double value = Double.parseDouble(required(i));
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw invalid();
        }

        private String required(int i) {
            if (parts.get(i) == null) {
                throw invalid();
            }
            return parts.get(i);
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "Not a cursor this API issued; use the 'next' of a previous page.");
    }
}
