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
import org.latitude.taxonomy.internal.VersionImport;
import org.latitude.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Versioned principle sets (constitutions) for pairwise campaigns and alignment-discretion analysis. */
@Service
public class PrincipleSetService {

    private final PrincipleSetRepository sets;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PrincipleSetFileReader reader = new PrincipleSetFileReader();
    private final BundledFiles presets = new BundledFiles("principles");

    PrincipleSetService(PrincipleSetRepository sets, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.sets = sets;
        this.audit = audit;
        this.currentUser = currentUser;
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
        String actor = currentUser.actorName();
        ImportOutcome outcome = VersionImport.apply(sets.findByKeyAndVersionLabel(doc.key(), doc.version()),
                doc.contentHash(), doc.name() + " " + doc.version(), set -> {
                    set.clearPrinciples();
                    sets.flush();
                    set.refill(doc, clock.instant(), actor);
                }, () -> sets.save(new PrincipleSetEntity(doc, clock.instant(), actor)));
        if (outcome.status() == ImportOutcome.Status.UNCHANGED) {
            return outcome;
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
}
