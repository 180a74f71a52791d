package org.latitude.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over the parts that make two requests the same one (for {@link IdempotencyKeys}). */
public final class RequestHash {

    private final MessageDigest digest;

    public RequestHash(String method, String path) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        add(method).add(path);
    }

    /** Adds a part; null and "" differ, and parts are separated, so ("ab","c") differs from ("a","bc"). */
    public RequestHash add(String part) {
        digest.update(part == null ? new byte[] {0} : (part.length() + ":" + part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return this;
    }

    public RequestHash addBytes(byte[] bytes, int length) {
        digest.update(bytes, 0, length);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
