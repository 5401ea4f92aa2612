-- Mock interviews: a plan of bank items with time boxes, run live between a candidate and interviewers, scored
-- on a rubric, reported. People are stored by username (as the accounts module spells it): an interview is
-- read far more often than anyone is renamed, and nobody is.

create table interviews (
    id               bigint generated always as identity primary key,
    title            varchar(200) not null,
    -- The team whose owners may see and run it; null for a solo mock or an interviewer without a team.
    team_id          bigint       references teams (id) on delete set null,
    created_by       varchar(32)  not null,
    -- Null until someone claims the invite link.
    candidate        varchar(32),
    invite_code      varchar(40)  unique,
    solo             boolean      not null default false,
    starts_at        timestamptz  not null,
    duration_minutes integer      not null check (duration_minutes between 1 and 600),
    state            varchar(10)  not null default 'PLANNED' check (state in ('PLANNED', 'LIVE', 'ENDED')),
    started_at       timestamptz,
    -- The server's timer: the candidate's page shows what is left of it, never its own clock.
    deadline         timestamptz,
    ended_at         timestamptz,
    current_position integer      not null default 0,
    -- Dimensions per item kind, each with four anchored descriptions (score 1 to 4).
    rubric           jsonb        not null,
    recommendation   varchar(12)  check (recommendation in ('STRONG_NO', 'NO', 'YES', 'STRONG_YES')),
    summary          text         not null default '',
    -- Set when the interviewer shares the candidate's version of the report.
    shared_at        timestamptz,
    created_at       timestamptz  not null default now()
);

create index interviews_candidate_idx on interviews (lower(candidate));
create index interviews_team_idx on interviews (team_id);

create table interview_interviewers (
    interview_id bigint      not null references interviews (id) on delete cascade,
    username     varchar(32) not null,
    primary key (interview_id, username)
);

create index interview_interviewers_user_idx on interview_interviewers (lower(username));

create table interview_items (
    id             bigint generated always as identity primary key,
    interview_id   bigint      not null references interviews (id) on delete cascade,
    position       integer     not null,
    problem_slug   varchar(80) not null references problems (slug),
    kind           varchar(20) not null,
    minutes        integer     not null check (minutes between 1 and 300),
    started_at     timestamptz,
    ended_at       timestamptz,
    -- The candidate's latest code (coding) or answer (other kinds), saved as typed.
    code           text        not null default '',
    answer         text        not null default '',
    hints_released integer     not null default 0,
    -- Private to the interviewers; never in the candidate's report.
    notes          text        not null default '',
    -- {"dimension": {"score": 1..4, "note": "..."}}
    scores         jsonb       not null default '{}',
    unique (interview_id, position)
);

-- The code's evolution for the replay: one row per few seconds of typing (a save within a few seconds of the
-- last snapshot rewrites it), so a long interview keeps hundreds of rows, not one per keystroke.
create table interview_snapshots (
    id        bigint generated always as identity primary key,
    item_id   bigint      not null references interview_items (id) on delete cascade,
    taken_at  timestamptz not null default now(),
    code      text        not null
);

create index interview_snapshots_item_idx on interview_snapshots (item_id, taken_at);

-- Runs and submissions made from an interview through the normal judge; the verdict arrives with
-- SubmissionJudged.
create table interview_submissions (
    submission_id bigint      primary key,
    item_id       bigint      not null references interview_items (id) on delete cascade,
    mode          varchar(10) not null check (mode in ('RUN', 'SUBMIT')),
    source        text        not null,
    verdict       varchar(30),
    score         integer,
    submitted_at  timestamptz not null default now(),
    judged_at     timestamptz
);

create index interview_submissions_item_idx on interview_submissions (item_id, submitted_at);

-- Saved plans to reuse: fixed items, or (solo mocks) how many random items of each kind from some topics.
create table interview_templates (
    id               bigint generated always as identity primary key,
    name             varchar(120) not null,
    created_by       varchar(32)  not null,
    team_id          bigint       references teams (id) on delete cascade,
    duration_minutes integer      not null check (duration_minutes between 1 and 600),
    -- [{"problem": "kmeans", "minutes": 20}]
    items            jsonb        not null default '[]',
    -- {"topics": [...], "difficulty": "medium", "counts": {"coding": 1, "conceptual": 2}, "minutes": 10}
    draw             jsonb,
    created_at       timestamptz  not null default now()
);
