package org.latitude.analysis;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One chart of a stored analysis as its report.html draws it: an {@code <svg>} element written by the report
 * module's chart code (every text in it escaped there), with its title and caption.
 */
public record AnalysisFigure(String id, String title, String caption, String svg) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<AnalysisFigure> parse(String json) {
        List<AnalysisFigure> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(json)) {
            out.add(new AnalysisFigure(f.path("id").asString(), f.path("title").asString(),
                    f.path("caption").asString(), f.path("svg").asString()));
        }
        return out;
    }
}
