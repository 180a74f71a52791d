package org.latitude.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.latitude.analysis.AnalysisOverview;
import org.latitude.analysis.AnalysisOverview.Headline;
import org.latitude.export.AgreementFigures;
import org.latitude.shared.CampaignId;
import org.springframework.stereotype.Component;

/**
 * The dataset card's agreement section from the campaign's newest stored analysis: one line per field with its
 * headline α, the interval and the items it rests on, or the reason it is undefined. Exports are admin-only, so the
 * store is read directly (the analysis service's own role check would ask again for the same admin).
 */
@Component
class StoredAgreementFigures implements AgreementFigures {

    private final AnalysisStore store;

    StoredAgreementFigures(AnalysisStore store) {
        this.store = store;
    }

    @Override
    public Optional<List<String>> summary(CampaignId campaignId) {
        return store.latest(campaignId.value()).map(AnalysisOverview::of).map(StoredAgreementFigures::lines);
    }

    static List<String> lines(AnalysisOverview overview) {
        List<String> out = new ArrayList<>();
        for (Headline h : overview.headline()) {
            out.add(line(h));
        }
        if (overview.soFar()) {
            out.add("These figures are from a campaign still running (data as of " + overview.dataAsOf() + ").");
        }
        return out;
    }

    /** The report's field id in words: {@code response_verdict[caution=safe]} → "response verdict (…)". */
    static String fieldName(String id) {
        return switch (id) {
            case "categories" -> "category set";
            default -> id.replace("[caution=own]", " (needs caution as its own value)")
                    .replace("[caution=safe]", " (needs caution counted as safe)")
                    .replace("[caution=unsafe]", " (needs caution counted as unsafe)")
                    .replace('_', ' ');
        };
    }

    static String line(Headline h) {
        String field = fieldName(h.field());
        String measure = switch (h.measure()) {
            case "alpha_nominal" -> "Krippendorff's α (nominal)";
            case "alpha_ordinal" -> "Krippendorff's α (ordinal)";
            case "alpha_masi" -> "Krippendorff's α (MASI distance)";
            case "alpha_jaccard" -> "Krippendorff's α (Jaccard distance)";
            default -> h.measure();
        };
        String items = String.format(Locale.ROOT, "%,d items", h.items());
        if (!Double.isFinite(h.value())) {
            return field + ": " + measure + " undefined" + (h.note().isBlank() ? "" : " (" + h.note() + ")")
                    + ", " + items;
        }
        String ci = Double.isFinite(h.ciLow()) && Double.isFinite(h.ciHigh())
                ? String.format(Locale.ROOT, "95 %% CI %.3f–%.3f, ", h.ciLow(), h.ciHigh())
                : "interval undefined, ";
        return String.format(Locale.ROOT, "%s: %s = %.3f (%s%s)", field, measure, h.value(), ci, items);
    }
}
