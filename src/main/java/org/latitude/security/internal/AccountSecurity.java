package org.latitude.security.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.latitude.shared.ValidationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What account administration needs from the security machinery: the throttled check of a signed-in user's current
 * password, and keeping the caller's own session after a password change.
 */
@Component
public class AccountSecurity {

    private final LoginThrottle throttle;
    private final SecurityEvents events;
    private final SignedInSessions sessions;
    private final TransactionTemplate independently;

    AccountSecurity(LoginThrottle throttle, SecurityEvents events, SignedInSessions sessions,
                    PlatformTransactionManager transactions) {
        this.throttle = throttle;
        this.events = events;
        this.sessions = sessions;
        this.independently = new TransactionTemplate(transactions);
        independently.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Refuses while earlier wrong attempts make the user wait (the password is then not even checked), and counts a
     * wrong one in its own transaction, so the count stays when the caller's transaction rolls back.
     */
    public void checkCurrentPassword(String account, BooleanSupplier correct) {
        Optional<Duration> wait = independently.execute(status -> throttle.waitForPasswordCheck(account));
        if (wait != null && wait.isPresent()) {
            throw new ValidationException("Too many wrong current passwords. Try again in "
                    + LoginThrottledException.inWords(wait.get()) + ".");
        }
        if (correct.getAsBoolean()) {
            independently.executeWithoutResult(status -> throttle.recordPasswordCheckSuccess(account));
            return;
        }
        Optional<Duration> next = independently.execute(status -> throttle.recordPasswordCheckFailure(account));
        events.passwordCheckFailed(account, next == null ? null : next.orElse(null));
        throw new ValidationException("The current password is not correct.");
    }

    /** This session goes on under the account's new access version; the user's other sessions end. */
    public void keepCurrentSession(long userId, long newAccessVersion, boolean mustChangePassword) {
        sessions.keepCurrentSession(userId, newAccessVersion, mustChangePassword);
    }
}
