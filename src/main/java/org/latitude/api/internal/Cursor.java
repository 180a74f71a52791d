package org.latitude.api.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;

/**
 * An opaque page cursor: the position after the last item of a page. Dataset items never change after their
 * import, so a position stays valid; clients must not build cursors themselves (the format may change).
 */
public final class Cursor {

    private static final String PREFIX = "p1:";

    private Cursor() {
    }

    public static String after(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position)
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor stands for; 0 for none. */
    public static long position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (decoded.startsWith(PREFIX)) {
                long position = Long.parseLong(decoded.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-cursor", "The cursor is not one this API gave out; "
                + "start again without one.");
    }
}
