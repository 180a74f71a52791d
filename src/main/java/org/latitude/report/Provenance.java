package org.latitude.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a report's figures come from, the same keys for every producer (the {@code provenance} object of
 * {@code report.json}, see {@code report.schema.json}): the tool and its version, the command, the method (its
 * publication and the project's {@code docs/methods.md}), the seed, the options, and every input with its SHA-256.
 */
public record Provenance(String command, String version, String method, long seed, Map<String, Object> options,
                         List<Input> inputs) {

    /**
     * One input file.
     *
     * @param name        what the file is to the analysis (the file name, or an annotator's name)
     * @param role        {@code ratings}, {@code model}, {@code principles} or {@code annotator}
     * @param file        the file's name (never a path of the machine that ran it)
     * @param format      how it was read
     * @param rows        rows (ratings, judgments) read
     * @param rowsIgnored rows read but not used (e.g. for items outside the analysis)
     */
    public record Input(String name, String role, String file, String format, String sha256, long rows,
                        long rowsIgnored) {
    }

    public Provenance {
        options = new LinkedHashMap<>(options);
        inputs = List.copyOf(inputs);
    }

    /** The version of the running software, {@code dev} outside a built jar. */
    public static String softwareVersion(Class<?> anchor) {
        String v = anchor.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    Map<String, Object> toJsonObject() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tool", "latitude");
        out.put("command", command);
        out.put("version", version);
        out.put("method", method);
        out.put("seed", seed);
        out.put("options", options);
        out.put("inputs", inputs.stream().map(Provenance::input).toList());
        return out;
    }

    private static Map<String, Object> input(Input in) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", in.name());
        out.put("role", in.role());
        out.put("file", in.file());
        out.put("format", in.format());
        out.put("sha256", in.sha256());
        out.put("rows", in.rows());
        out.put("rows_ignored", in.rowsIgnored());
        return out;
    }
}
