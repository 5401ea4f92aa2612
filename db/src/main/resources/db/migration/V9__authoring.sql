-- Authoring: problems written or changed in the browser, held as the bank's folder format (a map of file
-- path to text, as jsonb). A draft is edited freely; publishing copies it into an immutable numbered version,
-- and the live catalog is the bank overlaid with each problem's latest version.

create table authored_problems (
    slug       varchar(80) primary key,
    owner      varchar(32) not null,
    kind       varchar(20) not null check (kind in ('coding', 'conceptual', 'case-study', 'system-design')),
    created_at timestamptz not null default now()
);

create index authored_problems_owner_idx on authored_problems (lower(owner));

create table problem_drafts (
    slug            varchar(80) primary key references authored_problems (slug) on delete cascade,
    files           jsonb       not null,
    updated_by      varchar(32) not null,
    updated_at      timestamptz not null default now(),
    -- The last validation: the hash of the exact files it ran on, whether every check passed, the checks.
    validated_hash  varchar(64),
    validation_ok   boolean,
    validation      jsonb,
    validated_at    timestamptz
);

create table problem_versions (
    slug         varchar(80) not null references authored_problems (slug) on delete cascade,
    version      integer     not null check (version >= 1),
    files        jsonb       not null,
    published_by varchar(32) not null,
    published_at timestamptz not null default now(),
    primary key (slug, version)
);

-- Who did what, when: every authoring change, role change and rejudge.
create table audit_log (
    id     bigint generated always as identity primary key,
    at     timestamptz  not null default now(),
    actor  varchar(32)  not null,
    action varchar(40)  not null,
    target varchar(200) not null,
    detail text         not null default ''
);

create index audit_log_at_idx on audit_log (at desc);

-- The problem version a submission was judged on: null for the bank's own version.
alter table submissions add column problem_version integer;
