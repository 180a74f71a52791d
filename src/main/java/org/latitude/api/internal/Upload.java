package org.latitude.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.latitude.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file copied to a temporary file (the importers read a file twice: validate, then store) with the
 * SHA-256 of its content, for the idempotency hash. Deleted on close.
 */
public final class Upload implements AutoCloseable {

    private final Path file;
    private final String sha256;
    private final String fileName;

    private Upload(Path file, String sha256, String fileName) {
        this.file = file;
        this.sha256 = sha256;
        this.fileName = fileName;
    }

    public static Upload of(MultipartFile part) {
        if (part == null || part.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "missing-file", "Send the file as the multipart part "
                    + "'file' (curl -F file=@data.jsonl).");
        }
        try {
            Path file = Files.createTempFile("latitude-api-", ".upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(part.getInputStream(), sha);
                 OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            String name = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank()
                    ? "upload" : Path.of(part.getOriginalFilename()).getFileName().toString();
            return new Upload(file, HexFormat.of().formatHex(sha.digest()), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The answer to an upload the importer refused: 422, the report (every problem by line) in the problem. */
    public static ResponseEntity<ProblemDetail> rejected(String fileName, long problemCount, Object report) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", fileName
                + " was not imported; nothing was stored. " + problemCount + (problemCount == 1 ? " problem."
                : " problems."));
        problem.setProperty("report", report);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    public Path file() {
        return file;
    }

    public String sha256() {
        return sha256;
    }

    /** The file's own name as the client sent it, without any directory. */
    public String fileName() {
        return fileName;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
