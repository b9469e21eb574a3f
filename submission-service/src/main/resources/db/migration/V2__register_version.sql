-- A stamp that every register change bumps in its own transaction, so that each replica knows when its in-memory
-- index of the register is stale.
create table register_version (
    id      int    primary key check (id = 1),
    version bigint not null
);
insert into register_version (id, version) values (1, 0);
