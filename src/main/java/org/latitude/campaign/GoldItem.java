package org.latitude.campaign;

/** A gold item with its expected answer (JSON in the task's answer format). Admin-only. */
public record GoldItem(long itemId, String answer) {
}
