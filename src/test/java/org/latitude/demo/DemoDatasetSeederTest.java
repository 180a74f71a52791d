package org.latitude.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.security.SystemIdentity;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.springframework.beans.factory.annotation.Autowired;

@LatitudeSpringTest
class DemoDatasetSeederTest {

    @Autowired
    DemoDatasetSeeder seeder;
    @Autowired
    DatasetService datasets;
    @Autowired
    TaxonomyService taxonomies;

    private Map<String, DatasetSummary> demoDatasets() {
        return SystemIdentity.callAsSystem(datasets::datasets).stream()
                .filter(d -> DemoDatasetSeeder.ALL.stream().anyMatch(demo -> demo.name().equals(d.name())))
                .collect(Collectors.toMap(DatasetSummary::name, Function.identity()));
    }

    @Test
    void loadsTheThreeDemoFilesThroughTheImporterOnceOnly() {
        SystemIdentity.runAsSystem(() -> taxonomies.presets().stream().filter(p -> p.key().equals("aegis-2.0"))
                .forEach(p -> taxonomies.installPreset(p.fileName())));
        SystemIdentity.runAsSystem(seeder::seed);
        Map<String, DatasetSummary> first = demoDatasets();
        SystemIdentity.runAsSystem(seeder::seed);

        assertThat(demoDatasets()).isEqualTo(first);
        DatasetSummary aegis = first.get("Demo exchanges (Aegis 2.0 labels)");
        DatasetSummary pairs = first.get("Demo pairs");
        DatasetSummary turns = first.get("Demo multi-turn exchanges");
        assertThat(aegis.exchangeCount()).isGreaterThanOrEqualTo(60);
        assertThat(pairs.pairCount()).isGreaterThanOrEqualTo(30);
        assertThat(turns.exchangeCount()).isPositive();
        assertThat(first.values()).allSatisfy(d -> assertThat(d.importedBy()).isEqualTo(SystemIdentity.NAME));
    }
}
