-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1.1, written
-- once for H2 and PostgreSQL; docs/decisions/017-run-mails-and-module-events.md). An event for an
-- @ApplicationModuleListener gets a row here in the transaction that publishes it; the row goes once the
-- listener has succeeded (completion mode DELETE), so what stays is what did not complete.
-- The jar's own schemas differ only in types: H2 TIMESTAMP(9)/VARCHAR(4000), PostgreSQL TEXT and a hash
-- index on the serialized event; here the types both databases share. The events are small records of ids.
create table event_publication (
    id                     uuid not null,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_by_listener_id_idx on event_publication (listener_id);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
