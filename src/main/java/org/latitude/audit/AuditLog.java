package org.latitude.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.latitude.audit.internal.AuditEntry;
import org.latitude.audit.internal.AuditEntryRepository;
import org.latitude.shared.ActingUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of admin changes and security events. {@link #record} joins the caller's transaction, so an entry
 * exists exactly when the change it describes was committed; {@link #recordEvent} commits on its own, for events that
 * must stay recorded when the request fails (a wrong password). The actor comes from the one {@link ActingUser}.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 4000;
    private static final int MAX_ACTOR = 64;

    private final AuditEntryRepository entries;
    private final EntityManager em;
    private final ActingUser actingUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, EntityManager em, ActingUser actingUser, Clock clock) {
        this.entries = entries;
        this.em = em;
        this.actingUser = actingUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String target, String detail) {
        save(actingUser.name(), action, target, detail);
    }

    /**
     * Records a security event in its own transaction, with the actor named by the caller (a sign-in happens before
     * anyone is signed in: the actor is the account that signed in, or {@link ActingUser#ANONYMOUS}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordEvent(String actor, String action, String target, String detail) {
        save(actor, action, target, detail);
    }

    private void save(String actor, String action, String target, String detail) {
        String safeDetail = detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        String safeTarget = target != null && target.length() > 255 ? target.substring(0, 255) : target;
        String safeActor = actor.length() > MAX_ACTOR ? actor.substring(0, MAX_ACTOR) : actor;
        entries.save(new AuditEntry(clock.instant(), safeActor, action, safeTarget, safeDetail));
    }

    /** Newest first; {@code text} filters on actor, action, target and detail (case-insensitive), blank for all. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AuditRecord> search(String text, int offset, int limit) {
        String filter = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        var query = em.createQuery("select e from AuditEntry e"
                + (filter.isEmpty() ? "" : AuditEntryRepository.MATCHES) + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class);
        if (!filter.isEmpty()) {
            query.setParameter("text", filter);
        }
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList()
                .stream().map(AuditEntry::toRecord).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long count(String text) {
        String filter = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return filter.isEmpty() ? entries.count() : entries.countMatching(filter);
    }
}
