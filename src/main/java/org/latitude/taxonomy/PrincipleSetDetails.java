package org.latitude.taxonomy;

import java.util.List;

/** A principle set (constitution) version with its provenance and principles in order. */
public record PrincipleSetDetails(PrincipleSetSummary summary, String description, String source, String licence,
                                  String notes, List<Principle> principles) {

    public PrincipleSetDetails {
        principles = List.copyOf(principles);
    }
}
