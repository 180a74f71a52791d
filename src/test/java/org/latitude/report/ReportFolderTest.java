package org.latitude.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report appears whole or not at all. */
class ReportFolderTest {

    @TempDir
    Path dir;

    @Test
    void nothingAppearsUntilTheCommitAndAnAbandonedFolderLeavesNoTrace() throws IOException {
        Path out = dir.resolve("report");
        try (ReportFolder folder = ReportFolder.create(out)) {
            folder.write("report.json", "{}");
            assertThat(out).doesNotExist();
        }
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aCommitReplacesTheFilesOfAnExistingFolderAndKeepsTheOthers() throws IOException {
        Path out = Files.createDirectories(dir.resolve("report"));
        Files.writeString(out.resolve("report.json"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");
        try (ReportFolder folder = ReportFolder.create(out)) {
            folder.write("report.json", "new");
            folder.commit();
        }
        assertThat(Files.readString(out.resolve("report.json"))).isEqualTo("new");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void theMovedFolderHasTheUsualPermissionsNotATemporaryFoldersOwnerOnlyOnes() throws IOException {
        Path out = dir.resolve("report");
        Path sibling = Files.createDirectory(dir.resolve("sibling"));
        try (ReportFolder folder = ReportFolder.create(out)) {
            folder.write("report.json", "{}");
            folder.commit();
        }
        if (sibling.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(sibling));
        }
    }

    @Test
    void aFileInThePlaceOfTheFolderIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThatThrownBy(() -> ReportFolder.create(file)).isInstanceOf(ReportFolder.OutputException.class)
                .hasMessageContaining("is an existing file");
    }
}
