package org.latitude.export.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.latitude.judge.ModelJudgment;
import org.latitude.judge.ModelRater;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;

/**
 * Streams each model rater's judgments of a campaign into a long form, a page at a time (the external ids of a page
 * looked up at once): the long form's model rows follow the annotators' rows.
 */
final class ModelRows {

    interface RowWriter {
        /** Writes the row(s) of one judgment (none when its form has no place in this long form). */
        void write(ModelRater rater, ModelJudgment judgment, String externalId) throws IOException;
    }

    private ModelRows() {
    }

    static void write(CampaignSource source, CampaignId campaign, List<ModelRater> raters, RowWriter rows)
            throws IOException {
        for (ModelRater rater : raters) {
            List<ModelJudgment> page = new ArrayList<>();
            try {
                source.judgments(campaign, rater, j -> {
                    page.add(j);
                    if (page.size() == CampaignSource.PAGE) {
                        flush(source, rater, page, rows);
                    }
                });
                flush(source, rater, page, rows);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static void flush(CampaignSource source, ModelRater rater, List<ModelJudgment> page, RowWriter rows) {
        Map<ItemId, String> ids = source.externalIds(page.stream().map(ModelJudgment::itemId).toList());
        try {
            for (ModelJudgment j : page) {
                rows.write(rater, j, ids.getOrDefault(j.itemId(), "#" + j.itemId().value()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.clear();
    }
}
