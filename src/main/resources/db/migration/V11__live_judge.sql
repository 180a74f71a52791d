-- Live judging against OpenAI-compatible chat-completions endpoints (module judge).
-- An endpoint's API key is either the name of an environment variable (api_key_env) or stored encrypted
-- (AES-256-GCM, key outside the database: api_key_cipher); it is never returned to a screen.
create sequence judge_endpoint_id_seq start with 1 increment by 1;
create sequence judge_job_id_seq start with 1 increment by 1;

create table judge_endpoint (
    id             bigint        primary key,
    name           varchar(200)  not null,
    base_url       varchar(2000) not null,
    model          varchar(200)  not null,
    provider       varchar(200)  not null,
    api_key_env    varchar(200),
    api_key_cipher varchar(2000),
    created_at     timestamp with time zone not null,
    created_by     varchar(64)   not null,
    constraint judge_endpoint_name unique (name),
    constraint judge_endpoint_one_key check (case when api_key_env is null then true
        else api_key_cipher is null end)
);

-- A job: one template over the campaign's items (× principles), with its limits and budget. claimed_by /
-- lease_until: the instance running it holds a renewed lease, so with several instances each job runs once, and a
-- job whose instance died is taken over when its lease has expired.
create table judge_job (
    id              bigint        primary key,
    campaign_id     bigint        not null,
    endpoint_id     bigint        not null,
    rater_id        bigint        not null,
    batch_id        bigint        not null,
    template_key    varchar(100)  not null,
    template_version varchar(50)  not null,
    settings        varchar(4000) not null,
    status          varchar(16)   not null,
    status_reason   varchar(2000),
    units_total     bigint        not null,
    calls_total     bigint        not null,
    calls_sent      bigint        not null,
    tokens_used     bigint        not null,
    budget_calls    bigint        not null,
    budget_tokens   bigint        not null,
    claimed_by      varchar(100),
    lease_until     timestamp with time zone,
    created_at      timestamp with time zone not null,
    created_by      varchar(64)   not null,
    finished_at     timestamp with time zone,
    version         bigint        not null,
    constraint judge_job_campaign_fk foreign key (campaign_id) references campaign (id),
    constraint judge_job_endpoint_fk foreign key (endpoint_id) references judge_endpoint (id),
    constraint judge_job_rater_fk foreign key (rater_id) references model_rater (id),
    constraint judge_job_batch_fk foreign key (batch_id) references judgment_batch (id) on delete cascade,
    constraint judge_job_status check (case status when 'QUEUED' then true when 'RUNNING' then true
        when 'CANCELLED' then true when 'DONE' then true when 'BUDGET' then true when 'FAILED' then true
        else false end),
    constraint judge_job_budget check (budget_calls >= 0 and budget_tokens >= 0 and calls_sent >= 0
        and tokens_used >= 0)
);

-- One unit of work: an item (safety: prompt call, then response call; pairwise: order AB, then BA) or an item ×
-- principle. done = every call of the unit has a final answer and the judgment is stored.
create table judge_unit (
    job_id          bigint  not null,
    unit_index      integer not null,
    item_id         bigint  not null,
    principle_index integer not null,
    done            boolean not null,
    constraint judge_unit_pk primary key (job_id, unit_index),
    constraint judge_unit_job_fk foreign key (job_id) references judge_job (id) on delete cascade
);

-- One call's final outcome, stored as it arrives: ANSWERED (parsed), UNPARSEABLE (the raw answer is kept, nothing is
-- guessed) or FAILED (every attempt failed; resuming the job tries it again). answer is the model's raw text;
-- parsed what it means in presented terms (safety: SAFE, or UNSAFE and category keys; A / B / NEITHER); p_unsafe the
-- first verdict token's P(unsafe); p_a, p_b, p_neither the top-token probabilities of "A", "B" and "NA".
create table judge_call (
    job_id            bigint        not null,
    unit_index        integer       not null,
    call_index        integer       not null,
    outcome           varchar(16)   not null,
    answer            varchar(20000),
    parsed            varchar(4000),
    p_unsafe          double precision,
    p_a               double precision,
    p_b               double precision,
    p_neither         double precision,
    attempts          integer       not null,
    prompt_tokens     integer,
    completion_tokens integer,
    latency_ms        bigint        not null,
    cause             varchar(2000),
    finished_at       timestamp with time zone not null,
    constraint judge_call_pk primary key (job_id, unit_index, call_index),
    constraint judge_call_unit_fk foreign key (job_id, unit_index) references judge_unit (job_id, unit_index)
        on delete cascade,
    constraint judge_call_outcome check (case outcome when 'ANSWERED' then true when 'UNPARSEABLE' then true
        when 'FAILED' then true else false end)
);

-- Every failed attempt with its cause (HTTP status, time-out, dropped connection, malformed JSON), kept for the screen.
create table judge_attempt_failure (
    id          bigint        generated by default as identity primary key,
    job_id      bigint        not null,
    unit_index  integer       not null,
    call_index  integer       not null,
    attempt     integer       not null,
    http_status integer,
    cause       varchar(2000) not null,
    occurred_at timestamp with time zone not null,
    constraint judge_attempt_failure_unit_fk foreign key (job_id, unit_index) references judge_unit (job_id, unit_index)
        on delete cascade
);
