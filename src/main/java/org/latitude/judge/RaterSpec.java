package org.latitude.judge;

import java.time.LocalDate;

/** What an admin states about a model rater when importing its judgments or starting a live job. */
public record RaterSpec(String name, String modelVersion, String provider, String promptTemplate,
                        String promptTemplateVersion, LocalDate runDate, String decoding, Ensemble ensemble) {
}
