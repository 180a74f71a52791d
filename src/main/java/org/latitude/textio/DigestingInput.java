package org.latitude.textio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) the raw bytes read through it: the file as stored, before any decompression. Reports
 * record it as provenance; an importer's second pass compares it to prove it read the same file.
 */
public final class DigestingInput extends FilterInputStream {

    private final MessageDigest digest;
    private volatile long count;

    public DigestingInput(InputStream in) {
        super(in);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of a whole file, hex. */
    public static String sha256(Path file) throws IOException {
        try (DigestingInput in = new DigestingInput(Files.newInputStream(file))) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.sha256();
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            digest.update(b, off, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte is hashed");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    /** The hash of everything read so far (call once, at the end). */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
