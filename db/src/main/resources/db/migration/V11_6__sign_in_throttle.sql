-- Password sign-ins (form and HTTP Basic) are throttled per account and per address, counted here so that
-- every instance on this database sees the same counts. A subject is 'account:<lower-case name>' or
-- 'address:<remote address>'.
create table sign_in_failures (
    subject      varchar(300) primary key,
    failures     integer      not null,
    last_failure timestamptz  not null,
    locked_until timestamptz
);

-- The audit trail of failed password sign-ins and of the locks they caused.
create table sign_in_audit (
    id       bigserial primary key,
    at       timestamptz  not null default now(),
    username varchar(300) not null,
    address  varchar(100),
    outcome  varchar(16)  not null
);
create index sign_in_audit_username on sign_in_audit (lower(username), at);
create index sign_in_audit_address on sign_in_audit (address, outcome, at);
