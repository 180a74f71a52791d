package org.latitude.taxonomy.internal;

/**
 * What a validated taxonomy file and a validated principle-set file have in common: the identity of the version
 * ({@code key} + {@code version}), its provenance, and a hash of its content that recognises a re-import.
 */
public interface VersionedDocument {

    String key();

    String name();

    String version();

    String description();

    String source();

    String licence();

    String notes();

    String contentHash();

    /** What the version holds, for the audit log, e.g. "14 categories". */
    String contentSummary();
}
