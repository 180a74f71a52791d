package org.latitude.audit;

import java.time.Instant;

/** One entry of the audit log: who did what to which target, when. */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String target, String detail) {
}
