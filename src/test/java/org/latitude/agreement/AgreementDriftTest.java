package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Agreement over time on a campaign whose second half is constructed to disagree: 200 items completed one per
 * 30 minutes from 2026-11-20 00:00 UTC (48 a day), five humans with accuracy 0.95 on the first 100 items and random
 * labels on the last 100, a model coder that must be ignored, gold answers on every fifth item.
 */
class AgreementDriftTest {

    private static final List<String> LABELS = List.of("c0", "c1", "c2");
    private static final Instant START = Instant.parse("2026-11-20T00:00:00Z");

    private final Map<String, Instant> completed = new HashMap<>();
    private final Map<String, String> gold = new HashMap<>();
    private final RatingTable table = campaign(200);

    private RatingTable campaign(int items) {
        SplittableRandom random = new SplittableRandom(21);
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(LABELS));
        for (int i = 0; i < items; i++) {
            int truth = random.nextInt(3);
            String unit = String.format("i%03d", i);
            for (int h = 0; h < 5; h++) {
                int label = i < 100 ? (random.nextDouble() < 0.95 ? truth : (truth + 1) % 3) : random.nextInt(3);
                b.addCode(unit, "h" + h, label);
            }
            b.addCode(unit, "model", truth);
            completed.put(unit, START.plus(Duration.ofMinutes(30L * i)));
            if (i % 5 == 0) {
                gold.put(unit, LABELS.get(truth));
            }
        }
        return b.build();
    }

    @Test
    void theWindowsOfTheDisagreeingHalfFallBelowTheFirstWindow() {
        DriftOptions options = DriftOptions.defaults().withWindows(new WindowPlan.EqualSize(50));
        DriftResult r = AgreementDrift.of(table, Set.of("model"), completed, gold, options,
                AnalysisOptions.defaults().withBootstrap(200, 8));
        assertThat(r.metric()).isEqualTo("nominal");
        assertThat(r.windows()).hasSize(4).allMatch(w -> w.status() == WindowStatus.ASSESSED && w.items() == 50);
        assertThat(r.windows()).extracting(DriftWindow::label).containsExactly("items 1–50", "items 51–100",
                "items 101–150", "items 151–200");
        assertThat(r.windows()).extracting(DriftWindow::belowBaseline).containsExactly(false, false, true, true);
        assertThat(r.latestBelowBaseline()).isTrue();
        assertThat(r.baseline()).isEqualTo(r.windows().get(0).alpha());
        assertThat(r.windows().get(0).alpha().value()).isGreaterThan(0.8);
        assertThat(r.windows().get(3).alpha().value()).isLessThan(0.2);
        assertThat(r.windows().get(3).alpha().interval().high()).isLessThan(r.windows().get(0).alpha().interval()
                .low());
        DriftWindow first = r.windows().get(0);
        assertThat(first.alpha().value()).isEqualTo(KrippendorffAlpha.nominal(table.selectCoders(
                c -> !table.coderId(c).equals("model")).selectUnits(u -> u < 50)).value());
        assertThat(first.from()).isEqualTo(START);
        assertThat(r.days()).extracting(DriftWindow::label).containsExactly("2026-11-20", "2026-11-21", "2026-11-22",
                "2026-11-23", "2026-11-24");
        assertThat(r.days()).extracting(DriftWindow::items).containsExactly(48, 48, 48, 48, 8);
        assertThat(r.annotators()).extracting(AnnotatorDrift::annotator).containsExactly("h0", "h1", "h2", "h3",
                "h4");
        for (AnnotatorDrift a : r.annotators()) {
            AnnotatorDrift.Window early = a.windows().get(0);
            AnnotatorDrift.Window late = a.windows().get(3);
            assertThat(early.goldItems()).isEqualTo(10);
            assertThat(early.goldAccuracy()).isGreaterThan(late.goldAccuracy());
            assertThat(early.agreementWithOthers()).isGreaterThan(0.8);
            assertThat(late.kappaWithOthers()).isLessThan(early.kappaWithOthers());
        }
    }

    @Test
    void aWindowOfTooFewItemsIsLabelledAndTheLatestAssessedWindowDecides() {
        DriftOptions options = DriftOptions.defaults().withWindows(new WindowPlan.EqualSize(48))
                .withBaseline(new DriftBaseline.Fixed(0.9), 0.1);
        DriftResult r = AgreementDrift.of(table, Set.of("model"), completed, gold, options, AnalysisOptions.defaults());
        DriftWindow last = r.windows().getLast();
        assertThat(last.items()).isEqualTo(8);
        assertThat(last.status()).isEqualTo(WindowStatus.ASSESSED);
        DriftResult tiny = AgreementDrift.of(table, Set.of("model"), completed, gold,
                new DriftOptions(new WindowPlan.EqualSize(48), 10, new DriftBaseline.Fixed(0.9), 0.1, ZoneOffset.UTC),
                AnalysisOptions.defaults());
        DriftWindow tooFew = tiny.windows().getLast();
        assertThat(tooFew.status()).isEqualTo(WindowStatus.TOO_FEW_ITEMS);
        assertThat(tooFew.alpha().defined()).isFalse();
        assertThat(tooFew.alpha().reason()).contains("too few items");
        assertThat(tooFew.belowBaseline()).isFalse();
        assertThat(tiny.latestBelowBaseline()).isTrue();
    }

    @Test
    void aWindowOfTotalAgreementIsUndefinedWithTheReasonNotOne() {
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(LABELS));
        Map<String, Instant> times = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            String unit = "u" + i;
            for (int h = 0; h < 3; h++) {
                b.add(unit, "h" + h, i < 10 ? "c0" : LABELS.get((i + h) % 3));
            }
            times.put(unit, START.plusSeconds(i));
        }
        times.remove("u19");
        DriftResult r = AgreementDrift.of(b.build(), Set.of(), times, Map.of(),
                DriftOptions.defaults().withWindows(new WindowPlan.EqualCount(2)), AnalysisOptions.defaults());
        DriftWindow allAlike = r.windows().getFirst();
        assertThat(allAlike.status()).isEqualTo(WindowStatus.UNDEFINED);
        assertThat(allAlike.alpha().value()).isNaN();
        assertThat(allAlike.alpha().reason()).isEqualTo(AlphaResult.NO_VARIATION);
        assertThat(r.windows()).extracting(DriftWindow::items).containsExactly(10, 9);
        assertThat(r.itemsWithoutTime()).isEqualTo(1);
        assertThat(r.baseline().defined()).isTrue();
        assertThat(r.baseline()).isEqualTo(r.windows().get(1).alpha());
    }

    @Test
    void goldAnswersOutsideTheDomainAndTheDawidSkeneTieRuleAreRefused() {
        assertThatThrownBy(() -> AgreementDrift.of(table, Set.of("model"), completed, Map.of("i000", "c9"),
                DriftOptions.defaults(), AnalysisOptions.defaults())).hasMessageContaining("c9");
        assertThatThrownBy(() -> AgreementDrift.of(table, Set.of("model"), completed, gold, DriftOptions.defaults(),
                AnalysisOptions.defaults().withTieRule(TieRule.DAWID_SKENE))).hasMessageContaining("Dawid–Skene");
    }
}
