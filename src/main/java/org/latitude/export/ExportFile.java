package org.latitude.export;

/** A download as the browser receives it: file name and media type. */
public record ExportFile(ExportFormat format, String fileName, String mediaType) {
}
