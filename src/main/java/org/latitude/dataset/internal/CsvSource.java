package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.latitude.dataset.ImportLimits;
import org.latitude.textio.CsvReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * CSV with a header line (RFC 4180): comma-separated, fields optionally in double quotes, a quote inside a quoted
 * field doubled, line breaks inside quoted fields kept exactly. Each record becomes a JSON object keyed by the header
 * (lower-cased) for its row mapper ({@link GenericRows}, {@link AiLuminateRows}); a {@link HeaderRule} says which
 * columns the format needs. An empty {@code response} cell means "no response" (a prompt-only exchange).
 */
final class CsvSource extends LineRowSource {

    private final CsvReader csv;
    private List<String> header;
    private boolean stopped;

    /** Checks a header's (lower-cased) column names: the problem, or null when the columns fit the format. */
    interface HeaderRule {
        String check(Set<String> names, String found);
    }

    /** Latitude's generic columns: prompt + response, or prompt + response_a + response_b; {@code id} optional. */
    static final HeaderRule GENERIC = (seen, found) -> {
        boolean exchange = seen.contains("response");
        boolean pair = seen.contains("response_a") || seen.contains("response_b");
        if (!seen.contains("prompt") || exchange == pair
                || pair && !(seen.contains("response_a") && seen.contains("response_b"))) {
            return "header: the columns must include prompt,response (exchanges) or prompt,response_a,response_b "
                    + "(pairs), with an optional id; found " + found;
        }
        return null;
    };

    private final HeaderRule headerRule;

    CsvSource(InputStream in, ImportLimits limits, JsonMapper json) throws IOException {
        this(in, limits, json, GENERIC);
    }

    CsvSource(InputStream in, ImportLimits limits, JsonMapper json, HeaderRule headerRule) throws IOException {
        super(limits, json);
        this.csv = CsvReader.of(in, "upload", LineFaults.readLimits(limits), false);
        this.headerRule = headerRule;
    }

    @Override
    public SourceRow next() throws IOException {
        if (stopped) {
            return null;
        }
        if (!csv.next()) {
            return header == null && csv.line() == 1 ? SourceRow.fatal(0, "the file is empty") : null;
        }
        if (csv.fault() != null) {
            stopped = csv.fault().fatal();
            return fault(csv.fault());
        }
        List<String> fields = new ArrayList<>(csv.fieldCount());
        for (int i = 0; i < csv.fieldCount(); i++) {
            fields.add(csv.text(i));
        }
        if (header == null) {
            String problem = readHeader(fields);
            stopped = problem != null;
            return problem == null ? next() : SourceRow.fatal(csv.line(), problem);
        }
        if (fields.size() != header.size()) {
            return SourceRow.problem(csv.line(), "the record has " + fields.size() + " fields, the header has "
                    + header.size());
        }
        ObjectNode row = json.createObjectNode();
        for (int i = 0; i < header.size(); i++) {
            String value = fields.get(i);
            if (!("response".equals(header.get(i)) && value.isEmpty())) {
                row.put(header.get(i), value);
            }
        }
        return SourceRow.of(csv.line(), row);
    }

    @Override
    public long linesRead() {
        return csv.line() + csv.lines() - 1;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    private String readHeader(List<String> names) {
        List<String> normalised = new ArrayList<>();
        var seen = new HashSet<String>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                return "header: column " + (i + 1) + " has no name";
            }
            if (!seen.add(name)) {
                return "header: the column '" + name + "' appears twice";
            }
            normalised.add(name);
        }
        String problem = headerRule.check(seen, String.join(",", normalised));
        if (problem != null) {
            return problem;
        }
        header = normalised;
        return null;
    }
}
