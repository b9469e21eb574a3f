-- A compact snapshot of each load (issue 12, speed; docs/indicators.md "Load snapshots"): every node's code, links and
-- figures on both bases in one binary value, in code order, written by the intake in the load's own transaction. An
-- assessment run reads the snapshots of its loads instead of COPYing their rows as text (numeric to text for 19
-- columns of 235,000 rows a load was most of PostgreSQL's CPU in a run). Loads stored before this migration have none;
-- a run reading such a load reads figure_node as before. format: the snapshot's layout version, so a later layout can
-- sit beside this one.
create table figure_snapshot (
    load_id    bigint primary key references figure_load (id),
    format     int    not null,
    node_count int    not null,
    bytes      bytea  not null
);
-- Stored out of line without compression: written once, read whole, and its varint-packed bytes compress little.
alter table figure_snapshot alter column bytes set storage external;
