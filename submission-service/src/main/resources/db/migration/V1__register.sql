-- The institution register (domain spec section 1). Effective-dated: one row per validity interval of a code.
-- valid_to is the last day the row applies (inclusive); null means open-ended.
create table institution (
    id              bigserial primary key,
    code            varchar(40)  not null,
    name            varchar(200) not null,
    kind            varchar(30)  not null,
    parent_code     varchar(40),
    supervisor_code varchar(40),
    region_code     char(6)      not null,
    peer_group      varchar(20),
    valid_from      date         not null,
    valid_to        date,
    created_at      timestamptz  not null default now(),
    constraint institution_code_from unique (code, valid_from),
    constraint institution_valid_range check (valid_to is null or valid_to >= valid_from),
    constraint institution_code_format check (code ~ '^[A-Z0-9-]{2,40}$')
);

create index institution_parent on institution (parent_code, valid_from);
create index institution_supervisor on institution (supervisor_code, valid_from);
create index institution_region on institution (region_code);
create index institution_kind on institution (kind);
