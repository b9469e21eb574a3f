-- The report service's own copy of accepted filings, fed by the submission service's outbox.
-- The event id makes delivery idempotent: a re-sent event is acknowledged and stored once.
create table accepted_statement (
    event_id         uuid         primary key,
    submission_id    varchar(40)  not null,
    version          int          not null,
    institution_code varchar(40)  not null,
    report_type      varchar(40)  not null,
    period           varchar(10)  not null,
    accepted_at      timestamptz  not null,
    figures          jsonb        not null,
    received_at      timestamptz  not null default now(),
    constraint accepted_statement_version unique (submission_id, version)
);

create index accepted_statement_period on accepted_statement (period, report_type, institution_code);
