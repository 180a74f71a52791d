package org.latitude.taxonomy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.latitude.audit.AuditLog;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.internal.BundledFiles;
import org.latitude.taxonomy.internal.PrincipleSetDocument;
import org.latitude.taxonomy.internal.PrincipleSetEntity;
import org.latitude.taxonomy.internal.PrincipleSetFileReader;
import org.latitude.taxonomy.internal.PrincipleSetRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Versioned principle sets (constitutions) for pairwise campaigns and alignment-discretion analysis. */
@Service
public class PrincipleSetService {

    private final PrincipleSetRepository sets;
    private final AuditLog audit;
    private final Clock clock;
    private final PrincipleSetFileReader reader = new PrincipleSetFileReader();
    private final BundledFiles presets = new BundledFiles("principles");

    PrincipleSetService(PrincipleSetRepository sets, AuditLog audit, Clock clock) {
        this.sets = sets;
        this.audit = audit;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<PrincipleSetSummary> sets() {
        return sets.findAllWithPrinciples().stream().map(PrincipleSetEntity::toSummary).toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public PrincipleSetDetails details(long id) {
        return sets.findWithPrinciples(id).map(PrincipleSetEntity::toDetails)
                .orElseThrow(() -> new ValidationException("No principle set " + id + "."));
    }

    /** Imports a principle-set file: all of it or, on any problem, nothing. */
    @RolesAllowed("ADMIN")
    @Transactional
    public ImportOutcome importFile(byte[] content, String fileName) {
        PrincipleSetDocument doc = reader.read(content);
        String display = doc.name() + " " + doc.version();
        var existing = sets.findByKeyAndVersionLabel(doc.key(), doc.version());
        ImportOutcome outcome;
        if (existing.isPresent() && existing.get().getContentHash().equals(doc.contentHash())) {
            return new ImportOutcome(existing.get().getId(), display, ImportOutcome.Status.UNCHANGED);
        } else if (existing.isPresent()) {
            if (existing.get().isInUse()) {
                throw new ValidationException("Version " + doc.version() + " of " + doc.name() + " is used by a "
                        + "campaign and cannot change; import the file under a new 'version'.");
            }
            existing.get().clearPrinciples();
            sets.flush();
            existing.get().refill(doc, clock.instant(), actor());
            outcome = new ImportOutcome(existing.get().getId(), display, ImportOutcome.Status.REPLACED);
        } else {
            PrincipleSetEntity created = sets.save(new PrincipleSetEntity(doc, clock.instant(), actor()));
            outcome = new ImportOutcome(created.getId(), display, ImportOutcome.Status.CREATED);
        }
        audit.record("principles.import", doc.key() + " " + doc.version(),
                outcome.status() + " from " + fileName + ", " + doc.principles().size() + " principles");
        return outcome;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<Preset> presets() {
        return presets.names().stream().map(name -> {
            PrincipleSetDocument doc = reader.read(presets.read(name));
            boolean installed = sets.findByKeyAndVersionLabel(doc.key(), doc.version()).isPresent();
            return new Preset(name, doc.key(), doc.name(), doc.version(), installed);
        }).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public ImportOutcome installPreset(String fileName) {
        return importFile(presets.read(fileName), "preset " + fileName);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void markInUse(long id) {
        sets.findById(id).orElseThrow(() -> new ValidationException("No principle set " + id + ".")).markInUse();
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditLog.SYSTEM_ACTOR : auth.getName();
    }
}
