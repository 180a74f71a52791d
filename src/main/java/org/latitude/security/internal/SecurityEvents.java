package org.latitude.security.internal;

import java.time.Duration;
import org.latitude.audit.AuditLog;
import org.latitude.shared.ActingUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * The security event log: sign-ins, failures, throttling, sign-outs and ended sessions go to the log category
 * {@code latitude.security} and to the audit log, each in its own transaction (a failed request must not erase the
 * record of itself). Refused attempts while an account waits are logged but not audited: they are as many as an
 * attacker sends, and each is already represented by the {@code login.throttled} entry that started the wait.
 * Usernames typed by strangers are cleaned of control characters and shortened before they reach either log.
 */
@Component
public class SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger("latitude.security");
    private static final int MAX_NAME = 64;

    private final AuditLog audit;

    SecurityEvents(AuditLog audit) {
        this.audit = audit;
    }

    void signedIn(String account, String address) {
        LOG.info("sign-in: account={} address={}", clean(account), address);
        audit.recordEvent(clean(account), "login.success", clean(account), "from " + address);
    }

    void signInFailed(String attempted, String address, String reason) {
        LOG.warn("sign-in failed: account={} address={} reason={}", clean(attempted), address, reason);
        audit.recordEvent(ActingUser.ANONYMOUS, "login.failure", clean(attempted), reason + ", from " + address);
    }

    void throttleStarted(String attempted, String address, Duration wait) {
        LOG.warn("sign-in throttled: account={} address={} next attempt in {} s", clean(attempted), address,
                wait.toSeconds());
        audit.recordEvent(ActingUser.ANONYMOUS, "login.throttled", clean(attempted),
                "next attempt allowed in " + wait.toSeconds() + " s, from " + address);
    }

    void throttledAttemptRefused(String attempted, String address, Duration wait) {
        LOG.info("sign-in refused while throttled: account={} address={} wait {} s", clean(attempted), address,
                wait.toSeconds());
    }

    void signedOut(String account, String address) {
        LOG.info("sign-out: account={} address={}", clean(account), address);
        audit.recordEvent(clean(account), "logout", clean(account), "from " + address);
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        signedOut(event.getAuthentication().getName(),
                ThrottledAuthenticationProvider.addressOf(event.getAuthentication()));
    }

    void sessionEnded(String account, String reason, String address) {
        LOG.warn("session ended: account={} reason={} address={}", clean(account), reason, address);
        audit.recordEvent(ActingUser.SYSTEM, "session.end", clean(account), reason + "; last request from " + address);
    }

    void passwordCheckFailed(String account, Duration wait) {
        LOG.warn("wrong current password on the account page: account={}{}", clean(account),
                wait == null ? "" : ", next check in " + wait.toSeconds() + " s");
        audit.recordEvent(clean(account), "account.password-check-failure", clean(account),
                wait == null ? null : "next check allowed in " + wait.toSeconds() + " s");
    }

    /** Printable, short: what a stranger typed as a username cannot forge log lines or fill columns. */
    static String clean(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(name.length(), MAX_NAME));
        for (int i = 0; i < name.length() && out.length() < MAX_NAME; i++) {
            char c = name.charAt(i);
            out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
        }
        return out.toString();
    }
}
