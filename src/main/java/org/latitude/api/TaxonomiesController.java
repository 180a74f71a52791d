package org.latitude.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.latitude.security.ApiScope;
import org.latitude.taxonomy.ImportOutcome;
import org.latitude.taxonomy.Preset;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.taxonomy.TaxonomySummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hazard taxonomy versions, to name one when creating a safety-label campaign, and installing a bundled preset
 * (such as Aegis 2.0) through the same importer as the admin screen.
 */
@RestController
@RequestMapping("/api/v1/taxonomies")
@Tag(name = "Taxonomies", description = "Hazard taxonomy versions for safety-label campaigns")
class TaxonomiesController {

    private final TaxonomyService taxonomies;

    TaxonomiesController(TaxonomyService taxonomies) {
        this.taxonomies = taxonomies;
    }

    /** Newest first; {@code key} keeps one taxonomy's versions (e.g. {@code aegis-2.0}). */
    @GetMapping
    @RequiresScope(ApiScope.CAMPAIGNS_READ)
    @Operation(summary = "Taxonomy versions, newest first")
    List<TaxonomySummary> versions(@RequestParam(value = "key", required = false) String key) {
        return taxonomies.versions().stream().filter(v -> key == null || key.equals(v.taxonomyKey()))
                .sorted(Comparator.comparing(TaxonomySummary::importedAt).thenComparing(TaxonomySummary::versionId)
                        .reversed()).toList();
    }

    @GetMapping("/presets")
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "The bundled taxonomy presets and whether each is installed")
    List<Preset> presets() {
        return taxonomies.presets();
    }

    /** Installs a preset; installing one that is installed already changes nothing and answers the same version. */
    @PostMapping("/presets/{fileName}")
    @RequiresScope(ApiScope.ADMIN)
    @Operation(summary = "Install a bundled taxonomy preset")
    ImportOutcome install(@PathVariable String fileName) {
        return taxonomies.installPreset(fileName);
    }
}
