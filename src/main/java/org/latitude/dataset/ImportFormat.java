package org.latitude.dataset;

/** The file formats a dataset can be imported from; {@code docs/formats.md} describes each with an example. */
public enum ImportFormat {
    GENERIC_JSONL("Generic JSONL", "one object a line: id + messages, prompt/response, or prompt/response_a/response_b"),
    AEGIS_JSONL("Aegis 2.0 JSONL", "Aegis 2.0 rows; their labels are kept as the reference judgment aegis-2.0"),
    AEGIS_JSON("Aegis 2.0 JSON", "a JSON array of Aegis 2.0 rows"),
    HH_RLHF_JSONL("HH-RLHF JSONL", "chosen/rejected transcripts, imported as pairs (A = chosen, B = rejected)"),
    PKU_SAFERLHF_JSONL("PKU-SafeRLHF JSONL", "prompt, response_0, response_1 and safety labels, imported as pairs"),
    CSV("CSV with a header", "columns [id,]prompt,response or [id,]prompt,response_a,response_b (RFC 4180)"),
    OPENAI_MODERATION_JSONL("OpenAI moderation samples", "prompt + flags S, H, V, HR, SH, S3, H2, V2; the flags are "
            + "kept as the reference judgment openai-moderation"),
    AILUMINATE_CSV("MLCommons AILuminate prompt set", "CSV release_prompt_id, prompt_text, hazard, persona, locale, "
            + "prompt_hash; the hazard is kept as the reference judgment mlcommons-ailuminate-1.0");

    private final String label;
    private final String description;

    ImportFormat(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
