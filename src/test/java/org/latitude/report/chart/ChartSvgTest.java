package org.latitude.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartSvgTest {

    @Test
    void sameInputGivesByteIdenticalSvg() {
        for (Chart chart : ChartSamples.all()) {
            assertThat(ChartSvg.render(chart)).as(chart.id()).isEqualTo(ChartSvg.render(chart));
        }
    }

    @Test
    void everyChartIsWellFormedXmlWithATitleAndNoRawHostileMarkup() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "charts"));
        for (Chart chart : ChartSamples.all()) {
            String svg = ChartSvg.render(chart);
            Files.writeString(dir.resolve(chart.id() + ".svg"), svg);
            Document doc = parse(svg);
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
                    .isEqualTo(chart.title());
            assertThat(svg).as(chart.id()).doesNotContain("<script", "<img");
            assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(doc.getElementsByTagNameNS("*", "img").getLength()).isZero();
        }
    }

    @Test
    void hostileLabelsArriveAsTextAndAttributeValues() throws Exception {
        Document doc = parse(ChartSvg.render(ChartSamples.kappa()));
        List<String> rows = new ArrayList<>();
        List<String> drills = new ArrayList<>();
        for (Element cell : cells(doc)) {
            rows.add(cell.getAttribute("data-row"));
            drills.add(cell.getAttribute("data-drill"));
        }
        assertThat(rows).contains(ChartSamples.HOSTILE);
        assertThat(drills).contains("#pair-ann-" + ChartSamples.HOSTILE);
        assertThat(texts(doc)).anyMatch(t -> t.startsWith("<script>"));
    }

    @Test
    void heatMapCellsCarryValueAndNAndUndefinedIsNotZero() throws Exception {
        HeatMap map = ChartSamples.kappa();
        Document doc = parse(ChartSvg.render(map));
        List<Element> cells = cells(doc);
        assertThat(cells).hasSize(map.cells().size());
        Element undefined = cells.get(2);
        assertThat(undefined.getAttribute("data-column")).isEqualTo("bo");
        assertThat(undefined.getAttribute("data-value")).isEqualTo("undefined");
        assertThat(undefined.getAttribute("data-n")).isEqualTo("12");
        assertThat(undefined.getTextContent()).contains("undefined", "n=12").doesNotContain("0.00");
        Element zero = cells.get(6);
        assertThat(zero.getAttribute("data-value")).isEqualTo("0.00");
        assertThat(zero.getTextContent()).contains("0.00", "n=33");
        assertThat(cells.get(0).getTextContent()).contains("0.62", "n=40");
    }

    @Test
    void undefinedEstimateIsWrittenUndefinedNotDrawnAtZero() throws Exception {
        List<String> texts = texts(parse(ChartSvg.render(ChartSamples.alphaByCategory())));
        assertThat(texts).contains("undefined (n=120)");
        assertThat(texts).anyMatch(t -> t.startsWith("Violence · prevalence 12 %"));
    }

    @Test
    void confusionMatrixShowsCountsAndRowShares() throws Exception {
        List<Element> cells = cells(parse(ChartSvg.render(ChartSamples.confusion())));
        assertThat(cells).hasSize(9);
        assertThat(cells.get(0).getTextContent()).contains("50", "89 %");
        assertThat(cells.get(8).getTextContent()).contains("0", "no units");
    }

    @Test
    void shareChartNamesGroupsWithoutUnits() throws Exception {
        assertThat(texts(parse(ChartSvg.render(ChartSamples.shares())))).contains("3. empty (no units)");
    }

    @Test
    void chartIdsAreCheckedBecauseTheyBecomeSvgIds() {
        assertThatThrownBy(() -> new HeatMap("Bad id\"", "t", "r", "c", "κ", HeatMap.Scale.SIGNED, List.of(),
                List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeatMap("ok", "t", "r", "c", "κ", HeatMap.Scale.SIGNED, List.of("a"),
                List.of("b"), List.of(new HeatMap.Cell(1, 0, 0.1, 1, null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyChartsStillRender() throws Exception {
        parse(ChartSvg.render(new HeatMap("empty-map", "nothing", "r", "c", "κ", HeatMap.Scale.SIGNED, List.of(),
                List.of(), List.of())));
        parse(ChartSvg.render(new IntervalChart("empty-ci", "nothing", "α", -1, 1, List.of("α"), List.of())));
        parse(ChartSvg.render(new ShareChart("empty-shares", "nothing", List.of(), List.of("a"), new double[0][],
                new long[0])));
    }

    @Test
    void coordinatesAreRoundedWithoutExponentOrNegativeZero() {
        assertThat(ChartSvg.decimal(12.345)).isEqualTo("12.35");
        assertThat(ChartSvg.decimal(-0.001)).isEqualTo("0");
        assertThat(ChartSvg.decimal(3.0)).isEqualTo("3");
        assertThat(ChartSvg.decimal(1e-9)).isEqualTo("0");
        assertThat(ChartSvg.decimal(-2.5)).isEqualTo("-2.5");
        assertThat(ChartSvg.fixed(0.70710678, 10_000)).isEqualTo("0.7071");
        assertThat(ChartSvg.decimal(Double.NaN)).isEqualTo("0");
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> cells(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("cell".equals(g.getAttribute("class"))) {
                out.add(g);
            }
        }
        return out;
    }

    static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }
}
