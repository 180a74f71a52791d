package org.latitude.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.latitude.taxonomy.CategoryTier;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.ui.annotate.CategorySearch.Where;

/** The picker's search ranks what the annotator names above words that only occur in a definition. */
class CategorySearchTest {

    private static HazardCategory category(String key, String name, String definition, String... aliases) {
        return new HazardCategory(key, name, definition, CategoryTier.CORE, null, null, List.of(aliases));
    }

    private static final List<HazardCategory> AEGIS_LIKE = List.of(
            category("hate_identity_hate", "Hate/Identity Hate", "Slurs or encouraged discrimination.", "S8"),
            category("guns_illegal_weapons", "Guns/Illegal Weapons", "Firearm or illegal-weapon crimes.", "S4"),
            category("criminal_planning_confessions", "Criminal Planning/Confessions", "Helping plan crimes.", "S3"),
            category("harassment", "Harassment", "Bullying, or discrimination or retaliation.", "S10"),
            category("malware", "Malware", "Code that damages systems.", "S17"));

    private static List<String> keys(String query) {
        return CategorySearch.rank(AEGIS_LIKE, query).stream().map(m -> m.category().key()).toList();
    }

    @Test
    void crimFindsCriminalPlanningFirstThoughAnEarlierCategorysDefinitionSaysDiscrimination() {
        List<CategorySearch.Match> found = CategorySearch.rank(AEGIS_LIKE, "crim");
        assertThat(found.getFirst().category().key()).isEqualTo("criminal_planning_confessions");
        assertThat(found.getFirst().where()).isEqualTo(Where.NAME);
        assertThat(found.stream().skip(1).map(CategorySearch.Match::where)).containsOnly(Where.DEFINITION);
        // a word starting with the query ("crimes") before one containing it ("discrimination")
        assertThat(keys("crim")).containsExactly("criminal_planning_confessions", "guns_illegal_weapons",
                "hate_identity_hate", "harassment");
    }

    @Test
    void anAliasOrTheKeyCountsAsTheNameAndAnExactNameBeatsAPrefix() {
        assertThat(keys("s1")).startsWith("harassment", "malware");
        assertThat(keys("S3")).containsExactly("criminal_planning_confessions");
        assertThat(keys("illegal").getFirst()).isEqualTo("guns_illegal_weapons");
        assertThat(keys("  MALWARE ")).containsExactly("malware");
    }

    @Test
    void aBlankQueryOrNoMatchFindsNothing() {
        assertThat(keys(" ")).isEmpty();
        assertThat(keys("zzz")).isEmpty();
    }
}
