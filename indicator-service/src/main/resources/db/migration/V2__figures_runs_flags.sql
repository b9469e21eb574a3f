-- Figures intake, assessment runs, supervisor flags (K4) and progress-degree weights (issue 12, domain spec 6-7).
-- Amounts are numeric(20,2): exact, at most 2 fraction digits, below 10^16 (V1) with room for sums.

-- One intake: the figures of every node for one period at one figure version. Loads are never changed or deleted:
-- runs refer to them. The highest figure version of a period is its current one.
create table figure_load (
    id             bigserial    primary key,
    period         varchar(7)   not null,            -- 2026-10, 2026-Q3 or 2026
    period_end     date         not null,            -- to order periods of different kinds
    figure_version int          not null check (figure_version > 0),
    content_sha256 char(64)     not null,            -- of the body's bytes: the same version may only be re-sent as is
    node_count     int          not null,
    restated_count int          not null,
    exposure_count int          not null,
    received_at    timestamptz  not null,
    received_by    varchar(200) not null,
    unique (period, figure_version)
);

-- The nodes of a load with their links (the hierarchy valid at the period end) and their figures on both bases.
-- A section's columns are all null when the node's figures do not carry it; restated = false means the restated
-- figures are the first-reported ones (no filing behind the node was amended), and the r_ columns are null.
create table figure_node (
    load_id          bigint      not null references figure_load (id),
    code             varchar(40) not null,
    kind             varchar(24) not null,
    parent_code      varchar(40),
    supervisor_code  varchar(40),
    head_office_code varchar(40),
    peer_group       varchar(20),
    region_code      varchar(6),
    f_total_loans    numeric(20,2), f_npl numeric(20,2), f_cash numeric(20,2), f_cash_ytd numeric(20,2),
    f_nc_total       numeric(20,2), f_nc_npa numeric(20,2), f_nc_loss numeric(20,2),
    f_obs_balance    numeric(20,2), f_obs_advances numeric(20,2),
    restated         boolean     not null,
    r_total_loans    numeric(20,2), r_npl numeric(20,2), r_cash numeric(20,2), r_cash_ytd numeric(20,2),
    r_nc_total       numeric(20,2), r_nc_npa numeric(20,2), r_nc_loss numeric(20,2),
    r_obs_balance    numeric(20,2), r_obs_advances numeric(20,2),
    primary key (load_id, code)
);
-- A bank's units, a bureau's jurisdiction.
create index figure_node_head_office on figure_node (load_id, head_office_code);
create index figure_node_supervisor on figure_node (load_id, supervisor_code);

-- Client exposures of a load (as restated: the latest accepted version of each filing), one line per filer and client.
create table client_exposure (
    load_id      bigint        not null references figure_load (id),
    filer_code   varchar(40)   not null,
    client_code  char(18)      not null,
    name         varchar(200),
    group_id     varchar(40),
    loan_balance numeric(20,2) not null,
    npl_balance  numeric(20,2) not null,
    primary key (load_id, filer_code, client_code)
);

-- Supervisors' flags (K4). Never deleted: lifting sets the lifted_ columns, so the history stays readable.
-- regulator_path: the regulators above the unit when it was flagged (its supervisor first), for scoping reads.
create table supervisor_flag (
    id             bigserial    primary key,
    unit_code      varchar(40)  not null,
    reason         varchar(500) not null,
    flagged_on     date         not null,
    regulator_path text[]       not null,
    set_by         varchar(200) not null,
    set_by_inst    varchar(40),
    set_at         timestamptz  not null,
    lifted_at      timestamptz,
    lifted_by      varchar(200),
    lift_reason    varchar(500)
);
create index supervisor_flag_unit on supervisor_flag (unit_code);

-- A regulator's weights of I1, I2, I4 and I7 in the progress degree; without a row the weights are equal.
create table progress_weights (
    regulator_code varchar(40)   primary key,
    w_i1           numeric(10,4) not null check (w_i1 >= 0),
    w_i2           numeric(10,4) not null check (w_i2 >= 0),
    w_i4           numeric(10,4) not null check (w_i4 >= 0),
    w_i7           numeric(10,4) not null check (w_i7 >= 0),
    set_by         varchar(200)  not null,
    set_at         timestamptz   not null
);

-- An assessment run: what it was computed from (inputs, formulas, weights, method, the instant its K4 flags were read)
-- and fingerprints of what it computed. A run is never changed; publishing only marks it.
create table assessment_run (
    id              bigserial    primary key,
    period          varchar(7)   not null,
    regulator_code  varchar(40)  not null,
    status          varchar(10)  not null check (status in ('COMPUTED', 'PUBLISHED')),
    formulas        jsonb        not null,   -- [{"indicator":"I6","formulaId":"I6'","version":1,"chosen":true}, ...]
    weights         jsonb        not null,   -- {"I1":1,"I2":1,"I4":1,"I7":1}
    quantile_method varchar(40)  not null,
    flags_as_of     timestamptz  not null,
    classes         varchar(40)  not null,   -- asset classes carried at t, e.g. LOAN
    node_count      int          not null,
    value_count     bigint       not null,
    fingerprint     char(16)     not null,   -- of every value computed (recomputing must give the same)
    results_sha256  char(64)     not null,   -- of the stored results (peer statistics, ranks, key lists)
    compute_millis  int          not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    published_at    timestamptz,
    published_by    varchar(200)
);
create index assessment_run_period on assessment_run (period, regulator_code, id);

-- The loads a run read: t, previous period, beginning of year, same period last year, beginning of last year.
create table run_input (
    run_id         bigint      not null references assessment_run (id),
    slot           varchar(24) not null,
    period         varchar(7)  not null,
    load_id        bigint      not null references figure_load (id),
    figure_version int         not null,
    primary key (run_id, slot)
);

-- The K4 flags in force when the run was computed.
create table run_flag (
    run_id  bigint not null references assessment_run (id),
    flag_id bigint not null references supervisor_flag (id),
    primary key (run_id, flag_id)
);

-- Peer statistics of every universe (peer group x level) and column; comparison_base '' for formulas without one.
create table run_peer_stat (
    run_id            bigint      not null references assessment_run (id),
    basis             varchar(20) not null,
    peer_group        varchar(20) not null,
    kind              varchar(24) not null,
    formula_id        varchar(4)  not null,
    asset_class       varchar(10) not null,
    comparison_base   varchar(16) not null,
    member_count      int         not null,
    observation_count int         not null,
    aggregate_value   numeric,
    aggregate_reason  varchar(30),
    body              jsonb       not null,
    primary key (run_id, basis, peer_group, kind, formula_id, asset_class, comparison_base)
);

-- Ranks of every ranked unit on the six rankings, one row per universe (peer group x level): the members in code order
-- (one code per line) and, per member, twelve big-endian int32 ranks: I1, I2 and I4 against the previous period and the
-- beginning of the year, I7, as first reported, then the same restated; 0 = not ranked. One row per universe instead of
-- one per unit: a national run stores 40 rows, not 235,000.
create table run_rank (
    run_id       bigint      not null references assessment_run (id),
    peer_group   varchar(20) not null,
    kind         varchar(24) not null,
    member_count int         not null,
    codes        text        not null,
    ranks        bytea       not null,
    primary key (run_id, peer_group, kind)
);

-- K1-K7 of every regulator in the run's scope at the default level (other levels are computed on request). The body is
-- JSON kept as text: it is only ever read whole, and a national run's lists (K2 lists every unit whose NPL rose) would
-- cost PostgreSQL seconds to parse into jsonb.
create table run_key_list (
    run_id          bigint      not null references assessment_run (id),
    regulator_code  varchar(40) not null,
    level           varchar(20) not null,
    units_considered int        not null,
    body            text        not null,
    primary key (run_id, regulator_code, level)
);
-- Stored out of line without compression: written once per run and read whole, so compressing costs more than it saves.
alter table run_key_list alter column body set storage external;
