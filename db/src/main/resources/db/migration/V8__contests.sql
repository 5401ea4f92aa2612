-- Contests: a timed window over a few coding problems, scored ICPC-style or by points. The scoreboard is
-- computed from contest_submissions, which the contests module fills from SubmissionJudged events (and on
-- registration, from the user's earlier judged submissions), never from the submissions table per request.

create table contests (
    id             bigint generated always as identity primary key,
    slug           varchar(60)  not null unique,
    title          varchar(200) not null,
    description    text         not null default '',
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    scoring        varchar(10)  not null check (scoring in ('ICPC', 'POINTS')),
    freeze_minutes integer      not null default 0 check (freeze_minutes >= 0),
    public_percent integer      not null default 50 check (public_percent between 1 and 99),
    -- Set when an admin lifts the freeze before the end; the board also unfreezes by itself at the end.
    unfrozen_at    timestamptz,
    created_at     timestamptz  not null default now(),
    check (ends_at > starts_at)
);

-- Problems in the order the board shows them (A, B, C ...).
create table contest_problems (
    contest_id   bigint      not null references contests (id) on delete cascade,
    position     integer     not null,
    problem_slug varchar(80) not null references problems (slug),
    primary key (contest_id, problem_slug),
    unique (contest_id, position)
);

create table contest_registrations (
    contest_id    bigint      not null references contests (id) on delete cascade,
    user_id       bigint      not null references users (id) on delete cascade,
    registered_at timestamptz not null default now(),
    primary key (contest_id, user_id)
);

-- One judged submission as the contest sees it; a rejudge overwrites its row (the newest judgement wins).
-- tests keeps each test's name, sample flag, weight and outcome, so the public/private split of metric
-- problems is computed when the board is, and follows an edited public fraction.
create table contest_submissions (
    contest_id    bigint      not null references contests (id) on delete cascade,
    submission_id bigint      not null,
    user_id       bigint      not null references users (id) on delete cascade,
    problem_slug  varchar(80) not null,
    verdict       varchar(30) not null,
    score         integer     not null,
    tests         jsonb       not null default '[]',
    submitted_at  timestamptz not null,
    judged_at     timestamptz not null,
    primary key (contest_id, submission_id)
);

create index contest_submissions_user_idx on contest_submissions (contest_id, user_id, problem_slug);
