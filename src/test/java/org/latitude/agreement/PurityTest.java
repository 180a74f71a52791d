package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rule 1: the agreement engine imports nothing but the JDK and Commons Math. */
class PurityTest {

    @Test
    void agreementPackageImportsOnlyTheJdkAndCommonsMath() throws IOException {
        Path sources = Path.of("src/main/java/org/latitude/agreement");
        try (Stream<Path> files = Files.list(sources)) {
            List<String> imports = files.flatMap(PurityTest::lines)
                    .filter(l -> l.startsWith("import ")).toList();
            assertThat(imports).isNotEmpty().allSatisfy(l -> assertThat(l).matches(
                    "import (static )?(java\\.|org\\.apache\\.commons\\.math3\\.).*"));
        }
        try (Stream<Path> files = Files.list(sources)) {
            assertThat(files.flatMap(PurityTest::lines).filter(l -> l.contains("org.latitude.")
                    && !l.startsWith("package ")).toList()).isEmpty();
        }
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream().map(String::strip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
