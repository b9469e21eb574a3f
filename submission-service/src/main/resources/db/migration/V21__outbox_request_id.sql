-- The request id of the filing that produced an event, so that the relay passes it on to the report service.
alter table outbox add column request_id varchar(64);
