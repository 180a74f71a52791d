package org.latitude.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates a written {@code report.json} against the shipped JSON Schema (draft 2020-12). */
public final class ReportSchema {

    private static final Schema SCHEMA = load();

    private ReportSchema() {
    }

    private static Schema load() {
        try (InputStream in = ReportDocument.class.getResourceAsStream(ReportDocument.SCHEMA_RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a report.json text. */
    public static List<String> violations(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Asserts that the file validates. */
    public static void assertValid(Path reportJson) {
        try {
            assertThat(violations(Files.readString(reportJson))).as(reportJson.toString()).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
