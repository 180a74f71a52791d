-- Model raters and their judgments (module judge). Model raters are kept apart from human raters: they are not
-- users, never annotate, and their judgments live in their own tables. Judgments belong to a campaign (which fixes the
-- items, the taxonomy version or principle set they refer to) and to a batch (one imported file or one live job).
-- Answers are stored in item terms (A = the item's response A) with the order in which the model was shown the pair.
-- Portable SQL for H2 2.4 and PostgreSQL 15; CHECK constraints use CASE (H2 issues #4291, #4308).
create sequence model_rater_id_seq start with 1 increment by 1;
create sequence judgment_batch_id_seq start with 1 increment by 1;
create sequence safety_judgment_id_seq start with 1 increment by 100;

create table model_rater (
    id                      bigint        primary key,
    name                    varchar(200)  not null,
    model_version           varchar(200)  not null,
    provider                varchar(200)  not null,
    prompt_template         varchar(200)  not null,
    prompt_template_version varchar(50)   not null,
    run_date                date,
    decoding                varchar(2000) not null,
    ensemble_members        varchar(4000),
    tie_policy              varchar(16),
    min_valid_votes         integer,
    created_at              timestamp with time zone not null,
    created_by              varchar(64)   not null,
    constraint model_rater_identity unique (name, model_version, prompt_template, prompt_template_version),
    constraint model_rater_tie_policy check (case when tie_policy is null then true when tie_policy = 'SAFE' then true
        when tie_policy = 'UNSAFE' then true when tie_policy = 'NONE' then true else false end),
    constraint model_rater_ensemble check (case when ensemble_members is null then tie_policy is null
        and min_valid_votes is null else tie_policy is not null and min_valid_votes >= 1 end)
);

-- One imported file or one live job. An import is idempotent: the same content for the same campaign, rater and
-- format is recognised by its SHA-256 and not stored twice.
create table judgment_batch (
    id             bigint       primary key,
    campaign_id    bigint       not null,
    rater_id       bigint       not null,
    kind           varchar(16)  not null,
    source_format  varchar(32)  not null,
    file_name      varchar(255) not null,
    content_hash   varchar(64)  not null,
    judgment_count bigint       not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(64)  not null,
    constraint judgment_batch_campaign_fk foreign key (campaign_id) references campaign (id) on delete cascade,
    constraint judgment_batch_rater_fk foreign key (rater_id) references model_rater (id),
    constraint judgment_batch_once unique (campaign_id, rater_id, source_format, content_hash),
    constraint judgment_batch_kind check (case kind when 'SAFETY' then true when 'PAIRWISE' then true
        when 'PRINCIPLE' then true else false end)
);

-- Safety: prompt and response verdicts (either may be absent: a guard may judge only one turn), optional P(unsafe)
-- for each, and the named categories / verdict labels with optional scores in safety_judgment_category.
create table safety_judgment (
    id                bigint      primary key,
    campaign_id       bigint      not null,
    rater_id          bigint      not null,
    item_id           bigint      not null,
    batch_id          bigint      not null,
    presented_order   varchar(8)  not null,
    prompt_verdict    varchar(16),
    response_verdict  varchar(16),
    p_prompt_unsafe   double precision,
    p_response_unsafe double precision,
    constraint safety_judgment_once unique (campaign_id, rater_id, item_id),
    constraint safety_judgment_batch_fk foreign key (batch_id) references judgment_batch (id) on delete cascade,
    constraint safety_judgment_item_fk foreign key (item_id) references item (id) on delete cascade,
    constraint safety_judgment_something check (case when prompt_verdict is null then response_verdict is not null
        else true end),
    constraint safety_judgment_prompt check (case when prompt_verdict is null then true when prompt_verdict = 'SAFE'
        then true when prompt_verdict = 'UNSAFE' then true else false end),
    constraint safety_judgment_response check (case when response_verdict is null then true
        when response_verdict = 'SAFE' then true when response_verdict = 'UNSAFE' then true
        when response_verdict = 'NEEDS_CAUTION' then true else false end),
    constraint safety_judgment_p_prompt check (case when p_prompt_unsafe is null then true
        else p_prompt_unsafe between 0 and 1 end),
    constraint safety_judgment_p_response check (case when p_response_unsafe is null then true
        else p_response_unsafe between 0 and 1 end)
);
create index safety_judgment_batch on safety_judgment (batch_id);

-- kind CATEGORY: a hazard category key of the campaign's taxonomy version; LABEL: a verdict label (needs_caution).
-- named = the model named it; score = a per-category score when the model gave one (named or not).
create table safety_judgment_category (
    judgment_id  bigint       not null,
    entry_kind   varchar(8)   not null,
    entry_key    varchar(100) not null,
    named        boolean      not null,
    score        double precision,
    constraint safety_judgment_category_pk primary key (judgment_id, entry_key),
    constraint safety_judgment_category_fk foreign key (judgment_id) references safety_judgment (id) on delete cascade,
    constraint safety_judgment_category_kind check (case entry_kind when 'CATEGORY' then true when 'LABEL' then true
        else false end)
);

-- Pairwise: per presented order, exactly one form — a choice (A / B / TIE), probabilities P(A), P(B), P(tie), two
-- reward scores, or two log-likelihoods (the last two score each response alone: presented order SINGLE).
create table pairwise_judgment (
    campaign_id     bigint           not null,
    rater_id        bigint           not null,
    item_id         bigint           not null,
    form            varchar(16)      not null,
    presented_order varchar(8)       not null,
    batch_id        bigint           not null,
    choice          varchar(4),
    value_a         double precision,
    value_b         double precision,
    value_tie       double precision,
    constraint pairwise_judgment_pk primary key (campaign_id, rater_id, item_id, form, presented_order),
    constraint pairwise_judgment_batch_fk foreign key (batch_id) references judgment_batch (id) on delete cascade,
    constraint pairwise_judgment_item_fk foreign key (item_id) references item (id) on delete cascade,
    constraint pairwise_judgment_form check (case form
        when 'CHOICE' then choice is not null and value_a is null and value_b is null and value_tie is null
        when 'PROBABILITIES' then choice is null and value_a between 0 and 1 and value_b between 0 and 1
            and (case when value_tie is null then true else value_tie between 0 and 1 end)
        when 'REWARDS' then choice is null and value_a is not null and value_b is not null and value_tie is null
        when 'LOG_LIKELIHOODS' then choice is null and value_a is not null and value_b is not null and value_tie is null
        else false end),
    constraint pairwise_judgment_choice check (case when choice is null then true when choice = 'A' then true
        when choice = 'B' then true when choice = 'TIE' then true else false end),
    constraint pairwise_judgment_order check (case presented_order when 'AB' then true when 'BA' then true
        when 'SINGLE' then true else false end)
);
create index pairwise_judgment_batch on pairwise_judgment (batch_id);

-- Principle-specific (alignment discretion): per item × principle × presented order, P(A), P(B), P(NA) (not
-- renormalised, as the oracle gives them) or a discrete answer A / B / NA. principle_index is the principle's
-- 0-based position in the campaign's principle set. The key is the primary key, so the 1,000,000-row import builds one
-- index only: no foreign keys (H2 would add an index for each); the batch's rows are deleted by key prefix
-- (campaign_id, rater_id) and batch_id when the batch is deleted, and judgments exist only for started campaigns, whose
-- datasets can no longer be deleted.
create table principle_judgment (
    campaign_id     bigint           not null,
    rater_id        bigint           not null,
    item_id         bigint           not null,
    principle_index integer          not null,
    presented_order varchar(8)       not null,
    batch_id        bigint           not null,
    choice          varchar(4),
    p_a             double precision,
    p_b             double precision,
    p_na            double precision,
    constraint principle_judgment_pk primary key (campaign_id, rater_id, item_id, principle_index, presented_order),
    constraint principle_judgment_form check (case when choice is null then p_a between 0 and 1
        and p_b between 0 and 1 and p_na between 0 and 1 else p_a is null and p_b is null and p_na is null end),
    constraint principle_judgment_choice check (case when choice is null then true when choice = 'A' then true
        when choice = 'B' then true when choice = 'NA' then true else false end),
    constraint principle_judgment_order check (case presented_order when 'AB' then true when 'BA' then true
        else false end)
);
