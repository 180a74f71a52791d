package org.latitude.taxonomy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.latitude.shared.ValidationException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Preset files shipped in the jar under {@code seed-data/<folder>/}. */
public final class BundledFiles {

    private final String folder;
    /** The jar's contents do not change while it runs: scanned once, on first use. */
    private volatile List<String> names;

    public BundledFiles(String folder) {
        this.folder = folder;
    }

    public List<String> names() {
        List<String> scanned = names;
        if (scanned == null) {
            scanned = scan();
            names = scanned;
        }
        return scanned;
    }

    private List<String> scan() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:seed-data/" + folder + "/*.json");
            return Arrays.stream(found).map(Resource::getFilename).filter(n -> n != null).distinct()
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String fileName) {
        if (!names().contains(fileName)) {
            throw new ValidationException("No bundled preset named '" + fileName + "'.");
        }
        String path = "seed-data/" + folder + "/" + fileName;
        try (InputStream in = BundledFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ValidationException("No bundled preset named '" + fileName + "'.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
