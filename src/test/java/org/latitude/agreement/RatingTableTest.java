package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rating table: coding, grouping by unit, value counts, duplicates, derived tables. */
class RatingTableTest {

    private static final ValueDomain VERDICT = ValueDomain.ordinal(List.of("safe", "needs_caution", "unsafe"));

    @Test
    void groupsRatingsByUnitAndCountsValues() {
        RatingTable t = RatingTable.builder(VERDICT).add("u2", "b", "unsafe").add("u1", "a", "safe")
                .add("u2", "a", "unsafe").add("u1", "c", "needs_caution").add("u3", "a", "safe").build();
        assertThat(t.unitCount()).isEqualTo(3);
        assertThat(t.coderIds()).containsExactly("a", "b", "c");
        assertThat(t.ratingsOf(0)).isEqualTo(2);
        assertThat(t.pairableUnitCount()).isEqualTo(2);
        assertThat(Coincidences.of(t).get(2, 2)).isEqualTo(2.0);
        assertThat(Coincidences.of(t).get(0, 1)).isEqualTo(1.0);
        assertThat(t.canonicalUnitOrder()).containsExactly(1, 0, 2);
    }

    @Test
    void rejectsASecondRatingOfAUnitByTheSameCoderNamingIt() {
        RatingTableBuilder b = RatingTable.builder(VERDICT).add("u1", "a", "safe").add("u2", "a", "safe")
                .add("u1", "a", "unsafe");
        assertThatThrownBy(b::build).isInstanceOfSatisfying(DuplicateRatingException.class, e -> {
            assertThat(e.ratingIndex()).isEqualTo(2);
            assertThat(e.unit()).isEqualTo("u1");
            assertThat(e.coder()).isEqualTo("a");
        });
    }

    @Test
    void keepsTheLastRatingWhenAskedTo() {
        RatingTable t = RatingTable.builder(VERDICT).add("u1", "a", "safe").add("u1", "b", "safe")
                .add("u1", "a", "unsafe").build(DuplicatePolicy.KEEP_LAST);
        assertThat(t.ratingCount()).isEqualTo(2);
        assertThat(t.denseColumns()[0][0]).isEqualTo(2);
    }

    @Test
    void rejectsValuesOutsideTheDomain() {
        assertThatThrownBy(() -> RatingTable.builder(VERDICT).add("u1", "a", "harmful"))
                .hasMessageContaining("not declared");
    }

    @Test
    void indicatorRecodesSetsAndValuesOneVsRest() {
        RatingTable sets = RatingTable.builder(ValueDomain.set(List.of("hate", "violence")))
                .add("u1", "a", "hate|violence").add("u1", "b", "").add("u2", "a", "violence").build();
        RatingTable violence = sets.indicator(1);
        assertThat(violence.domain().labels()).containsExactly("absent", "present");
        assertThat(violence.denseColumns()[0]).containsExactly(1, 1);
        assertThat(violence.denseColumns()[1]).containsExactly(0, -1);
        assertThat(sets.valueLabel(sets.denseColumns()[0][0])).isEqualTo("hate|violence");
    }

    @Test
    void selectingCodersDropsUnitsLeftWithoutRatings() {
        RatingTable t = RatingTable.builder(VERDICT).add("u1", "a", "safe").add("u1", "m", "unsafe")
                .add("u2", "m", "safe").build();
        RatingTable humans = t.selectCoders(c -> !t.coderId(c).equals("m"));
        assertThat(humans.unitCount()).isEqualTo(1);
        assertThat(humans.coderIds()).containsExactly("a");
    }
}
