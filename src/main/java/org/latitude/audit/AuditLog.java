package org.latitude.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.latitude.audit.internal.AuditEntry;
import org.latitude.audit.internal.AuditEntryRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of admin changes. {@link #record} joins the caller's transaction, so an entry exists exactly when the
 * change it describes was committed.
 */
@Service
public class AuditLog {

    public static final String SYSTEM_ACTOR = "system";
    private static final int MAX_DETAIL = 4000;

    private final AuditEntryRepository entries;
    private final EntityManager em;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, EntityManager em, Clock clock) {
        this.entries = entries;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String target, String detail) {
        String safeDetail = detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        String safeTarget = target != null && target.length() > 255 ? target.substring(0, 255) : target;
        entries.save(new AuditEntry(clock.instant(), currentActor(), action, safeTarget, safeDetail));
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

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getName() != null
                && !"anonymousUser".equals(auth.getName()) ? auth.getName() : SYSTEM_ACTOR;
    }
}
