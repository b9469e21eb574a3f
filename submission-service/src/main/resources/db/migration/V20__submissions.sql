-- Report intake (domain spec sections 4 and 5): submissions, their immutable versions, quality findings,
-- explanations, the audit trail and the transactional outbox feeding the report service.

-- One obligation slot: (institution, report type, period). bank_path and regulator_path freeze, at the period's
-- end, the filer's place in the bank tree (itself and its ancestors) and in the supervisory tree (its supervisor
-- and the regulators above), so that scoped reads need no recursive query.
create table submission (
    id               uuid         primary key,
    institution_code varchar(40)  not null,
    report_type      varchar(40)  not null,
    period           varchar(10)  not null,
    scope_date       date         not null,
    bank_path        text[]       not null,
    regulator_path   text[]       not null,
    created_at       timestamptz  not null default now(),
    latest_version   integer      not null default 0,
    constraint submission_slot unique (institution_code, report_type, period)
);
create index submission_bank_path on submission using gin (bank_path);
create index submission_regulator_path on submission using gin (regulator_path);
create index submission_period on submission (period, institution_code);

-- A version is never overwritten (Art. 17). Only accepted versions are stored: nothing of a rejected report is kept.
create table submission_version (
    submission_id      uuid          not null references submission (id),
    version            integer       not null check (version >= 1),
    body               jsonb         not null,
    total_loans        numeric(20,2),
    npl                numeric(20,2),
    non_credit_assets  numeric(20,2),
    non_credit_npa     numeric(20,2),
    estimated_loss     numeric(20,2),
    obs_outstanding    numeric(20,2),
    obs_advances       numeric(20,2),
    verdict_at_receipt varchar(30)   not null check (verdict_at_receipt in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')),
    verdict            varchar(30)   not null check (verdict in ('ACCEPTED', 'ACCEPTED_WITH_WARNINGS')),
    received_at        timestamptz   not null,
    amendment_reason   varchar(2000),
    major_adjustment   boolean       not null default false,
    submitted_by       varchar(200)  not null,
    request_id         varchar(64),
    idempotency_key    varchar(200),
    body_hash          char(64)      not null,
    due_date           date,
    deadline_status    varchar(20)   check (deadline_status in ('ON_TIME', 'LATE')),
    days_late          integer,
    primary key (submission_id, version),
    constraint submission_version_reason check (version = 1 or amendment_reason is not null),
    -- the same key from the same caller can only ever have stored one version
    constraint submission_version_idempotency unique (submitted_by, idempotency_key)
);

-- Quality findings (Q1-Q6) of a version, in the order the rules produced them.
create table quality_finding (
    submission_id uuid          not null,
    version       integer       not null,
    seq           integer       not null,
    rule          varchar(10)   not null,
    path          varchar(300)  not null,
    message       varchar(2000) not null,
    figures       jsonb         not null,
    primary key (submission_id, version, seq),
    foreign key (submission_id, version) references submission_version (submission_id, version)
);

-- A filer's explanation of a finding, kept with the rule, path, figures and the version it answers.
create table explanation (
    submission_id uuid           not null,
    version       integer        not null,
    rule          varchar(10)    not null,
    path          varchar(300)   not null,
    figures       jsonb          not null,
    text          varchar(20000) not null,
    given_by      varchar(200)   not null,
    given_at      timestamptz    not null,
    primary key (submission_id, version, rule, path),
    foreign key (submission_id, version) references submission_version (submission_id, version)
);

-- Who did what, when, under which request id.
create table audit_event (
    id               bigserial    primary key,
    occurred_at      timestamptz  not null,
    actor            varchar(200) not null,
    action           varchar(40)  not null,
    institution_code varchar(40)  not null,
    submission_id    uuid         references submission (id),
    version          integer,
    request_id       varchar(64),
    detail           varchar(2000)
);
create index audit_event_institution on audit_event (institution_code, occurred_at);
create index audit_event_submission on audit_event (submission_id);

-- Notifications written in the same transaction as the fact they announce; a relay delivers them until acknowledged.
create table outbox (
    id              uuid         primary key,
    event_type      varchar(60)  not null,
    payload         jsonb        not null,
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    delivered_at    timestamptz,
    last_error      varchar(500)
);
create index outbox_pending on outbox (next_attempt_at) where delivered_at is null;
