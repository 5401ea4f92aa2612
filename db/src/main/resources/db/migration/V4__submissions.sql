-- Submissions are the judging queue: workers claim rows with FOR UPDATE SKIP LOCKED under a lease, and a
-- row whose lease ran out (its worker died) is claimed again. A verdict is written once, with the lease.

create table submissions (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references users (id) on delete cascade,
    problem_slug varchar(80)  not null references problems (slug),
    mode         varchar(10)  not null check (mode in ('SUBMIT', 'RUN')),
    source       text         not null,
    status       varchar(10)  not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE')),
    verdict      varchar(30),
    score        integer,
    compiler     varchar(10),
    result       jsonb,
    attempts     integer      not null default 0,
    lease_owner  varchar(100),
    lease_until  timestamptz,
    created_at   timestamptz  not null default now(),
    finished_at  timestamptz
);

-- The queue scan touches only unfinished rows.
create index submissions_unfinished_idx on submissions (id) where status <> 'DONE';
create index submissions_user_problem_idx on submissions (user_id, problem_slug, id desc);
