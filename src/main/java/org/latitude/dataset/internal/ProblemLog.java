package org.latitude.dataset.internal;

import java.util.ArrayList;
import java.util.List;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProblem;

/** The problems of one file: problems of the whole file first, then the first lines' problems; all are counted. */
final class ProblemLog {

    private final List<ImportProblem> fileProblems = new ArrayList<>();
    private final List<ImportProblem> lineProblems = new ArrayList<>();
    private long count;

    void file(String reason) {
        count++;
        fileProblems.add(new ImportProblem(0, reason));
    }

    void line(long line, String reason) {
        count++;
        if (lineProblems.size() < ImportLimits.REPORTED_PROBLEMS) {
            lineProblems.add(new ImportProblem(line, reason));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    /** At most {@link ImportLimits#REPORTED_PROBLEMS} problems plus those of the whole file. */
    List<ImportProblem> listed() {
        List<ImportProblem> all = new ArrayList<>(fileProblems);
        all.addAll(lineProblems.subList(0, Math.min(lineProblems.size(),
                Math.max(0, ImportLimits.REPORTED_PROBLEMS - fileProblems.size()))));
        return all;
    }
}
