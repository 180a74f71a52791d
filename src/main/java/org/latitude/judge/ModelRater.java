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

    /**
     * The rest of its provenance in words: provider, run date, decoding settings, and for an ensemble its members,
     * tie policy and minimum of valid votes.
     */
    public String provenance() {
        StringBuilder out = new StringBuilder("provider ").append(provider);
        out.append("; run ").append(runDate == null ? "date not given" : runDate.toString());
        out.append("; template ").append(promptTemplate).append(" v").append(promptTemplateVersion);
        out.append("; decoding ").append(decoding == null || decoding.isBlank() ? "not given" : decoding);
        if (ensemble != null) {
            out.append("; ensemble of ").append(String.join(", ", ensemble.members())).append(" (tie: ")
                    .append(ensemble.tiePolicy().name().toLowerCase(java.util.Locale.ROOT)).append(", at least ")
                    .append(ensemble.minValidVotes()).append(" valid vote").append(ensemble.minValidVotes() == 1 ? ""
                            : "s").append(")");
        }
        return out.toString();
    }

    /** "name version (template vN)", how screens and reports name the rater. */
    public String label() {
        return name + " " + modelVersion + " (" + promptTemplate + " v" + promptTemplateVersion + ")";
    }
}
