package org.latitude.dataset;

import java.util.List;
import java.util.Optional;
import org.latitude.shared.ItemId;

/**
 * An item to annotate, as the workspace renders it. For an {@link ItemKind#EXCHANGE} {@code turns} is the whole
 * conversation and the responses are null; for a {@link ItemKind#PAIR} {@code turns} is the shared context and
 * {@code responseA} / {@code responseB} are the two candidates. All text is adversarial: render it as text, never HTML.
 * {@code sourceMetadata} is a JSON object with the other fields of the source row (reference labels are not in it).
 */
public record Item(ItemId id, long datasetId, String externalId, ItemKind kind, List<Turn> turns, String responseA,
                   String responseB, String sourceMetadata) {

    public Item {
        turns = List.copyOf(turns);
    }

    /** The first user turn (the prompt), if any. */
    public Optional<String> prompt() {
        return turns.stream().filter(t -> t.role() == TurnRole.USER).map(Turn::content).findFirst();
    }

    /** For an exchange: the content of the last turn when an assistant spoke it; empty when the response is absent. */
    public Optional<String> response() {
        if (kind != ItemKind.EXCHANGE || turns.isEmpty() || turns.getLast().role() != TurnRole.ASSISTANT) {
            return Optional.empty();
        }
        return Optional.of(turns.getLast().content());
    }
}
