-- The per-user submission rate limit counts a user's rows of the last minute here, the same on every instance.
create index submissions_user_created_idx on submissions (user_id, created_at);
