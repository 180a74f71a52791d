package org.latitude.analysis;

/** An analysis run stopped between two steps because it was cancelled; nothing was stored. */
public class AnalysisCancelledException extends RuntimeException {

    public AnalysisCancelledException() {
        super("the analysis was cancelled");
    }
}
