package org.latitude.judge;

/** The judgment file formats Latitude imports (docs/formats.md, "Model judgment files"). */
public enum JudgmentFormat {
    SAFETY_JSONL(JudgmentKind.SAFETY, false, "Safety JSONL", "item_id, prompt_verdict, response_verdict, categories, "
            + "p_prompt_unsafe, p_response_unsafe, category_scores"),
    SAFETY_CSV(JudgmentKind.SAFETY, true, "Safety CSV", "item_id, prompt_verdict, response_verdict, categories (| "
            + "between names), p_prompt_unsafe, p_response_unsafe"),
    NEMOGUARD_JSONL(JudgmentKind.SAFETY, false, "Aegis / NemoGuard JSONL", "id with the guard's \"User Safety\", "
            + "\"Response Safety\", \"Safety Categories\" (or its output in \"output\")"),
    LLAMA_GUARD_JSONL(JudgmentKind.SAFETY, false, "Llama Guard JSONL", "id, target (prompt or response), output "
            + "(safe / unsafe + S-codes), optional p_unsafe"),
    LLAMA_GUARD_CSV(JudgmentKind.SAFETY, true, "Llama Guard CSV", "id, target, output, optional p_unsafe"),
    PAIRWISE_JSONL(JudgmentKind.PAIRWISE, false, "Pairwise JSONL", "item_id, order with choice or p_a/p_b/p_tie; "
            + "or reward_a/reward_b; or loglik_a/loglik_b"),
    PAIRWISE_CSV(JudgmentKind.PAIRWISE, true, "Pairwise CSV", "the columns of Pairwise JSONL"),
    PRINCIPLE_JSONL(JudgmentKind.PRINCIPLE, false, "Principle JSONL", "item_id, principle, order, p_a/p_b/p_na or "
            + "choice (A / B / NA)"),
    PRINCIPLE_CSV(JudgmentKind.PRINCIPLE, true, "Principle CSV", "the columns of Principle JSONL"),
    DISCRETION_PRINCIPLE_CSV(JudgmentKind.PRINCIPLE, true, "Alignment-discretion principle CSV",
            "row_id, principle_id, order, prob_A, prob_B, prob_NA[, cost]"),
    DISCRETION_JUDGE_CSV(JudgmentKind.PAIRWISE, true, "Alignment-discretion judge CSV",
            "row_id, order, prob_A, prob_B, prob_NA[, cost] (both orders)"),
    DISCRETION_REWARD_CSV(JudgmentKind.PAIRWISE, true, "Alignment-discretion reward-model CSV",
            "row_id, reward_a (preferred response), reward_b[, better_response_id]"),
    DISCRETION_POLICY_CSV(JudgmentKind.PAIRWISE, true, "Alignment-discretion policy-LLM CSV",
            "row_id, order, reward_a, reward_b, reward_NA, log_prob_chat_chosen, log_prob_chat_rejected");

    private final JudgmentKind kind;
    private final boolean csv;
    private final String label;
    private final String columns;

    JudgmentFormat(JudgmentKind kind, boolean csv, String label, String columns) {
        this.kind = kind;
        this.csv = csv;
        this.label = label;
        this.columns = columns;
    }

    public JudgmentKind kind() {
        return kind;
    }

    public boolean csv() {
        return csv;
    }

    public String label() {
        return label;
    }

    public String columns() {
        return columns;
    }
}
