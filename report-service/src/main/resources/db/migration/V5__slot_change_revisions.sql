-- Incremental rollup inputs (docs/rollups.md, "Computation and freshness"): every slot and obligation status records
-- the period revision of the feed transaction that last wrote it. A feed transaction draws that revision first and
-- holds the period's row lock until it commits, so a reader that sees revision R sees every change at or below R, and
-- a recompute reads only what changed since the revision it read last.
alter table statement_slot add column feed_revision bigint not null default 0;
create index statement_slot_changes on statement_slot (period, feed_revision);
alter table obligation_status add column feed_revision bigint not null default 0;
create index obligation_status_changes on obligation_status (period, feed_revision);
