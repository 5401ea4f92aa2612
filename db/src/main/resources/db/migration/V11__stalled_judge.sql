-- A submission whose sandbox thread would not stop within the grace period after its limit stalled a judge:
-- it gets TIME_LIMIT_EXCEEDED at once, is never claimed again, and is marked here so operators can find it.
-- (A worker that dies mid-judging is counted by attempts, raised at claim time: a row is judged at most twice.)
alter table submissions add column stalled_judge boolean not null default false;
