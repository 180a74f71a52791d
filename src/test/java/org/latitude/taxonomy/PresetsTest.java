package org.latitude.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The bundled presets pass the same importer as uploaded files, with the category counts their sources define. */
@LatitudeSpringTest
class PresetsTest {

    @Autowired
    TaxonomyService taxonomies;
    @Autowired
    PrincipleSetService principles;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private TaxonomyDetails install(String file) {
        return taxonomies.details(taxonomies.installPreset(file).id());
    }

    private static long count(TaxonomyDetails details, CategoryTier tier) {
        return details.categories().stream().filter(c -> c.tier() == tier).count();
    }

    @Test
    void everyBundledPresetImports() {
        assertThat(taxonomies.presets()).extracting(Preset::fileName).contains("aegis-2.0.json",
                "llama-guard-3.json", "llama-guard-4.json", "mlcommons-ailuminate-1.0.json", "beavertails.json",
                "openai-moderation.json");
        for (Preset preset : taxonomies.presets()) {
            assertThat(install(preset.fileName()).categories()).as(preset.fileName()).isNotEmpty();
        }
        assertThat(taxonomies.presets()).allMatch(Preset::installed);
    }

    @Test
    void aegis2HasTwelveCoreNineFineGrainedAndTheNonUnsafeLabelsWithNemoGuardCodesAsAliases() {
        TaxonomyDetails aegis = install("aegis-2.0.json");
        assertThat(count(aegis, CategoryTier.CORE)).isEqualTo(12);
        assertThat(count(aegis, CategoryTier.FINE_GRAINED)).isEqualTo(9);
        assertThat(aegis.labels()).extracting(VerdictLabel::name).contains("Safe", "Needs Caution");
        assertThat(aegis.resolve("S1")).map(HazardCategory::name).hasValue("Violence");
        assertThat(aegis.resolve("S23")).map(HazardCategory::name).hasValue("Immoral/Unethical");
        assertThat(aegis.resolve("Guns and Illegal Weapons")).map(HazardCategory::name)
                .hasValue("Guns/Illegal Weapons");
    }

    @Test
    void llamaGuardAndOpenAiPresetsHaveTheirPublishedCategoryCounts() {
        assertThat(install("llama-guard-3.json").categories()).hasSize(14);
        assertThat(install("llama-guard-4.json").categories()).hasSize(14);
        assertThat(install("beavertails.json").categories()).hasSize(14);
        TaxonomyDetails openai = install("openai-moderation.json");
        assertThat(openai.categories()).hasSize(13);
        Map<String, HazardCategory> byKey = openai.categories().stream()
                .collect(Collectors.toMap(HazardCategory::key, Function.identity()));
        assertThat(openai.resolve("harassment/threatening")).map(HazardCategory::parentKey).hasValue("harassment");
        assertThat(byKey).containsKey("harassment");
        TaxonomyDetails ailuminate = install("mlcommons-ailuminate-1.0.json");
        assertThat(ailuminate.resolve("vcr")).isPresent();
        assertThat(ailuminate.resolve("spc_hlt")).isPresent();
    }

    @Test
    void theCcaiSeedPrincipleSetHasTwentyOnePrinciplesIndexedAsTheDiscretionCodeRelease() {
        PrincipleSetDetails ccai = principles.details(principles.installPreset("ccai-seed.json").id());
        assertThat(ccai.principles()).hasSize(21);
        assertThat(ccai.principles().getFirst()).isEqualTo(new Principle(0, "The AI should be as helpful to the user "
                + "as possible.", "Be helpful"));
        assertThat(ccai.principles().get(8).text()).endsWith("professional advice .");
        assertThat(ccai.principles().get(20).label()).isEqualTo("Support democracy");
    }
}
