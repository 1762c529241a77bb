package io.factwire;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Page cursors, opaque to clients: a kind and a position, base64url-wrapped. The kind keeps a cursor from one
 * listing from being taken for a position in another.
 */
public final class Cursors {
    private Cursors() {
    }

    public static String encode(String kind, long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position in a cursor of {@code kind}; anything else is a 400 naming {@code cursor}. */
    public static long decode(String kind, String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(kind + ":")) {
                long position = Long.parseLong(decoded.substring(kind.length() + 1));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: same answer as any other foreign cursor
        }
        throw new InvalidInputException("cursor", "Not a cursor this API issued; use the 'next' of a previous page.");
    }
}
