-- A rejudge puts a judged submission back in the queue with this flag set. Workers take fresh work first
-- (order by rejudge, id), and the flag is cleared when the new verdict is stored.
alter table submissions add column rejudge boolean not null default false;

create index submissions_rejudge_idx on submissions (problem_slug) where rejudge;
