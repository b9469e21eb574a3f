-- The feed of rolled-up figures to the indicator service (docs/rollups.md): a row per period and figure version,
-- written in the same transaction as the inputs that changed the period's rollups, delivered by FiguresRelay until the
-- indicator service acknowledges it. A newer version of a period supersedes the older ones still pending.
create table figures_outbox (
    period          varchar(10)  not null,
    figure_version  bigint       not null,
    created_at      timestamptz  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    delivered_at    timestamptz,
    last_error      varchar(500),
    primary key (period, figure_version)
);
create index figures_outbox_pending on figures_outbox (next_attempt_at) where delivered_at is null;
