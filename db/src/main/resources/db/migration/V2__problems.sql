-- The catalog: one row per problem of the problem bank, refreshed from the bank at every start.

create table problems (
    slug         varchar(80)  primary key,
    kind         varchar(20)  not null check (kind in ('coding', 'conceptual', 'case-study', 'system-design')),
    title        varchar(200) not null,
    difficulty   varchar(10)  not null check (difficulty in ('easy', 'medium', 'hard')),
    topics       text[]       not null default '{}',
    source       text         not null default '',
    statement    text         not null,
    content_hash varchar(64)  not null,
    updated_at   timestamptz  not null default now(),
    -- Written with the row (title A, topics B, statement C); array_to_string is not immutable, so this
    -- cannot be a generated column.
    search       tsvector     not null
);

create index problems_search_idx on problems using gin (search);
create index problems_kind_difficulty_idx on problems (kind, difficulty);
