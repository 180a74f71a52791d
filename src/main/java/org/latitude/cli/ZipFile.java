package org.latitude.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.latitude.report.ReportBundle;
import org.latitude.report.ReportFolder;

/**
 * Writes a report bundle to the {@code --zip} file of a headless command: into a temporary file beside it, moved
 * into place when complete, so a failure leaves no partial ZIP and an existing file as it was.
 */
public final class ZipFile {

    private ZipFile() {
    }

    /** Refuses a --zip that names a folder, before a long analysis. */
    public static void check(Path zip) {
        if (zip != null && Files.isDirectory(zip)) {
            throw new ReportFolder.OutputException("--zip " + zip + " is a folder; name a file, e.g. report.zip");
        }
    }

    public static void write(Path zip, ReportBundle bundle) {
        Path absolute = zip.toAbsolutePath().normalize();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "-" + ProcessHandle.current().pid()
                + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            try (OutputStream out = Files.newOutputStream(temporary)) {
                bundle.writeZip(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write --zip " + zip, e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file stays; the error above (if any) is what the user needs to see
            }
        }
    }
}
