-- Analysis and assessment documents (docs/reports.md, R4-R6): every build is kept; a read serves the latest build of
-- (node, period, kind) when its inputs key (the revisions of every period it read and the register's stamp) is current.
-- The document is stored as the JSON text served, so a read does no work beyond fetching it; renderings are kept beside it.
create table analysis_document (
    id           bigserial    primary key,
    node_code    varchar(40)  not null,
    period       varchar(10)  not null,
    kind         varchar(40)  not null,
    inputs_key   varchar(2000) not null,
    provisional  boolean      not null,
    built_at     timestamptz  not null,
    document     text         not null,
    html         text,
    pdf          bytea
);
create index analysis_document_latest on analysis_document (node_code, period, kind, id desc);

-- The headline figures of a node in a period, kept for trend projections (R5) so that a document does not recompute a
-- year of rollups; valid while the period's inputs key is the same.
create table analysis_history (
    node_code   varchar(40)  not null,
    period      varchar(10)  not null,
    inputs_key  varchar(100) not null,
    npl         numeric(20, 2),
    npl_ratio   numeric,
    npa         numeric(20, 2),
    advances    numeric(20, 2),
    primary key (node_code, period)
);
