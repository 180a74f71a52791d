package org.latitude.judge.internal.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.latitude.dataset.ImportSource;

/**
 * Opens a judgment file for one streaming pass: SHA-256 of the bytes as stored (what makes a re-import recognisable),
 * gzip read transparently (by its magic bytes), then strict UTF-8 lines. The seam where the shared reader will go.
 */
public final class JudgmentInput implements AutoCloseable {

    private final MessageDigest digest;
    private final TextLines lines;

    private JudgmentInput(InputStream raw, int maxLineChars) throws IOException {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        BufferedInputStream in = new BufferedInputStream(new DigestInputStream(raw, digest), 64 * 1024);
        in.mark(2);
        boolean gzip = in.read() == 0x1f & in.read() == 0x8b;
        in.reset();
        lines = new TextLines(gzip ? new GZIPInputStream(in, 64 * 1024) : in, maxLineChars);
    }

    public static JudgmentInput open(ImportSource source, int maxLineChars) throws IOException {
        return new JudgmentInput(source.open(), maxLineChars);
    }

    public TextLines lines() {
        return lines;
    }

    /** The SHA-256 (hex) of every byte read so far; call after the last line. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
