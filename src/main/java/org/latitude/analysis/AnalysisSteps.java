package org.latitude.analysis;

/** Told of each step of an analysis run, on the thread that runs it. */
@FunctionalInterface
public interface AnalysisSteps {

    AnalysisSteps NONE = (phase, what, done, total) -> {
    };

    void step(AnalysisProgress.Phase phase, String what, int done, int total);
}
