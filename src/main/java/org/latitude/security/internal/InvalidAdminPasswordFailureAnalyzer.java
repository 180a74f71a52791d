package org.latitude.security.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports {@link InvalidAdminPasswordException} as one line and what to do, instead of a stack trace. */
public class InvalidAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<InvalidAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidAdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set LATITUDE_ADMIN_PASSWORD to a passphrase that satisfies "
                + "the password rules (docs/security.md), or leave it empty to get a one-time random password.", cause);
    }
}
