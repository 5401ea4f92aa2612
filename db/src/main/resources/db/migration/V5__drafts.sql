-- The editor's latest text per user and problem, so a draft follows its author to another browser.

create table drafts (
    user_id      bigint      not null references users (id) on delete cascade,
    problem_slug varchar(80) not null references problems (slug),
    source       text        not null,
    updated_at   timestamptz not null default now(),
    primary key (user_id, problem_slug)
);
