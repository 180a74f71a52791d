package org.latitude.discretion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The synthetic hand-checkable example of docs/validation.md ("Discretion engine") (K = 3 principles, 9 items), built from
 * Buyl et al. (2025)'s definitions: rows are (p1, p2, p3; a), 0 for "·" and for the tie.
 */
final class HandExample {

    static final int[][] PRINCIPLES = {
        {1, 1, 0}, {1, 0, 0}, {0, 0, 0}, {1, -1, 0}, {1, -1, -1}, {-1, 1, 0}, {0, 1, -1}, {1, 1, 1}, {-1, 0, 1}};
    static final int[] ANNOTATOR = {1, -1, 1, 1, -1, -1, 1, 0, 1};

    private HandExample() {
    }

    static PrincipleJudgments judgments() {
        List<String> ids = IntStream.rangeClosed(1, 9).mapToObj(Integer::toString).toList();
        PrincipleJudgments.Builder builder = PrincipleJudgments.builder(ids, 3);
        for (int i = 0; i < PRINCIPLES.length; i++) {
            for (int c = 0; c < 3; c++) {
                builder.set(i, c, PRINCIPLES[i][c]);
            }
        }
        return builder.build();
    }

    static Annotator annotator(String name, int direction) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int label : ANNOTATOR) {
            outcomes.add(Outcome.ofSign(direction * label));
        }
        return Annotator.of(name, Annotator.Kind.HUMAN, outcomes);
    }

    static List<Principle> principles() {
        return List.of(new Principle(0, "p1", "p1"), new Principle(1, "p2", "p2"), new Principle(2, "p3", "p3"));
    }

    static DiscretionInput input() {
        return new DiscretionInput(principles(), judgments(), List.of(annotator("a", 1), annotator("b", -1)));
    }
}
