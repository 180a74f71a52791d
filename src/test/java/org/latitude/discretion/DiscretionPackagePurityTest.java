package org.latitude.discretion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rule 1 (ARCHITECTURE.md): the discretion engine imports nothing but the JDK and Commons Math. */
class DiscretionPackagePurityTest {

    @Test
    void engineSourcesImportOnlyTheJdkAndCommonsMath() throws IOException {
        Path source = Path.of("src/main/java/org/latitude/discretion");
        List<String> imports;
        try (Stream<Path> files = Files.walk(source)) {
            imports = files.filter(p -> p.toString().endsWith(".java")).flatMap(DiscretionPackagePurityTest::lines)
                    .filter(line -> line.startsWith("import ")).toList();
        }
        assertThat(imports).isNotEmpty().allSatisfy(line -> assertThat(line).matches(
                "import (static )?(java\\.|org\\.apache\\.commons\\.math3\\.|org\\.latitude\\.discretion\\.).*"));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
