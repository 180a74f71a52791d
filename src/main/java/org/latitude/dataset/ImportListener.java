package org.latitude.dataset;

/** Receives progress reports while an import runs (on the importing thread; a UI must hand them to its own thread). */
@FunctionalInterface
public interface ImportListener {

    ImportListener NONE = progress -> { };

    void progress(ImportProgress progress);
}
