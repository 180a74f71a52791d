package org.latitude.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import. The importer reads it twice (first to validate everything, then to store), streaming each time,
 * so it must be re-readable: an uploaded temporary file, or bytes of a small bundled file.
 */
public interface ImportSource {

    /** A new stream over the whole file, from its first byte. */
    InputStream open() throws IOException;

    /** The size in bytes, or -1 when unknown. */
    long size();

    static ImportSource of(Path file) {
        return new ImportSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    static ImportSource of(byte[] content) {
        byte[] copy = content.clone();
        return new ImportSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public long size() {
                return copy.length;
            }
        };
    }
}
