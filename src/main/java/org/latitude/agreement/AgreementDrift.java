package org.latitude.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Agreement over time: Krippendorff's α of the humans (the field's metric, MASI for sets; Krippendorff 2004, §11)
 * in windows of equal numbers of completed items and per calendar day, each with a unit-bootstrap interval over the
 * window's items. A window with fewer items of two or more ratings than the minimum is labelled "too few items" and
 * gets no α; a window where α is 0/0 — every rating alike, total agreement — is undefined with that reason, never
 * 1.0 (the engine's policy). A window is flagged when its α falls below the baseline by more than the margin; the
 * latest assessed window's flag is the warning to show. Per annotator and window: gold accuracy and agreement with
 * the majority of the other humans ({@link AnnotatorWindows}). Models are left out.
 */
public final class AgreementDrift {

    private AgreementDrift() {
    }

    /**
     * @param table       the field's ratings (humans and models)
     * @param models      coder ids of models (left out)
     * @param completedAt unit id → when the item was completed; items absent here are left out
     * @param gold        unit id → gold label (a set as keys joined by '|'); may be empty
     * @param options     bootstrap of the windows' α and the tie rule of the others' majority (not Dawid–Skene)
     */
    public static DriftResult of(RatingTable table, Set<String> models, Map<String, Instant> completedAt,
                                 Map<String, String> gold, DriftOptions drift, AnalysisOptions options) {
        if (options.tieRule() == TieRule.DAWID_SKENE) {
            throw new IllegalArgumentException("agreement over time needs a majority tie rule other than Dawid–Skene:"
                    + " a fit over all items does not describe one window");
        }
        boolean[] isModel = ModelCoders.of(table, models, false);
        RatingTable humans = table.selectCoders(c -> !isModel[c]);
        Instant[] time = new Instant[humans.unitCount()];
        for (int u = 0; u < time.length; u++) {
            time[u] = completedAt.get(humans.unitId(u));
        }
        int[] order = IntStream.range(0, time.length).filter(u -> time[u] != null).boxed()
                .sorted(Comparator.<Integer, Instant>comparing(u -> time[u]).thenComparing(humans::unitId))
                .mapToInt(Integer::intValue).toArray();
        int[] bounds = drift.windows().boundaries(order.length);
        int[] windowOf = new int[time.length];
        Arrays.fill(windowOf, -1);
        List<DriftWindow> windows = new ArrayList<>();
        for (int w = 0; w + 1 < bounds.length; w++) {
            int[] units = Arrays.copyOfRange(order, bounds[w], bounds[w + 1]);
            for (int u : units) {
                windowOf[u] = w;
            }
            windows.add(window(w, "items " + (bounds[w] + 1) + "–" + bounds[w + 1], humans, units, time, drift,
                    options));
        }
        List<DriftWindow> days = days(humans, order, time, drift, options);
        Estimate baseline = baseline(humans, order, windows, drift, options);
        windows = flag(windows, baseline, drift.margin());
        days = flag(days, baseline, drift.margin());
        DriftWindow latest = windows.stream().filter(w -> w.status() == WindowStatus.ASSESSED)
                .reduce((a, b) -> b).orElse(null);
        return new DriftResult(metric(humans.level()), drift, baseline, windows, days,
                latest != null && latest.belowBaseline(), time.length - order.length,
                AnnotatorWindows.of(humans, windowOf, windows.size(), gold, options.tieRule()));
    }

    private static List<DriftWindow> days(RatingTable humans, int[] order, Instant[] time, DriftOptions drift,
                                          AnalysisOptions options) {
        TreeMap<LocalDate, List<Integer>> byDay = new TreeMap<>();
        for (int u : order) {
            byDay.computeIfAbsent(LocalDate.ofInstant(time[u], drift.zone()), d -> new ArrayList<>()).add(u);
        }
        List<DriftWindow> days = new ArrayList<>();
        byDay.forEach((day, units) -> days.add(window(days.size(), day.toString(), humans,
                units.stream().mapToInt(Integer::intValue).toArray(), time, drift, options)));
        return days;
    }

    private static DriftWindow window(int index, String label, RatingTable humans, int[] units, Instant[] time,
                                      DriftOptions drift, AnalysisOptions options) {
        boolean[] member = new boolean[humans.unitCount()];
        for (int u : units) {
            member[u] = true;
        }
        RatingTable t = humans.selectUnits(u -> member[u]);
        int pairable = t.pairableUnitCount();
        Instant from = units.length == 0 ? null : time[units[0]];
        Instant to = units.length == 0 ? null : time[units[units.length - 1]];
        if (pairable < drift.minItems()) {
            return new DriftWindow(index, label, from, to, units.length, pairable, new Estimate(Double.NaN, null,
                    "too few items: " + pairable + " with two or more ratings, fewer than " + drift.minItems()),
                    WindowStatus.TOO_FEW_ITEMS, false);
        }
        AlphaResult alpha = alpha(t, null);
        Estimate e = Resampled.of(t, options, w -> new double[] {alpha(t, w).value()}).estimate(0, alpha.reason());
        return new DriftWindow(index, label, from, to, units.length, pairable, e,
                e.defined() ? WindowStatus.ASSESSED : WindowStatus.UNDEFINED, false);
    }

    private static Estimate baseline(RatingTable humans, int[] order, List<DriftWindow> windows, DriftOptions drift,
                                     AnalysisOptions options) {
        return switch (drift.baseline()) {
            case DriftBaseline.Fixed f -> new Estimate(f.alpha(), null, Double.isNaN(f.alpha()) ? "no baseline set"
                    : null);
            case DriftBaseline.FirstWindow first -> windows.stream().filter(w -> w.status() == WindowStatus.ASSESSED)
                    .findFirst().map(DriftWindow::alpha)
                    .orElse(new Estimate(Double.NaN, null, "no window with a defined α"));
            case DriftBaseline.AllItems all -> window(0, "all items", humans, order, new Instant[humans.unitCount()],
                    drift, options).alpha();
        };
    }

    private static List<DriftWindow> flag(List<DriftWindow> windows, Estimate baseline, double margin) {
        return windows.stream().map(w -> new DriftWindow(w.index(), w.label(), w.from(), w.to(), w.items(),
                w.pairableUnits(), w.alpha(), w.status(), w.status() == WindowStatus.ASSESSED && baseline.defined()
                && w.alpha().value() < baseline.value() - margin)).toList();
    }

    /** The field's α under unit weights (set-valued fields: MASI). */
    static AlphaResult alpha(RatingTable t, int[] weights) {
        return switch (t.level()) {
            case NOMINAL -> KrippendorffAlpha.nominal(t, weights);
            case ORDINAL -> KrippendorffAlpha.ordinal(t, weights);
            case INTERVAL -> KrippendorffAlpha.interval(t, weights);
            case RATIO -> KrippendorffAlpha.ratio(t, weights);
            case SET -> KrippendorffAlpha.sets(t, SetDistance.MASI, weights);
        };
    }

    private static String metric(Level level) {
        return level == Level.SET ? SetDistance.MASI.key() : level.name().toLowerCase();
    }
}
