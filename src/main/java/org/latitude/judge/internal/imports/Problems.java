package org.latitude.judge.internal.imports;

import java.util.ArrayList;
import java.util.List;
import org.latitude.judge.ImportProblem;

/** The problems of a file, in line order as found: the first 100 are kept with their line, the rest counted. */
public final class Problems {

    static final int KEPT = 100;

    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;

    public void add(long line, String reason) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new ImportProblem(line, reason));
        }
    }

    public boolean any() {
        return count > 0;
    }

    public long count() {
        return count;
    }

    public List<ImportProblem> kept() {
        return List.copyOf(kept);
    }
}
