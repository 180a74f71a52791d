package org.latitude.campaign;

import org.latitude.shared.ItemId;

/** A gold item with its expected answer (JSON in the task's answer format). Admin-only. */
public record GoldItem(ItemId itemId, String answer) {
}
