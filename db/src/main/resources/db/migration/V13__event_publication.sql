-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1, schema v2 for PostgreSQL, as its
-- schemas/v2/schema-postgresql.sql): one row per (event, module listener), written in the transaction that
-- publishes the event (a verdict and its SubmissionJudged commit together) and deleted once the listener has
-- finished. A row still here after a crash is delivered again at the next start (and every minute while the app
-- runs), so boards and contests miss no verdict. Listeners apply an event idempotently.
-- Only the main table: the archive table is used by the "archive" completion mode, which we do not use.
create table if not exists event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);

create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
