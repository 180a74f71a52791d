package org.latitude.dataset.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ProblemGroup;

/**
 * The problems of one file: problems of the whole file first, then the first lines' problems; all are counted. The
 * same problems are also grouped by reason (lines as ranges) so that a reason repeated on every line is reported once;
 * at most {@value #MAX_REASONS} distinct reasons are grouped (bounded memory), the rest are counted.
 */
final class ProblemLog {

    static final int MAX_REASONS = 1000;

    private final List<ImportProblem> fileProblems = new ArrayList<>();
    private final List<ImportProblem> lineProblems = new ArrayList<>();
    private final Map<String, ProblemGroup.Builder> reasons = new LinkedHashMap<>();
    private long ungrouped;
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
        ProblemGroup.Builder group = reasons.get(reason);
        if (group == null && reasons.size() < MAX_REASONS) {
            group = new ProblemGroup.Builder(reason);
            reasons.put(reason, group);
        }
        if (group == null) {
            ungrouped++;
        } else {
            group.add(line);
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

    /** Problems of the whole file, then one group per reason in the order of their first line. */
    List<ProblemGroup> groups() {
        List<ProblemGroup> all = new ArrayList<>();
        fileProblems.forEach(p -> all.add(new ProblemGroup(p.reason(), 0, List.of())));
        reasons.values().forEach(b -> all.add(b.build()));
        return all;
    }

    /** Problems whose reason was not grouped because {@value #MAX_REASONS} other reasons came first. */
    long ungrouped() {
        return ungrouped;
    }
}
