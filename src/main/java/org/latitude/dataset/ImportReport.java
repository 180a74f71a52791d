package org.latitude.dataset;

import java.util.List;

/**
 * The outcome of an import. Either the whole file was stored ({@code imported}, with the new dataset's id), or nothing
 * was and {@code problems} lists the first {@link ImportLimits#REPORTED_PROBLEMS} problems in file order, with
 * {@code problemCount} counting all of them; {@code groups} holds the same problems grouped by reason (lines as
 * ranges), which is how {@link #text()} reports them. {@code duplicatesSkipped} counts rows left out because their
 * content was already imported (only when ids are content hashes, {@link IdRule#CONTENT_HASH}); {@code ids} is the
 * rule the item ids followed (null when nothing was imported).
 */
public record ImportReport(boolean imported, Long datasetId, String datasetName, String fileName, ImportFormat format,
                           long linesRead, long exchanges, long pairs, List<ImportProblem> problems,
                           List<ProblemGroup> groups, long problemCount, long duplicatesSkipped, IdRule ids) {

    public ImportReport {
        problems = List.copyOf(problems);
        groups = List.copyOf(groups);
    }

    public long items() {
        return exchanges + pairs;
    }

    /** The report as plain text (one kind of problem a line), as shown on the admin screen. */
    public String text() {
        String what = fileName + (format == null ? "" : " (" + format.label() + ")");
        if (imported) {
            String skipped = duplicatesSkipped == 0 ? "" : " " + duplicatesSkipped + " duplicate "
                    + (duplicatesSkipped == 1 ? "row was" : "rows were")
                    + " left out (same content as an earlier row).";
            return "Imported " + what + " as dataset '" + datasetName + "': " + items() + " items (" + exchanges
                    + " exchanges, " + pairs + " pairs) from " + linesRead + " lines." + skipped
                    + (ids == null || ids == IdRule.FROM_FILE ? "" : " Ids: " + ids.label() + ".");
        }
        StringBuilder text = new StringBuilder(what).append(" was not imported; nothing was stored. ")
                .append(problemCount).append(problemCount == 1 ? " problem" : " problems").append(':');
        List<ProblemGroup> shown = groups.isEmpty() ? List.of() : groups.subList(0,
                Math.min(groups.size(), ImportLimits.REPORTED_PROBLEMS));
        if (shown.isEmpty()) {
            problems.forEach(p -> text.append('\n').append(p));
        }
        shown.forEach(g -> text.append('\n').append(g));
        long listed = shown.isEmpty() ? problems.size() : shown.stream().mapToLong(g -> Math.max(1, g.lines())).sum();
        if (problemCount > listed) {
            text.append("\n… and ").append(problemCount - listed).append(" more problems (only the first ")
                    .append(shown.isEmpty() ? problems.size() + "" : shown.size() + " kinds")
                    .append(" are listed).");
        }
        return text.toString();
    }
}
