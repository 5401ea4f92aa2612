-- A client may name each submission attempt with a key of its own (the Idempotency-Key header): a POST that is
-- retried or sent twice by a double click carries the same key and gets the first submission back instead of
-- judging (and, in a contest, penalizing) the same attempt again. Rows without a key are not constrained.

alter table submissions add column idempotency_key varchar(100);

create unique index submissions_idempotency_idx on submissions (user_id, idempotency_key)
    where idempotency_key is not null;
