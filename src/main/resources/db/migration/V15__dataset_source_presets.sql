-- The OpenAI moderation and MLCommons AILuminate source presets (docs/formats.md) are dataset formats too.
alter table dataset drop constraint dataset_format_valid;
alter table dataset add constraint dataset_format_valid check (case source_format when 'GENERIC_JSONL' then true
    when 'AEGIS_JSONL' then true when 'AEGIS_JSON' then true when 'HH_RLHF_JSONL' then true
    when 'PKU_SAFERLHF_JSONL' then true when 'CSV' then true when 'OPENAI_MODERATION_JSONL' then true
    when 'AILUMINATE_CSV' then true else false end);
