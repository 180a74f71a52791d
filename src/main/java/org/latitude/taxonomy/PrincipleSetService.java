package org.latitude.taxonomy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.internal.PrincipleSetEntity;
import org.latitude.taxonomy.internal.PrincipleSetImport;
import org.latitude.taxonomy.internal.PrincipleSetRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Versioned principle sets (constitutions) for pairwise campaigns and alignment-discretion analysis. */
@Service
public class PrincipleSetService {

    private final PrincipleSetRepository sets;
    private final PrincipleSetImport imports;

    PrincipleSetService(PrincipleSetRepository sets, PrincipleSetImport imports) {
        this.sets = sets;
        this.imports = imports;
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
        return imports.importFile(content, fileName);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<Preset> presets() {
        return imports.presets();
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public ImportOutcome installPreset(String fileName) {
        return imports.installPreset(fileName);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void markInUse(long id) {
        sets.findById(id).orElseThrow(() -> new ValidationException("No principle set " + id + ".")).markInUse();
    }
}
