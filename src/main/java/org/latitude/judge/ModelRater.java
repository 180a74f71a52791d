package org.latitude.judge;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A model rater: never a user, never counted among human annotators. Identified by name, model version and prompt
 * template with its version; provider, run date, decoding settings (as given, e.g. {@code temperature=0,
 * max_tokens=1, top_logprobs=20}) and, for an ensemble, its members and tie policy complete its provenance.
 */
public record ModelRater(ModelRaterId id, String name, String modelVersion, String provider, String promptTemplate,
                         String promptTemplateVersion, LocalDate runDate, String decoding, Ensemble ensemble) {

    public Optional<Ensemble> ensembleIfAny() {
        return Optional.ofNullable(ensemble);
    }

    /** "name version (template vN)", how screens and reports name the rater. */
    public String label() {
        return name + " " + modelVersion + " (" + promptTemplate + " v" + promptTemplateVersion + ")";
    }
}
