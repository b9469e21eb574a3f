-- Obligations (D4), the lateness they record (D5, D6) and which periods were generated.

-- One (institution, report type, period). For MAJOR_CHANGE the period is the detection date (YYYY-MM-DD).
-- head_office_code, supervisor_code and bureau_code are the links valid at the period end, kept so that scope and
-- jurisdiction queries use the hierarchy of the period (domain spec section 1) and need no tree walk.
create table obligation (
    id               bigserial    primary key,
    institution_code varchar(40)  not null,
    report_type      varchar(40)  not null check (report_type in ('BANK_MONTHLY_NPL', 'BANK_QUARTERLY_NPA', 'BANK_ANNUAL_NPA',
                         'BUREAU_MONTHLY_NPL', 'BUREAU_QUARTERLY_ASSESSMENT', 'BUREAU_ANNUAL_ASSESSMENT',
                         'BRANCH_MONTHLY_NPL', 'BRANCH_QUARTERLY_NPA', 'MAJOR_CHANGE')),
    period           varchar(10)  not null,
    period_end       date         not null,
    head_office_code varchar(40),
    supervisor_code  varchar(40),
    bureau_code      varchar(40),
    nominal_date     date         not null,
    due_date         date         not null,
    late_from        timestamptz  not null,
    deadline_source  varchar(20)  not null check (deadline_source in ('ART_18', 'BUREAU_RULE', 'MAJOR_CHANGE')),
    status           varchar(20)  not null default 'OPEN'
                         check (status in ('OPEN', 'SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'OVERDUE', 'WAIVED')),
    days_late        integer      not null default 0 check (days_late >= 0),
    first_filed_at   timestamptz,
    first_version    integer,
    reason           varchar(500),
    waived_by        varchar(200),
    waiver_reason    varchar(500),
    waived_at        timestamptz,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint obligation_key unique (institution_code, report_type, period),
    constraint obligation_due check (due_date >= nominal_date),
    constraint obligation_days check ((status in ('SUBMITTED_LATE', 'OVERDUE')) = (days_late > 0)),
    constraint obligation_waiver check (status <> 'WAIVED' or (waived_at is not null and waiver_reason is not null))
);

-- The overdue job reads only open obligations whose deadline passed.
create index obligation_open_late_from on obligation (late_from) where status = 'OPEN';
create index obligation_period_supervisor on obligation (period, supervisor_code, status);
create index obligation_head_office on obligation (head_office_code, period_end);
create index obligation_period_end on obligation (period_end, institution_code);

-- Each lateness once: an original filed late, an amendment filed late (its version), or the obligation becoming
-- overdue (version 0). The unique key makes the overdue job and repeated filing calls idempotent.
create table obligation_lateness (
    id            bigserial    primary key,
    obligation_id bigint       not null references obligation (id) on delete cascade,
    kind          varchar(20)  not null check (kind in ('ORIGINAL_LATE', 'AMENDMENT_LATE', 'OVERDUE')),
    days_late     integer      not null check (days_late >= 1),
    version       integer      not null default 0 check (version >= 0),
    recorded_at   timestamptz  not null,
    constraint obligation_lateness_once unique (obligation_id, kind, version)
);

-- Periods for which obligations were generated, so the daily job does the work once per period.
create table obligation_generation (
    period        varchar(10)  primary key,
    generated_at  timestamptz  not null default now(),
    planned       integer      not null,
    created       integer      not null
);
