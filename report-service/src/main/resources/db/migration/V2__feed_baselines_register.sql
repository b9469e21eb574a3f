-- The bulk feed (docs/feed.md): both baselines of every filing slot, obligation status, register copies per period end.

-- received_at is written from the platform clock, never from the database's.
alter table accepted_statement alter column received_at drop default;

-- One row per (institution, report type, period): the first accepted version (as first reported) and the latest
-- (restated), domain spec section 5. Versions arriving out of order only ever move first down and latest up.
create table statement_slot (
    institution_code varchar(40) not null,
    report_type      varchar(40) not null,
    period           varchar(10) not null,
    submission_id    varchar(40) not null,
    first_version    int         not null,
    first_event_id   uuid        not null references accepted_statement (event_id),
    latest_version   int         not null,
    latest_event_id  uuid        not null references accepted_statement (event_id),
    primary key (period, report_type, institution_code)
);

-- Every event id received on the feed, of any type: a re-sent event is acknowledged and changes nothing.
create table feed_event (
    event_id    uuid        primary key,
    event_type  varchar(40) not null,
    received_at timestamptz not null
);

-- The latest known obligation status per slot: the highest revision wins, whatever the order of arrival.
create table obligation_status (
    institution_code varchar(40) not null,
    report_type      varchar(40) not null,
    period           varchar(10) not null,
    status           varchar(20) not null check (status in ('OPEN', 'SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'OVERDUE', 'WAIVED')),
    due_date         date,
    days_late        int         not null default 0,
    revision         bigint      not null,
    changed_at       timestamptz not null,
    primary key (period, report_type, institution_code)
);

-- What changed when: a period's inputs revision grows with every stored statement or status of that period, so a
-- cached rollup knows it is stale. The register's latest known stamp is kept under period '*'.
create table period_revision (
    period   varchar(10) primary key,
    revision bigint      not null
);
create sequence feed_revision;

-- The register as valid at a period's end, copied from the submission service's export with its version stamp.
create table register_copy (
    as_of            date        primary key,
    register_version bigint      not null,
    fetched_at       timestamptz not null
);
create table register_copy_row (
    as_of           date        not null references register_copy (as_of) on delete cascade,
    code            varchar(40) not null,
    name            varchar(200),
    kind            varchar(30) not null,
    parent_code     varchar(40),
    supervisor_code varchar(40),
    region_code     varchar(6),
    peer_group      varchar(30),
    primary key (as_of, code)
);

-- Statements received before this migration: their event ids and baselines.
insert into feed_event (event_id, event_type, received_at)
    select event_id, 'STATEMENT_ACCEPTED', received_at from accepted_statement;
insert into statement_slot (institution_code, report_type, period, submission_id, first_version, first_event_id,
                            latest_version, latest_event_id)
    select distinct on (period, report_type, institution_code) institution_code, report_type, period, submission_id,
           first_value(version) over w, first_value(event_id) over w,
           last_value(version) over w, last_value(event_id) over w
    from accepted_statement
    window w as (partition by period, report_type, institution_code order by version
                 rows between unbounded preceding and unbounded following);
