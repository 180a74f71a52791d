package org.latitude.judge;

import org.latitude.shared.ItemId;
import java.time.Instant;

/** A stored call of a live job, for the screen: the raw answer (text, never HTML) and what was read from it. */
public record CallRecord(int unit, int call, ItemId itemId, String outcome, String answer, String parsed,
                         Double pUnsafe, Double pA, Double pB, Double pNeither, int attempts, String cause,
                         Instant finishedAt) {
}
