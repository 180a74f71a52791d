package org.latitude.security;

/** What a user may do. An admin manages everything and may also annotate; an annotator sees only their own work. */
public enum Role {
    ADMIN,
    ANNOTATOR;

    /** The Spring Security authority name ({@code ROLE_ADMIN}). */
    public String authority() {
        return "ROLE_" + name();
    }
}
