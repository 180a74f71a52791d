package org.latitude.taxonomy;

/** What an import did: created a new version, replaced an unused one, or found identical content already stored. */
public record ImportOutcome(long id, String displayName, Status status) {

    public enum Status { CREATED, REPLACED, UNCHANGED }

    public String message() {
        return switch (status) {
            case CREATED -> "Imported " + displayName + ".";
            case REPLACED -> "Replaced the unused version " + displayName + ".";
            case UNCHANGED -> displayName + " is already stored with identical content; nothing changed.";
        };
    }
}
