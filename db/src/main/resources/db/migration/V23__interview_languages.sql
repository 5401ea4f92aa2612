-- A coding item of an interview is solved in Java or Python (issue 20): the candidate picks the language, and
-- the item keeps it with the code; each run or submission says which language it was judged in. Rows from before
-- are Java.

alter table interview_items add column language varchar(10) not null default 'java'
    check (language in ('java', 'python'));

alter table interview_submissions add column language varchar(10) not null default 'java'
    check (language in ('java', 'python'));
