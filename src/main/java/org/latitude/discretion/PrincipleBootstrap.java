package org.latitude.discretion;

/**
 * Paired-bootstrap distributions of one annotator's principle figures: w* and rank per principle, PS per ordered
 * principle pair (docs/methods.md). Replicates whose fit is undefined count as undefined.
 *
 * @param fitsUndefined replicates whose Bradley–Terry estimate did not exist (or did not converge)
 */
public record PrincipleBootstrap(int replicates, int fitsUndefined, BootstrapSummary[] weights,
                                 BootstrapSummary[] ranks, BootstrapSummary[][] supremacy) {

    public PrincipleBootstrap {
        weights = weights.clone();
        ranks = ranks.clone();
        supremacy = java.util.Arrays.stream(supremacy).map(BootstrapSummary[]::clone)
                .toArray(BootstrapSummary[][]::new);
    }

    static PrincipleBootstrap none(int k) {
        BootstrapSummary[] empty = new BootstrapSummary[k];
        java.util.Arrays.fill(empty, BootstrapSummary.NONE);
        BootstrapSummary[][] cells = new BootstrapSummary[k][];
        java.util.Arrays.fill(cells, empty);
        return new PrincipleBootstrap(0, 0, empty, empty, cells);
    }

    static PrincipleBootstrap of(PairedBootstrap.Replicate[] replicates, int annotator, int k) {
        if (replicates.length == 0) {
            return none(k);
        }
        BootstrapSummary[] weights = new BootstrapSummary[k];
        BootstrapSummary[] ranks = new BootstrapSummary[k];
        BootstrapSummary[][] supremacy = new BootstrapSummary[k][k];
        for (int c = 0; c < k; c++) {
            weights[c] = BootstrapSummary.of(PairedBootstrap.column(replicates, false, annotator, c));
            ranks[c] = BootstrapSummary.of(PairedBootstrap.column(replicates, true, annotator, c));
            for (int d = 0; d < k; d++) {
                supremacy[c][d] = BootstrapSummary.of(PairedBootstrap.supremacy(replicates, annotator, c * k + d));
            }
        }
        return new PrincipleBootstrap(replicates.length, ranks[0].undefined(), weights, ranks, supremacy);
    }

    public BootstrapSummary weight(int principle) {
        return weights[principle];
    }

    public BootstrapSummary rank(int principle) {
        return ranks[principle];
    }

    public BootstrapSummary supremacy(int c, int other) {
        return supremacy[c][other];
    }
}
