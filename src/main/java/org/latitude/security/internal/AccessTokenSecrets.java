package org.latitude.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a personal access token: {@code lat_} and 256 random bits in URL-safe Base64 (43 characters), so
 * secret scanners and people recognise it. Only its SHA-256 is stored: with that much entropy a fast hash is as safe
 * as a slow one, and it lets a request find its token by an indexed equality lookup instead of comparing secrets.
 */
public final class AccessTokenSecrets {

    public static final String PREFIX = "lat_";
    public static final int SHOWN_CHARS = 12;
    private static final int RANDOM_BYTES = 32;
    private static final int ENCODED_CHARS = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokenSecrets() {
    }

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code candidate} has the shape of a token (checked before hashing anything a stranger sent). */
    public static boolean wellFormed(String candidate) {
        if (candidate == null || candidate.length() != PREFIX.length() + ENCODED_CHARS || !candidate.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    public static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The characters shown in lists ({@code lat_} and the first eight random ones). */
    public static String shown(String token) {
        return token.substring(0, SHOWN_CHARS);
    }
}
