-- Accounts, their roles and their personal access tokens.

create table users (
    id            bigint generated always as identity primary key,
    username      varchar(32)  not null,
    password_hash varchar(100) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

-- Names are unique regardless of case: "Alice" and "alice" are one account.
create unique index users_username_lower_key on users (lower(username));

create table user_roles (
    user_id bigint      not null references users (id) on delete cascade,
    role    varchar(20) not null check (role in ('ADMIN', 'AUTHOR', 'INTERVIEWER', 'USER')),
    primary key (user_id, role)
);

-- Tokens are stored as SHA-256 hex of the secret; the prefix lets a person recognise one in a list.
create table api_tokens (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references users (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_tokens_user_id_idx on api_tokens (user_id);
