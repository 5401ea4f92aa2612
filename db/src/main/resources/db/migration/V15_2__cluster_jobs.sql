-- Instances with judge workers report here every few seconds, so any instance (a web-only one especially) can
-- tell whether a worker is alive anywhere.
create table judge_worker_heartbeats (
    instance varchar(200) primary key,
    workers  int         not null,
    seen_at  timestamptz not null default now()
);

-- Periodic jobs take their turn here: the first instance to claim a period runs the job, the others skip it.
create table job_turns (
    job           varchar(100) primary key,
    claimed_until timestamptz  not null
);
