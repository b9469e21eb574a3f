-- The formula registry (domain spec section 6): every indicator formula with its version, article and definition.
create table formula (
    id          varchar(10)  primary key,   -- e.g. I5, I5'
    indicator   varchar(4)   not null,      -- the indicator it computes, e.g. I5
    version     int          not null,
    name        varchar(100) not null,
    article     varchar(40)  not null,
    definition  text         not null,
    is_default  boolean      not null,
    asset_classes varchar(40) not null
);

-- A regulator's choice of variant per indicator; without a row the default applies.
create table formula_choice (
    regulator_code varchar(40) not null,
    indicator      varchar(4)  not null,
    formula_id     varchar(10) not null references formula (id),
    chosen_by      varchar(200) not null,
    chosen_at      timestamptz not null default now(),
    primary key (regulator_code, indicator)
);

insert into formula (id, indicator, version, name, article, definition, is_default, asset_classes) values
 ('I1',  'I1', 1, 'ratio', 'Art. 12', 'bad(t) / base(t)', true, 'LOAN,NON_CREDIT,OBS'),
 ('I2',  'I2', 1, 'ratio change', 'Art. 12', 'ratio(t) - ratio(b), in percentage points', true, 'LOAN,NON_CREDIT,OBS'),
 ('I3',  'I3', 1, 'balance change', 'Art. 12', 'bad(t) - bad(b), in yuan', true, 'LOAN,NON_CREDIT,OBS'),
 ('I4',  'I4', 1, 'balance change rate', 'Art. 12', '(bad(t) - bad(b)) / bad(b); undefined when bad(b) = 0', true, 'LOAN,NON_CREDIT,OBS'),
 ('I5',  'I5', 1, 'balance change extent (变化幅度)', 'Art. 12', 'balance change rate of the unit - balance change rate of its peer group aggregate (pp)', true, 'LOAN,NON_CREDIT,OBS'),
 ('I5''', 'I5', 1, 'balance change extent, base-relative', 'Art. 12', '(bad(t) - bad(b)) / base(t): the part of the ratio change caused by the bad balance rather than by the base', false, 'LOAN,NON_CREDIT,OBS'),
 ('I6',  'I6', 1, 'ratio change extent', 'Art. 12', 'ratio change of the unit - ratio change of its peer group aggregate (pp)', true, 'LOAN,NON_CREDIT,OBS'),
 ('I6''', 'I6', 1, 'ratio change extent, relative', 'Art. 12', '(ratio(t) - ratio(b)) / ratio(b): relative change of the ratio', false, 'LOAN,NON_CREDIT,OBS'),
 ('I7',  'I7', 1, 'cash-collection progress rate (现金清收进步率)', 'Art. 12, 13', 'cash collected year-to-date(t) / NPL at beginning of year, minus the same quantity for the same period of the previous year', true, 'LOAN'),
 ('I7''', 'I7', 1, 'cash-collection progress rate, growth', 'Art. 12, 13', '(cash YTD(t) - cash YTD same period last year) / cash YTD same period last year', false, 'LOAN'),
 ('I8',  'I8', 1, 'estimated loss ratio', 'Art. 13', 'estimated losses(t) / total non-credit assets(t)', true, 'NON_CREDIT');
