-- Dead letters (docs/reliability.md, "Dead letters"): figures the indicator service refuses for good (a permanent 4xx)
-- are parked with its reason, never claimed again until an operator requeues the period after a fix. A newer figure
-- version of the period is still sent; once delivered it settles the parked older ones (delivered_at set).
alter table figures_outbox
    add column dead_at     timestamptz,
    add column dead_status integer,
    add column dead_title  varchar(200),
    add column dead_detail varchar(1000),
    add column dead_rules  varchar(300);
create index figures_outbox_dead on figures_outbox (dead_at) where dead_at is not null and delivered_at is null;
