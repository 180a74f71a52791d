package org.latitude.export.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The seeded train/test rule of the Hugging Face export: an item is in {@code test} when the first eight bytes of
 * SHA-256 of {@code "<seed>:<id>"} (UTF-8), read as an unsigned big-endian integer, modulo 100 are below the test
 * percentage. Reproducible outside Latitude from the exported {@code id} alone; the same id lands in the same split
 * for the same seed, whatever else the campaign holds.
 */
public record Split(long seed, int testPercent) {

    public static final long DEFAULT_SEED = 20_250_101L;
    public static final int DEFAULT_TEST_PERCENT = 20;

    public Split {
        if (testPercent < 0 || testPercent > 100) {
            throw new IllegalArgumentException("the test share is a percentage");
        }
    }

    public static Split defaults() {
        return new Split(DEFAULT_SEED, DEFAULT_TEST_PERCENT);
    }

    public boolean isTest(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xFF);
            }
            return Long.remainderUnsigned(v, 100) < testPercent;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
