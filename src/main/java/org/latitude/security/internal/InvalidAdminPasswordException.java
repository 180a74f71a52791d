package org.latitude.security.internal;

import java.util.List;

/** The first admin's configured password (or username) breaks the rules: start-up stops with one clear line. */
class InvalidAdminPasswordException extends RuntimeException {

    InvalidAdminPasswordException(List<String> problems) {
        super("LATITUDE_ADMIN_PASSWORD (or LATITUDE_ADMIN_USERNAME) is not acceptable for the first admin: "
                + String.join(" ", problems));
    }
}
