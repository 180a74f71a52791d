package org.latitude.cli.discretion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latitude.discretion.AnnotatorResult;
import org.latitude.discretion.ArbitrarinessEstimate;
import org.latitude.discretion.BootstrapSummary;
import org.latitude.discretion.CaseShare;
import org.latitude.discretion.DiscrepancyEstimate;
import org.latitude.discretion.DiscretionResult;
import org.latitude.discretion.Principle;
import org.latitude.discretion.PriorityFit;
import org.latitude.report.Measure;

/**
 * The {@link Measure} rows of a {@link DiscretionResult}: {@code case_share}, {@code principle_share}, and per
 * annotator {@code da}, {@code ps}, {@code w_star}, {@code rank}, {@code bt_fit} and {@code dd}, each carrying the
 * annotator's name (and principle, pair or reference) as qualifiers. Bootstrapped figures carry the 95 % percentile
 * interval as ci_low/ci_high and the bootstrap mean and SD (ddof 0) as qualifiers. Kept outside the pure engine,
 * which may not depend on the report package.
 */
public final class DiscretionMeasures {

    /** The field every discretion measure is about: the pairwise preference. */
    public static final String FIELD = "preference";

    private DiscretionMeasures() {
    }

    public static List<Measure> caseShares(DiscretionResult result) {
        List<Measure> out = new ArrayList<>();
        for (CaseShare share : result.caseShares()) {
            out.add(new Measure(FIELD, "case_share", share.share(), share.wilsonLow(), share.wilsonHigh(),
                    share.items(), share.items() == 0 ? "no item" : "95% CI: Wilson score interval; se: the "
                    + "paper's SD, sample SD of the case indicator / sqrt(n)",
                    null).with("case", share.itemCase().name().toLowerCase(Locale.ROOT))
                    .with("count", share.count()).with("se", share.standardError()));
        }
        return out;
    }

    public static List<Measure> principleShares(DiscretionResult result) {
        List<Measure> out = new ArrayList<>();
        int n = result.cases().itemCount();
        String[] directions = {"prefers_second", "indifferent", "prefers_first"};
        for (Principle p : result.principles()) {
            int[] tally = result.cases().principleTally(p.id());
            for (int d = 2; d >= 0; d--) {
                out.add(principle(Measure.of(FIELD, "principle_share", (double) tally[d] / n, n, null), p)
                        .with("direction", directions[d]).with("count", tally[d]));
            }
        }
        return out;
    }

    public static Measure arbitrariness(AnnotatorResult a) {
        ArbitrarinessEstimate da = a.arbitrariness();
        Measure m = Measure.of(FIELD, "da", da.value(), da.valid(), blankToNull(da.reason()))
                .with("annotator", a.name()).with("against", da.against());
        return bootstrapped(m, da.bootstrap());
    }

    public static List<Measure> supremacy(AnnotatorResult a, List<Principle> principles) {
        List<Measure> out = new ArrayList<>();
        for (Principle p : principles) {
            for (Principle q : principles) {
                if (p.id() == q.id()) {
                    continue;
                }
                double n = a.supremacy().conflicts(p.id(), q.id());
                Measure m = Measure.of(FIELD, "ps", a.supremacy().supremacy(p.id(), q.id()), (long) n,
                        n == 0 ? "no conflict between the two principles" : null);
                m = principle(m.with("annotator", a.name()), p).with("versus_id", q.id()).with("versus", q.label());
                out.add(bootstrapped(m, a.bootstrap().supremacy(p.id(), q.id())));
            }
        }
        return out;
    }

    public static List<Measure> weights(AnnotatorResult a, List<Principle> principles) {
        List<Measure> out = new ArrayList<>();
        PriorityFit fit = a.fit();
        for (Principle p : principles) {
            double w = fit.weight(p.id());
            String note = Double.isNaN(w) ? fit.reason() : w == Double.POSITIVE_INFINITY ? "+inf: won every conflict"
                    : w == Double.NEGATIVE_INFINITY ? "-inf: lost every conflict, or had none" : null;
            Measure m = principle(Measure.of(FIELD, "w_star", w, conflicts(a, p.id()), note)
                    .with("annotator", a.name()), p);
            out.add(bootstrapped(m, a.bootstrap().weight(p.id())));
        }
        for (Principle p : principles) {
            double r = a.ranks()[p.id()];
            Measure m = principle(Measure.of(FIELD, "rank", r, conflicts(a, p.id()),
                    Double.isNaN(r) ? fit.reason() : null).with("annotator", a.name()), p);
            out.add(bootstrapped(m, a.bootstrap().rank(p.id())));
        }
        return out;
    }

    public static Measure fit(AnnotatorResult a) {
        PriorityFit fit = a.fit();
        String status = fit.status().name().toLowerCase(Locale.ROOT);
        String note = fit.reason().isEmpty() ? status : status + ": " + fit.reason();
        return Measure.of(FIELD, "bt_fit", fit.loss(), total(a), note).with("annotator", a.name())
                .with("status", fit.status().name().toLowerCase(Locale.ROOT)).with("newton_steps", fit.iterations())
                .with("max_gradient", fit.maxGradient())
                .with("bootstrap_fits_undefined", a.bootstrap().fitsUndefined());
    }

    public static Measure discrepancy(DiscrepancyEstimate d, int items) {
        Measure m = Measure.of(FIELD, "dd", d.value(), items, blankToNull(d.reason()))
                .with("annotator", d.annotator()).with("reference", d.reference());
        return bootstrapped(m, d.bootstrap());
    }

    /** Every measure of the result, in report order. */
    public static List<Measure> all(DiscretionResult result) {
        List<Measure> out = new ArrayList<>(caseShares(result));
        out.addAll(principleShares(result));
        for (AnnotatorResult a : result.annotators()) {
            out.add(arbitrariness(a));
            out.add(fit(a));
            out.addAll(weights(a, result.principles()));
            out.addAll(supremacy(a, result.principles()));
        }
        result.discrepancies().forEach(d -> out.add(discrepancy(d, result.cases().itemCount())));
        return out;
    }

    /**
     * The percentile interval and the bootstrap moments; each null (non-finite) one carries its reason in
     * {@code ci_note} / {@code bootstrap_note}, written the same in report.json and the CSV files.
     */
    private static Measure bootstrapped(Measure m, BootstrapSummary b) {
        if (b.replicates() == 0) {
            return m;
        }
        Measure out = m.withCi(b.low(), b.high()).with("bootstrap_mean", b.mean()).with("bootstrap_sd", b.sd())
                .with("replicates", b.replicates()).with("replicates_defined", b.defined())
                .with("replicates_undefined", b.undefined());
        if (!b.intervalReason().isEmpty()) {
            out = out.with("ci_note", b.intervalReason());
        }
        if (!b.momentsReason().isEmpty()) {
            out = out.with("bootstrap_note", b.momentsReason());
        }
        return out;
    }

    private static Measure principle(Measure m, Principle p) {
        return m.with("principle_id", p.id()).with("principle", p.label());
    }

    private static long conflicts(AnnotatorResult a, int principle) {
        double n = 0;
        for (int other = 0; other < a.supremacy().size(); other++) {
            n += other == principle ? 0 : a.supremacy().conflicts(principle, other);
        }
        return (long) n;
    }

    private static long total(AnnotatorResult a) {
        long n = 0;
        for (int c = 0; c < a.supremacy().size(); c++) {
            n += conflicts(a, c);
        }
        return n / 2;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
