-- An event about a stored version names it instead of copying its filing: the relay joins the (immutable) version
-- and places its body under figures.filing when it sends the event. Older rows keep the filing in their payload.
alter table outbox add column submission_id uuid, add column version integer;
alter table outbox add constraint outbox_version foreign key (submission_id, version) references submission_version (submission_id, version);
