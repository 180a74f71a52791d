package org.latitude.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the team's shared material ({@code ../shared} beside the project root, or {@code LATITUDE_SHARED_DIR}).
 *
 * <p>A fresh user clone has no {@code ../shared}: tests that need it are skipped with a message naming what is
 * missing. In CI ({@code CI=true}) the folder is present by contract, so its absence fails the test instead of
 * silently skipping a check.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** The shared folder, or a skipped (locally) / failed (CI) test when it is absent. */
    public static Path sharedDir() {
        String configured = System.getenv("LATITUDE_SHARED_DIR");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of("..", "shared").toAbsolutePath().normalize();
        requirePresent(dir, "the shared folder");
        return dir;
    }

    /** A file or folder under the shared folder, e.g. {@code require("datasets/convabuse/ConvAbuseEMNLPfull.csv")}. */
    public static Path require(String relative) {
        Path path = sharedDir().resolve(relative);
        requirePresent(path, relative);
        return path;
    }

    private static void requirePresent(Path path, String what) {
        boolean present = Files.exists(path);
        String message = "Skipped: " + what + " not found at " + path
                + " (tests on shared reference data need ../shared beside the project, or LATITUDE_SHARED_DIR)";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + message.substring("Skipped: ".length()));
        }
        assumeTrue(present, message);
    }
}
