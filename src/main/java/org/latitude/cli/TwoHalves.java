package org.latitude.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.latitude.textio.ByteSource;

/**
 * Parses a large file in two halves on two threads: the split is the first line break after the middle; the
 * second half is parsed by its own reader and merged into the first ({@link LongCsvReader#absorb}), so codes, order
 * and line numbers are those of a sequential read. A line break inside a quoted field would make the split unsafe:
 * if either half met a quoted field, the caller re-reads the file sequentially.
 */
final class TwoHalves {

    /** Files smaller than this are read on one thread. */
    static final long THRESHOLD = 8L << 20;

    private TwoHalves() {
    }

    /**
     * Reads {@code file} into the empty {@code first} in two halves; false if the caller must read it again. The
     * first half sizes its arrays for the whole file, so the second half is appended without copying.
     */
    static boolean read(LongCsvReader first, Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        long body = size < THRESHOLD ? -1 : lineStartAfter(channel, 0);
        long middle = body < 0 ? -1 : lineStartAfter(channel, size / 2);
        if (middle <= body) {
            return false;
        }
        first.parse(ByteSource.range(channel, 0, body), file, true, body, 1, 0);
        LongCsvReader second = new LongCsvReader();
        second.adoptHeader(first);
        FutureTask<Long> tail = new FutureTask<>(() -> second.parse(ByteSource.range(channel, middle, size),
                file, false, size - middle, 1, middle));
        Thread.ofPlatform().daemon().start(tail);
        long headLines;
        try {
            headLines = 1 + first.parse(ByteSource.range(channel, body, middle), file, false, size, 2, body);
        } catch (CsvFormatException e) {
            await(tail);
            if (first.sawQuote() || second.sawQuote()) {
                return false;
            }
            throw e;
        }
        try {
            await(tail);
        } catch (CsvFormatException e) {
            if (first.sawQuote() || second.sawQuote()) {
                return false;
            }
            throw e.shifted(headLines);
        }
        if (first.sawQuote() || second.sawQuote()) {
            return false;
        }
        first.absorb(second, headLines);
        return true;
    }

    /** Waits for the second half, rethrowing what it threw. */
    private static void await(FutureTask<Long> tail) throws IOException {
        try {
            tail.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CsvFormatException c) {
                throw c;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Position after the first line feed at or after {@code from}, or -1. */
    private static long lineStartAfter(FileChannel channel, long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long position = from; position < channel.size(); position += buffer.limit()) {
            buffer.clear();
            if (channel.read(buffer, position) <= 0) {
                return -1;
            }
            buffer.flip();
            for (int i = 0; i < buffer.limit(); i++) {
                if (buffer.get(i) == '\n') {
                    return position + i + 1 < channel.size() ? position + i + 1 : -1;
                }
            }
        }
        return -1;
    }
}
