package org.latitude.dataset.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Resident memory of this process now and at its peak, from Linux's {@code /proc/self/status}. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    static String now() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ")).collect(Collectors.joining(", "));
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
