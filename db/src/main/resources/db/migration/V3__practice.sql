-- Practice: spaced-repetition cards, their review log, and quiz sessions.
-- Rows name the user by username, the principal's name, as accounts expose no id to other modules; the
-- question by its problem-bank slug, as conceptual content lives in the bank, not in the database.

-- One FSRS card per user and question, created at its first review.
create table review_cards (
    id               bigint generated always as identity primary key,
    username         varchar(32)      not null,
    question_slug    varchar(100)     not null,
    stability        double precision not null,
    difficulty       double precision not null,
    reviews          integer          not null,
    lapses           integer          not null,
    last_reviewed_at timestamptz      not null,
    due_at           timestamptz      not null,
    unique (username, question_slug)
);

-- The due queue: a user's cards in due order.
create index review_cards_due_idx on review_cards (username, due_at);

-- Every answer given, kept to tune the scheduler's weights later.
create table review_log (
    id            bigint generated always as identity primary key,
    username      varchar(32)      not null,
    question_slug varchar(100)     not null,
    grade         varchar(5)       not null check (grade in ('AGAIN', 'HARD', 'GOOD', 'EASY')),
    elapsed_days  double precision not null,
    stability     double precision not null,
    difficulty    double precision not null,
    interval_days integer          not null,
    reviewed_at   timestamptz      not null
);

create index review_log_username_idx on review_log (username, reviewed_at);

-- A quiz of up to ten items on one topic (null: mixed), answered one at a time.
create table quiz_sessions (
    id          bigint generated always as identity primary key,
    username    varchar(32) not null,
    topic       varchar(64),
    answered    integer     not null,
    correct     integer     not null,
    started_at  timestamptz not null,
    finished_at timestamptz
);

create index quiz_sessions_username_idx on quiz_sessions (username, started_at);

-- The items of a quiz in the order asked; given and correct stay null until answered.
create table quiz_session_items (
    session_id    bigint       not null references quiz_sessions (id) on delete cascade,
    position      integer      not null,
    question_slug varchar(100) not null,
    item_index    integer      not null,
    given         varchar(100),
    correct       boolean,
    primary key (session_id, position)
);
