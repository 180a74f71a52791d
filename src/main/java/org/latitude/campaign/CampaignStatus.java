package org.latitude.campaign;

import java.util.Set;

/** {@code DRAFT → ACTIVE ⇄ PAUSED → CLOSED}; closed is final. */
public enum CampaignStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    CLOSED;

    public boolean canBecome(CampaignStatus next) {
        return switch (this) {
            case DRAFT -> next == ACTIVE;
            case ACTIVE -> Set.of(PAUSED, CLOSED).contains(next);
            case PAUSED -> Set.of(ACTIVE, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }

    /** Whether work has started, which freezes the settings that define the work. */
    public boolean started() {
        return this != DRAFT;
    }
}
