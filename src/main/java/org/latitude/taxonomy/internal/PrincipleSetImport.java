package org.latitude.taxonomy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.latitude.audit.AuditLog;
import org.latitude.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Principle-set files and the bundled principle-set presets through the one import flow. */
@Component
public class PrincipleSetImport extends DocumentImport<PrincipleSetDocument, PrincipleSetEntity> {

    private final PrincipleSetRepository sets;

    PrincipleSetImport(PrincipleSetRepository sets, AuditLog audit, CurrentUser currentUser, Clock clock) {
        super("principles", "principles.import", new PrincipleSetFileReader(), sets, audit, currentUser, clock);
        this.sets = sets;
    }

    @Override
    protected Optional<PrincipleSetEntity> find(String key, String version) {
        return sets.findByKeyAndVersionLabel(key, version);
    }

    @Override
    protected PrincipleSetEntity newVersion(PrincipleSetDocument doc, Instant at, String by) {
        return new PrincipleSetEntity(doc, at, by);
    }
}
