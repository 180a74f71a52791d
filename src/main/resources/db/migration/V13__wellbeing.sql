-- Evidence-based wellbeing (module assignment, settings in campaign, declared warnings in dataset): exposure control
-- instead of blurring alone. Portable SQL for H2 2.4 and PostgreSQL 15; CHECKs use CASE (see V3).

-- The campaign's wellbeing settings: categories its annotators may opt out of, a per-annotator per-category daily
-- exposure cap (each sensitive category counted separately), enforced breaks, and where content notices come from.
alter table campaign add column opt_out_categories varchar(4000);
alter table campaign add column category_daily_cap integer;
alter table campaign add column enforced_break_minutes integer;
alter table campaign add column break_length_minutes integer default 10 not null;
alter table campaign add column notice_source varchar(16) default 'REFERENCE_LABELS' not null;
alter table campaign add constraint campaign_notice_source check (case notice_source when 'REFERENCE_LABELS' then true
    when 'MODEL_JUDGMENTS' then true when 'DECLARED' then true else false end);
alter table campaign add constraint campaign_category_cap check (case when category_daily_cap is null then true
    when category_daily_cap > 0 then true else false end);

-- What a dataset declares it contains (free text or category keys, comma-separated), e.g. from its dataset card.
alter table dataset add column content_warnings varchar(4000);

-- The taxonomy categories each pool item falls in, by source: REFERENCE (the dataset's reference labels, resolved
-- through the campaign's taxonomy) or MODEL (categories a model judgment named). Filled when the pool is built and
-- whenever safety judgments are stored; read by the candidate search (opt-outs, caps) and the exposure log.
create table campaign_item_category (
    campaign_id  bigint       not null,
    item_id      bigint       not null,
    category_key varchar(100) not null,
    source       varchar(16)  not null,
    constraint campaign_item_category_pk primary key (campaign_id, item_id, category_key, source),
    constraint campaign_item_category_item_fk foreign key (campaign_id, item_id)
        references campaign_item (campaign_id, item_id) on delete cascade,
    constraint campaign_item_category_source check (case source when 'REFERENCE' then true when 'MODEL' then true
        else false end)
);
create index campaign_item_category_by_key on campaign_item_category (campaign_id, category_key, item_id);

-- Categories an annotator opted out of in a campaign (only among those the campaign allows). Private to the annotator:
-- admins see counts only.
create table annotator_opt_out (
    campaign_id  bigint       not null,
    annotator_id bigint       not null,
    category_key varchar(100) not null,
    constraint annotator_opt_out_pk primary key (campaign_id, annotator_id, category_key),
    constraint annotator_opt_out_campaign_fk foreign key (campaign_id) references campaign (id) on delete cascade,
    constraint annotator_opt_out_annotator_fk foreign key (annotator_id) references app_user (id)
);

-- RETURNED: the annotator gave the item back without penalty (not a skip; never handed to them again).
alter table assignment drop constraint assignment_state;
alter table assignment add constraint assignment_state check (case state when 'LEASED' then true
    when 'COMPLETED' then true when 'SKIPPED' then true when 'EXPIRED' then true when 'RETURNED' then true
    else false end);
-- the exposure log and the caps count an annotator's items by the day they were shown
create index assignment_by_annotator_day on assignment (campaign_id, annotator_id, leased_at);
