package org.latitude.taxonomy.internal;

import org.latitude.shared.ValidationException;

/** Parses and validates one kind of versioned-document file. */
public interface DocumentReader<D extends VersionedDocument> {

    /** The document, or a {@link ValidationException} listing every problem of the file with its place. */
    D read(byte[] content);
}
