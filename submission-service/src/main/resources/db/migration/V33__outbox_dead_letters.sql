-- Dead letters (docs/reliability.md, "Dead letters"): an event the report service refuses for good (a permanent 4xx,
-- or a REJECTED result of its own) is parked here, never claimed again, until an operator requeues it after a fix.
-- The reason is kept as the receiver gave it: the HTTP status of the call, its problem+json title and detail (or the
-- event's result and errors), and the rule ids named.
alter table outbox
    add column dead_at     timestamptz,
    add column dead_status integer,
    add column dead_title  varchar(200),
    add column dead_detail varchar(1000),
    add column dead_rules  varchar(300);
create index outbox_dead on outbox (dead_at, id) where dead_at is not null;
