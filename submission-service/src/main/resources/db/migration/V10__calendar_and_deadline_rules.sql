-- Working-day calendar (D2) and bureaus' branch deadline rules (D3).

-- A year whose holiday schedule an administrator loaded; years without a row fall back to weekends only.
create table calendar_year (
    cal_year    integer      primary key check (cal_year between 1900 and 2999),
    loaded_at   timestamptz  not null default now(),
    loaded_by   varchar(200)
);

-- The exceptions to Monday-Friday: public holidays and make-up workdays (调休) of a loaded year.
create table calendar_day (
    day         date         primary key,
    cal_year    integer      not null references calendar_year (cal_year) on delete cascade,
    kind        varchar(20)  not null check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY')),
    name        varchar(100),
    constraint calendar_day_in_year check (extract(year from day) = cal_year),
    constraint calendar_day_makeup_on_weekend check (kind <> 'MAKEUP_WORKDAY' or extract(isodow from day) in (6, 7))
);

create index calendar_day_year on calendar_day (cal_year);

-- A bureau's due day for one branch report type: due_days calendar days after the period's last day,
-- for periods ending from valid_from to valid_to (inclusive; null = open-ended). Versions never overlap
-- (checked by the service under an advisory lock per bureau and type).
create table branch_deadline_rule (
    id          bigserial    primary key,
    bureau_code varchar(40)  not null,
    report_type varchar(40)  not null check (report_type in ('BRANCH_MONTHLY_NPL', 'BRANCH_QUARTERLY_NPA')),
    due_days    integer      not null check (due_days between 1 and 90),
    valid_from  date         not null,
    valid_to    date,
    created_by  varchar(200),
    created_at  timestamptz  not null default now(),
    constraint branch_deadline_rule_range check (valid_to is null or valid_to >= valid_from),
    constraint branch_deadline_rule_version unique (bureau_code, report_type, valid_from)
);
