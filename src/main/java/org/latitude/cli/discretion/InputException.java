package org.latitude.cli.discretion;

import java.nio.file.Path;

/** Bad input to the {@code discretion} command, located by file and line (line 0: the file as a whole). */
public final class InputException extends RuntimeException {

    public InputException(Path file, long line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
