package org.latitude.dataset.internal;

import java.util.List;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;

/** A valid row, ready to store: for a pair, {@code turns} is the context and both responses are set. */
record ParsedItem(long line, String externalId, ItemKind kind, List<Turn> turns, String responseA, String responseB,
                  String metadata, List<ReferenceLabel> labels) {

    ParsedItem {
        turns = List.copyOf(turns);
        labels = List.copyOf(labels);
    }

    /** Characters of text this item holds (to bound the memory of a batch). */
    long size() {
        long n = externalId.length() + (metadata == null ? 0 : metadata.length());
        for (Turn turn : turns) {
            n += turn.content().length();
        }
        return n + (responseA == null ? 0 : responseA.length()) + (responseB == null ? 0 : responseB.length());
    }
}
