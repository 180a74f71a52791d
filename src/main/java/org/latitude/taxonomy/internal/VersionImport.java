package org.latitude.taxonomy.internal;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.ImportOutcome;

/**
 * The versioning rule shared by taxonomies and principle sets: identical content is left alone, different content
 * replaces an unused version, a version in use is immutable, and a new version label is created.
 */
public final class VersionImport {

    private VersionImport() {
    }

    public static <V extends VersionedContent> ImportOutcome apply(Optional<V> existing, String contentHash,
                                                                   String displayName, Consumer<V> replace,
                                                                   Supplier<V> create) {
        if (existing.isPresent() && existing.get().getContentHash().equals(contentHash)) {
            return new ImportOutcome(existing.get().getId(), displayName, ImportOutcome.Status.UNCHANGED);
        }
        if (existing.isPresent()) {
            if (existing.get().isInUse()) {
                throw new ValidationException("Version " + displayName + " is used by a campaign and cannot change; "
                        + "import the file under a new 'version'.");
            }
            replace.accept(existing.get());
            return new ImportOutcome(existing.get().getId(), displayName, ImportOutcome.Status.REPLACED);
        }
        return new ImportOutcome(create.get().getId(), displayName, ImportOutcome.Status.CREATED);
    }
}
