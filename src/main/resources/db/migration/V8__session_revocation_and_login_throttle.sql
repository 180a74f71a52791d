-- Revocable sessions and login throttling shared by every instance. Portable SQL for H2 2.4 and PostgreSQL.
--   * app_user.access_version: raised whenever what a user may do changes (roles, enabled, password). A signed-in
--     session remembers the value it started with; a request whose session holds an older value ends that session.
--   * login_throttle: failed sign-ins per key ('account:<name>', 'pair:<name>@<address>', 'address:<address>',
--     'reauth:<name>'), counted while failures are less than a window apart; the delay before the next attempt is
--     computed from the count and the last failure. Rows older than the window are deleted.
alter table app_user add column access_version bigint default 0 not null;

create table login_throttle (
    throttle_key    varchar(400) not null,
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    constraint login_throttle_pk primary key (throttle_key),
    constraint login_throttle_failures_positive check (failures > 0)
);
create index login_throttle_last_failure on login_throttle (last_failure_at);
