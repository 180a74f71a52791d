package org.latitude.dataset.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generic-JSONL file of {@code n} exchanges ({@code id, prompt, response, source}) from a fixed seed: prompts of
 * 60–400 and responses of 150–1,200 characters of words, with some non-ASCII text, every tenth exchange prompt-only.
 * With {@code -Dbench.short=true}, prompts of 40–120 and responses of 60–200 characters (about 200 bytes a line), so a
 * million lines stay under the default 512 MiB file limit.
 */
final class BenchFile {

    private static final String[] WORDS = {"the", "model", "answer", "safety", "label", "annotator", "prompt",
        "response", "policy", "résumé", "naïve", "Straße", "日本語", "emoji 🧪", "weather", "recipe", "garden",
        "explain", "why", "how", "could", "should", "never", "always", "data", "review", "Ελληνικά", "العربية"};

    private static final boolean SHORT = Boolean.getBoolean("bench.short");

    private BenchFile() {
    }

    static Path write(Path dir, int n, long seed) throws IOException {
        Path file = dir.resolve("exchanges-" + n + ".jsonl");
        JsonMapper json = JsonMapper.builder().build();
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= n; i++) {
                ObjectNode row = json.createObjectNode();
                row.put("id", String.format("bench-%07d", i));
                row.put("prompt", text(random, SHORT ? 40 + random.nextInt(80) : 60 + random.nextInt(340)));
                if (i % 10 != 0) {
                    row.put("response", text(random, SHORT ? 60 + random.nextInt(140) : 150 + random.nextInt(1050)));
                }
                row.put("source", "bench");
                out.write(json.writeValueAsString(row));
                out.write('\n');
            }
        }
        return file;
    }

    private static String text(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        return text.toString();
    }
}
