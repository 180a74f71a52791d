package org.latitude.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a report's files so that a failure never leaves a partial report that could pass for a new one: every file
 * goes into a temporary folder beside the target, and only {@link #commit} moves them into place (the whole folder
 * in one rename when the target does not exist yet; else file by file, each an atomic replace). Closing without a
 * commit deletes the temporary folder and leaves the target as it was.
 */
public final class ReportFolder implements AutoCloseable {

    /** The output location cannot be used (it is a file, or cannot be created). */
    public static final class OutputException extends RuntimeException {
        public OutputException(String message) {
            super(message);
        }
    }

    private final Path target;
    private final Path temporary;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    private ReportFolder(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /** Checks the target (a folder, or nothing yet) and creates the temporary folder beside it. */
    public static ReportFolder create(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new OutputException("--out " + target + " is an existing file, not a folder; name a folder (it "
                    + "is created if missing)");
        }
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            // not createTempDirectory: its owner-only permissions would become the report folder's after the move
            Path temporary = parent.resolve("." + absolute.getFileName() + "-" + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(System.nanoTime()));
            return new ReportFolder(absolute, Files.createDirectory(temporary));
        } catch (FileAlreadyExistsException e) {
            throw new OutputException("cannot create the folder of --out " + target + ": " + e.getFile()
                    + " is a file");
        } catch (IOException e) {
            throw new OutputException("cannot write beside --out " + target + ": " + e.getMessage());
        }
    }

    /** Checks {@code target} without writing anything (to refuse a bad --out before a long analysis). */
    public static void check(Path target) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException("--out " + target + " is an existing file, not a folder; name a folder (it "
                    + "is created if missing)");
        }
    }

    public void write(String name, String content) {
        try {
            Files.writeString(temporary.resolve(name), content, StandardCharsets.UTF_8);
            names.add(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    /** Writes a file through {@code content}, streamed (for tables too large to hold as one string). */
    public void write(String name, java.util.function.Consumer<java.io.Writer> content) {
        try (java.io.Writer out = Files.newBufferedWriter(temporary.resolve(name), StandardCharsets.UTF_8)) {
            content.accept(out);
            names.add(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    /** Moves the written files into the target folder. */
    public void commit() {
        try {
            if (!Files.exists(target)) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                for (String name : names) {
                    move(temporary.resolve(name), target.resolve(name));
                }
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the report into " + target, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() {
        if (!Files.exists(temporary)) {
            return;
        }
        try (Stream<Path> files = Files.walk(temporary)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + temporary, e);
        }
        if (!committed) {
            names.clear();
        }
    }
}
