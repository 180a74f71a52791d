package org.latitude.audit.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    String MATCHES = " where lower(e.actor) like concat('%', :text, '%') or lower(e.action) like concat('%', :text, '%')"
            + " or lower(coalesce(e.target, '')) like concat('%', :text, '%')"
            + " or lower(coalesce(e.detail, '')) like concat('%', :text, '%')";

    @Query("select count(e) from AuditEntry e" + MATCHES)
    long countMatching(String text);
}
