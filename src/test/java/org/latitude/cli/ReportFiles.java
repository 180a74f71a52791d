package org.latitude.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Inputs and outputs of the report tests: the bundled examples, hostile inputs, and a ZIP's entries. */
final class ReportFiles {

    static final Path EXAMPLES = Path.of("seed-data", "examples");
    static final Path DISCRETION = EXAMPLES.resolve("discretion");

    private ReportFiles() {
    }

    static List<String> analyzeExample(Path out, Path zip) {
        return List.of("analyze", "--ratings", EXAMPLES.resolve("response-verdicts.csv").toString(), "--model",
                EXAMPLES.resolve("response-verdicts-judge.csv").toString(), "--level", "ordinal", "--values",
                "safe,needs_caution,unsafe", "--field", "response_verdict", "--bootstrap", "200", "--seed", "7",
                "--out", out.toString(), "--zip", zip.toString());
    }

    static List<String> discretionExample(Path dir, Path out, Path zip) {
        return List.of("discretion", "--principles", dir.resolve("principle_preferences.csv").toString(),
                "--principle-texts", dir.resolve("principles.txt").toString(), "--principle-labels",
                dir.resolve("principle_labels.txt").toString(), "--annotator",
                "a=" + dir.resolve("annotator_a.csv") + ":preference", "--annotator",
                "crowd=" + dir.resolve("crowd.csv") + ":preference", "--annotator",
                "rm=" + dir.resolve("reward_model.csv") + ":reward", "--bootstrap", "200", "--dd-bootstrap", "50",
                "--out", out.toString(), "--zip", zip.toString());
    }

    /** The discretion examples with hostile item ids, annotator and principle names. */
    static Path hostileDiscretion(Path dir) throws IOException {
        Files.createDirectories(dir);
        String item = "<img src=x onerror=window.pwned=6>";
        for (String f : List.of("annotator_a.csv", "crowd.csv", "principle_preferences.csv", "reward_model.csv",
                "principles.txt")) {
            String text = Files.readString(DISCRETION.resolve(f)).replaceAll("(?m)^1,", Matcher.quoteReplacement(
                    item + ","));
            Files.writeString(dir.resolve(f), text.replace("alice", "<script>window.pwned=5</script>"));
        }
        Files.writeString(dir.resolve("principle_labels.txt"), "javascript:window.pwned=7\n"
                + "<b onmouseover=window.pwned=8>Avoid harm</b>\n=HYPERLINK(\"http://x\")\n");
        return dir;
    }

    /** Ratings whose unit ids, coder ids and values are markup or script. */
    static List<String> hostileAnalyze(Path dir, Path out, Path zip) throws IOException {
        Files.createDirectories(dir);
        String unit = "<script>window.pwned=1</script>";
        String coder = "<img src=x onerror=window.pwned=2>";
        String value = "javascript:window.pwned=3";
        Path ratings = dir.resolve("ratings.csv");
        Files.writeString(ratings, "unit,coder,value\n" + unit + ",a," + value + "\n" + unit + "," + coder
                + "," + value + "\nu2,a,safe\nu2," + coder + ",safe\nu3,a,safe\nu3," + coder + "," + value + "\n");
        Path model = dir.resolve("model.csv");
        Files.writeString(model, "unit,coder,value\n" + unit + ",<svg onload=window.pwned=4>," + value
                + "\nu2,<svg onload=window.pwned=4>,safe\n");
        return List.of("analyze", "--ratings", ratings.toString(), "--model", model.toString(), "--bootstrap", "20",
                "--out", out.toString(), "--zip", zip.toString());
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static String text(Map<String, byte[]> entries, String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError(name + " is not in the bundle: " + entries.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The inline SVG figures of a report.html, in page order. */
    static List<String> svgs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
