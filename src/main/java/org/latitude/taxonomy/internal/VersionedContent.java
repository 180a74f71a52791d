package org.latitude.taxonomy.internal;

/** A stored version whose content can be compared by hash and is immutable once in use. */
public interface VersionedContent {

    Long getId();

    String getContentHash();

    boolean isInUse();
}
