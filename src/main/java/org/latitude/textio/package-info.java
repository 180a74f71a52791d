/**
 * Reading text files, one way for every importer and headless command: a streaming, byte-level reader of delimited
 * text (RFC 4180 CSV) and of lines (JSON Lines, plain lists), strict UTF-8, size and line-length limits, gzip read
 * transparently with the limits on the decompressed bytes, and every fault located by file, line and byte offset.
 *
 * <p>Plain JDK only (a test enforces it; this file carries only the module contract): the headless commands use it
 * without loading Spring, and the dataset importers and analysis modules use the same classes (docs/decisions.md,
 * "One way to read files").
 */
@ApplicationModule(allowedDependencies = {})
package org.latitude.textio;

import org.springframework.modulith.ApplicationModule;
