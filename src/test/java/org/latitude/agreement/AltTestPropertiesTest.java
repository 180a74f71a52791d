package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Properties of the alt-test (Calderon, Reichart &amp; Dror 2025) and a cross-check against the literal
 * implementation {@link AltTestReference}: a model that copies the human majority wins, a model answering at random
 * loses, renaming the categories changes nothing.
 */
class AltTestPropertiesTest {

    private static final List<String> LABELS = List.of("c0", "c1", "c2");

    /** humans[j] → item → label; the model's labels under "f". */
    private record Campaign(Map<String, Map<String, String>> humans, Map<String, String> model) {

        RatingTable table(List<String> domain, Map<String, String> rename) {
            RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(domain));
            humans.forEach((h, items) -> items.forEach((i, l) -> b.add(i, h, rename.getOrDefault(l, l))));
            model.forEach((i, l) -> b.add(i, "f", rename.getOrDefault(l, l)));
            return b.build();
        }
    }

    /** Latent-class humans of the given accuracies and coverage; the model's accuracy is {@code modelAccuracy}. */
    private static Campaign campaign(long seed, int items, double[] accuracy, double[] coverage, double modelAccuracy) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Map<String, String>> humans = new TreeMap<>();
        Map<String, String> model = new HashMap<>();
        for (int i = 0; i < items; i++) {
            int truth = random.nextInt(3);
            String item = String.format("i%04d", i);
            for (int j = 0; j < accuracy.length; j++) {
                if (random.nextDouble() < coverage[j]) {
                    humans.computeIfAbsent("h" + j, k -> new TreeMap<>()).put(item, noisy(random, truth, accuracy[j]));
                }
            }
            model.put(item, noisy(random, truth, modelAccuracy));
        }
        return new Campaign(humans, model);
    }

    private static String noisy(SplittableRandom random, int truth, double accuracy) {
        return LABELS.get(random.nextDouble() < accuracy ? truth : (truth + 1 + random.nextInt(2)) % 3);
    }

    @Test
    void agreesWithTheLiteralImplementationIncludingSmallAnnotators() {
        for (long seed = 1; seed <= 8; seed++) {
            Campaign c = campaign(seed, 120, new double[] {0.9, 0.8, 0.7, 0.75, 0.85},
                    new double[] {0.9, 0.7, 0.6, 0.12, 0.5}, 0.6 + 0.04 * seed);
            AltTestResult r = AltTest.run(c.table(LABELS, Map.of()), Set.of("f"), AltTestOptions.of(0.1)).getFirst();
            AltTestReference.Result ref = AltTestReference.run(c.humans(), c.model(),
                    (a, b) -> a.equals(b) ? 1.0 : 0.0, 0.1, 30);
            assertThat(r.annotators()).hasSameSizeAs(ref.annotators());
            for (int k = 0; k < ref.annotators().size(); k++) {
                AltTestAnnotator a = r.annotators().get(k);
                AltTestReference.Annotator e = ref.annotators().get(k);
                assertThat(a.annotator()).isEqualTo(e.id());
                assertThat(a.items()).isEqualTo(e.n());
                assertThat(a.test()).isEqualTo(e.n() < 30 ? AnnotatorTest.WILCOXON_SIGNED_RANK : AnnotatorTest.T_TEST);
                assertThat(a.llmAdvantage()).isCloseTo(e.rhoF(), within(1e-12));
                assertThat(a.humanAdvantage()).isCloseTo(e.rhoH(), within(1e-12));
                assertThat(a.pValue()).isCloseTo(e.p(), within(1e-10));
            }
            assertThat(r.winningRate()).isEqualTo(ref.omega());
            assertThat(r.advantageProbability()).isCloseTo(ref.rho(), within(1e-12));
        }
    }

    /** Jaccard on label sets and −RMSE on 1–5 ratings against the literal implementation, on random campaigns. */
    @Test
    void setAndNumericScoringAgreeWithTheLiteralImplementation() {
        SplittableRandom random = new SplittableRandom(17);
        List<String> keys = List.of("S1", "S2", "S3");
        Map<String, Map<String, java.util.Set<String>>> sets = new TreeMap<>();
        Map<String, java.util.Set<String>> modelSets = new HashMap<>();
        Map<String, Map<String, Double>> scores = new TreeMap<>();
        Map<String, Double> modelScores = new HashMap<>();
        RatingTableBuilder setTable = RatingTable.builder(ValueDomain.set(keys));
        RatingTableBuilder scoreTable = RatingTable.builder(ValueDomain.interval(1, 2, 3, 4, 5));
        for (int i = 0; i < 90; i++) {
            String item = "i" + i;
            for (String who : List.of("h0", "h1", "h2", "h3", "f")) {
                if (!who.equals("f") && random.nextDouble() < 0.25) {
                    continue;
                }
                java.util.Set<String> chosen = new java.util.TreeSet<>();
                keys.forEach(k -> {
                    if (random.nextDouble() < 0.4) {
                        chosen.add(k);
                    }
                });
                double score = 1 + random.nextInt(5);
                setTable.addSet(item, who, chosen);
                scoreTable.add(item, who, ValueDomain.numberLabel(score));
                if (who.equals("f")) {
                    modelSets.put(item, chosen);
                    modelScores.put(item, score);
                } else {
                    sets.computeIfAbsent(who, k -> new TreeMap<>()).put(item, chosen);
                    scores.computeIfAbsent(who, k -> new TreeMap<>()).put(item, score);
                }
            }
        }
        AltTestReference.Result jaccard = AltTestReference.run(sets, modelSets, (a, b) -> {
            java.util.Set<String> union = new java.util.TreeSet<>(a);
            union.addAll(b);
            return union.isEmpty() ? 1.0 : a.stream().filter(b::contains).count() / (double) union.size();
        }, 0.1, 30);
        AltTestReference.Result rmse = AltTestReference.run(scores, modelScores, (a, b) -> -(a - b) * (a - b), 0.1,
                30);
        for (var pair : List.of(Map.entry(setTable.build(), jaccard), Map.entry(scoreTable.build(), rmse))) {
            AltTestResult r = AltTest.run(pair.getKey(), Set.of("f"), AltTestOptions.of(0.1)).getFirst();
            AltTestReference.Result ref = pair.getValue();
            assertThat(r.annotators()).extracting(AltTestAnnotator::llmAdvantage).containsExactlyElementsOf(
                    ref.annotators().stream().map(AltTestReference.Annotator::rhoF).toList());
            for (int k = 0; k < ref.annotators().size(); k++) {
                assertThat(r.annotators().get(k).pValue()).isCloseTo(ref.annotators().get(k).p(), within(1e-10));
            }
            assertThat(r.winningRate()).isEqualTo(ref.omega());
        }
    }

    @Test
    void aModelIdenticalToTheHumanMajorityWins() {
        Campaign c = campaign(3, 400, new double[] {0.85, 0.8, 0.75, 0.7, 0.65}, new double[] {1, 1, 1, 1, 1}, 0);
        RatingTable humans = c.table(LABELS, Map.of());
        Consensus majority = MajorityVote.of(humans, TieRule.LOWEST_IN_ORDER);
        Map<String, String> copy = new HashMap<>();
        for (int u = 0; u < humans.unitCount(); u++) {
            copy.put(humans.unitId(u), LABELS.get(majority.label(u)));
        }
        Campaign copying = new Campaign(c.humans(), copy);
        for (double epsilon : new double[] {0.0, AltTestOptions.CROWD, AltTestOptions.EXPERTS}) {
            AltTestResult r = AltTest.run(copying.table(LABELS, Map.of()), Set.of("f"), AltTestOptions.of(epsilon))
                    .getFirst();
            assertThat(r.winningRate()).as("ε = " + epsilon).isEqualTo(1.0);
            assertThat(r.passed()).isTrue();
            assertThat(r.advantageProbability()).isGreaterThan(0.9);
        }
    }

    @Test
    void aModelAnsweringAtRandomLoses() {
        Campaign c = campaign(5, 400, new double[] {0.85, 0.8, 0.75, 0.7, 0.65}, new double[] {1, 1, 1, 1, 1},
                1.0 / 3);
        AltTestResult r = AltTest.run(c.table(LABELS, Map.of()), Set.of("f"), AltTestOptions.of(AltTestOptions.EXPERTS))
                .getFirst();
        assertThat(r.winningRate()).isZero();
        assertThat(r.passed()).isFalse();
        assertThat(r.advantageProbability()).isLessThan(0.6);
    }

    @Test
    void renamingAndReorderingTheCategoriesChangesNothing() {
        Campaign c = campaign(9, 200, new double[] {0.8, 0.7, 0.75}, new double[] {1, 0.9, 0.2}, 0.7);
        AltTestResult plain = AltTest.run(c.table(LABELS, Map.of()), Set.of("f"), AltTestOptions.of(0.15)).getFirst();
        AltTestResult renamed = AltTest.run(c.table(List.of("z", "x", "y"), Map.of("c0", "y", "c1", "z", "c2", "x")),
                Set.of("f"), AltTestOptions.of(0.15)).getFirst();
        assertThat(renamed).isEqualTo(plain);
    }

    @Test
    void everyModelIsTestedAgainstTheHumansOnly() {
        Campaign c = campaign(4, 100, new double[] {0.8, 0.7, 0.75}, new double[] {1, 1, 1}, 0.7);
        RatingTableBuilder b = RatingTable.builder(ValueDomain.nominal(LABELS));
        c.humans().forEach((h, items) -> items.forEach((i, l) -> b.add(i, h, l)));
        c.model().forEach((i, l) -> b.add(i, "f", l).add(i, "g", "c0"));
        List<AltTestResult> both = AltTest.run(b.build(), Set.of("f", "g"), AltTestOptions.of(0.1));
        assertThat(both).extracting(AltTestResult::model).containsExactly("f", "g");
        assertThat(both.getFirst()).isEqualTo(AltTest.run(c.table(LABELS, Map.of()), Set.of("f"),
                AltTestOptions.of(0.1)).getFirst());
        assertThat(both.get(1).annotators()).extracting(AltTestAnnotator::annotator).containsExactly("h0", "h1", "h2");
    }
}
