package org.latitude.annotation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.latitude.annotation.Answer;
import org.latitude.annotation.PairwiseAnswer;
import org.latitude.annotation.Preference;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;

/** How an answer maps to the columns shared by {@code annotation} and {@code annotation_version}. */
final class AnswerColumns {

    static final String NAMES = "prompt_verdict, response_verdict, categories, preference, rationale, confidence";

    private AnswerColumns() {
    }

    /** The six column values, in the order of {@link #NAMES}. */
    static Object[] values(Answer answer) {
        return switch (answer) {
            case SafetyAnswer s -> new Object[] {name(s.promptVerdict()), name(s.responseVerdict()),
                String.join("|", s.categories()), null, s.rationale(), s.confidence()};
            case PairwiseAnswer p -> new Object[] {null, null, null, name(p.preference()), p.rationale(), null};
        };
    }

    static Answer read(ResultSet rs) throws SQLException {
        String preference = rs.getString("preference");
        if (preference != null) {
            return new PairwiseAnswer(Preference.valueOf(preference), rs.getString("rationale"));
        }
        String response = rs.getString("response_verdict");
        String categories = rs.getString("categories");
        int confidence = rs.getInt("confidence");
        Integer conf = rs.wasNull() ? null : confidence;
        return new SafetyAnswer(Verdict.valueOf(rs.getString("prompt_verdict")),
                response == null ? null : Verdict.valueOf(response), keys(categories), rs.getString("rationale"),
                conf);
    }

    private static List<String> keys(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
