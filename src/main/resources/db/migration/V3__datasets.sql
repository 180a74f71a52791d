-- Datasets and their items: exchanges (turns) and pairs (context turns + responses A and B), with the reference
-- judgments that came with the source file (e.g. Aegis 2.0's own labels). Portable SQL: runs unchanged on H2 2.4 and
-- PostgreSQL 15. Content is `text` (H2 2.4: CHARACTER VARYING up to 10^9 characters; PostgreSQL: unlimited text).
-- Ids come from sequences so the importer can insert items in JDBC batches; item ids are taken in blocks of 1000.
-- CHECK constraints use CASE, not IN (...) or OR: H2 2.4.240 fails "IN"/"OR" checks once the session that created
-- them has closed ("Check constraint invalid ... The database has been closed", h2database issues #4291, #4308).
create sequence dataset_id_seq start with 1 increment by 1;
create sequence item_id_seq start with 1 increment by 1000;

create table dataset (
    id             bigint       primary key,
    name           varchar(200) not null,
    source_format  varchar(32)  not null,
    source_file    varchar(255) not null,
    content_hash   varchar(64)  not null,
    item_count     bigint       not null,
    exchange_count bigint       not null,
    pair_count     bigint       not null,
    in_use         boolean      not null,
    imported_at    timestamp with time zone not null,
    imported_by    varchar(64)  not null,
    constraint dataset_name_unique unique (name),
    constraint dataset_format_valid check (case source_format when 'GENERIC_JSONL' then true when 'AEGIS_JSONL'
        then true when 'AEGIS_JSON' then true when 'HH_RLHF_JSONL' then true when 'PKU_SAFERLHF_JSONL' then true
        when 'CSV' then true else false end)
);

create table item (
    id              bigint       primary key,
    dataset_id      bigint       not null,
    external_id     varchar(255) not null,
    kind            varchar(16)  not null,
    source_line     bigint       not null,
    source_metadata text,
    constraint item_dataset_fk foreign key (dataset_id) references dataset (id) on delete cascade,
    constraint item_external_id_unique unique (dataset_id, external_id),
    constraint item_kind_valid check (case kind when 'EXCHANGE' then true when 'PAIR' then true else false end)
);
create index item_dataset_line on item (dataset_id, source_line);

-- Turns of an exchange or of a pair's context (part TURN), and a pair's two responses (RESPONSE_A, RESPONSE_B).
create table item_turn (
    item_id    bigint      not null,
    turn_index integer     not null,
    part       varchar(16) not null,
    turn_role  varchar(16) not null,
    content    text        not null,
    constraint item_turn_pk primary key (item_id, turn_index),
    constraint item_turn_item_fk foreign key (item_id) references item (id) on delete cascade,
    constraint item_turn_part_valid check (case part when 'TURN' then true when 'RESPONSE_A' then true
        when 'RESPONSE_B' then true else false end),
    constraint item_turn_role_valid check (case turn_role when 'USER' then true when 'ASSISTANT' then true
        when 'SYSTEM' then true else false end)
);

-- A named reference judgment from the source (judgment 'aegis-2.0', field 'category', label_value 'violence').
-- Not an annotation; never shown to annotators.
create table item_reference_label (
    item_id     bigint        not null,
    label_index integer       not null,
    judgment    varchar(100)  not null,
    label_field varchar(64)   not null,
    label_value varchar(1000) not null,
    constraint item_reference_label_pk primary key (item_id, label_index),
    constraint item_reference_label_item_fk foreign key (item_id) references item (id) on delete cascade
);
