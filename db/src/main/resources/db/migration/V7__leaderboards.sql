-- Leaderboards and teams. Boards are kept up to date verdict by verdict, so a board page is one range read
-- of an index; nothing here is recomputed from the submissions table per request.

-- What a user achieved on one problem: the first accepted submission (it earns the points) and the best
-- score of any judged submission (metric-scored problems rank by it).
create table board_entries (
    user_id          bigint      not null references users (id) on delete cascade,
    problem_slug     varchar(80) not null references problems (slug) on delete cascade,
    solved_at        timestamptz,
    solve_submission bigint,
    solve_millis     bigint,
    points           integer     not null default 0,
    best_score       integer     not null default 0,
    best_millis      bigint,
    best_at          timestamptz,
    best_submission  bigint,
    primary key (user_id, problem_slug)
);

-- Per-problem boards: first solvers first, or best score first for metric-scored problems.
create index board_entries_solves_idx on board_entries (problem_slug, solved_at, solve_millis, user_id)
    where solved_at is not null;
create index board_entries_best_idx on board_entries (problem_slug, best_score desc, best_millis, best_at, user_id)
    where best_submission is not null;

-- A user's points in one scope: a period ('all', an ISO week 'w2026-47', a month 'm2026-11') crossed with a
-- topic ('' for every topic). reached_at is the time of the last solve that earned points in the scope: of
-- two users with the same points, whoever got there first ranks higher.
create table board_totals (
    period     varchar(10) not null,
    topic      varchar(80) not null,
    user_id    bigint      not null references users (id) on delete cascade,
    points     integer     not null,
    solved     integer     not null,
    reached_at timestamptz not null,
    primary key (period, topic, user_id)
);

create index board_totals_rank_idx on board_totals (period, topic, points desc, reached_at, user_id);
create index board_totals_user_idx on board_totals (user_id);

create table teams (
    id          bigint generated always as identity primary key,
    name        varchar(60) not null,
    owner_id    bigint      not null references users (id) on delete cascade,
    invite_code varchar(32) not null unique,
    created_at  timestamptz not null default now()
);

create unique index teams_name_lower_key on teams (lower(name));

-- One team per user: a person's points count for one team only.
create table team_members (
    team_id   bigint      not null references teams (id) on delete cascade,
    user_id   bigint      not null references users (id) on delete cascade unique,
    joined_at timestamptz not null default now(),
    primary key (team_id, user_id)
);
