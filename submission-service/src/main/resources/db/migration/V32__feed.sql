-- The feed to the report service (docs/feed.md).

-- Every OBLIGATION_STATUS event takes the next number: the report service keeps, per obligation, the status with the
-- highest revision, so events that arrive out of order or twice leave the latest status in place.
create sequence obligation_revision;

-- The relay claims due events oldest first, up to 500 at a time: walking this index in created_at order finds them
-- without sorting every pending row (a generated period adds one event per obligation at once).
create index outbox_pending_created on outbox (created_at) where delivered_at is null;
