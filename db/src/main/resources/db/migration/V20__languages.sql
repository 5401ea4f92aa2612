-- A solution is written in Java or Python (issue 20). Submissions and runs (both rows of submissions) say which;
-- rows from before are Java. A draft is kept per problem and language,
-- so switching the editor's language does not overwrite the other language's code.

alter table submissions add column language varchar(10) not null default 'java'
    check (language in ('java', 'python'));

alter table drafts add column language varchar(10) not null default 'java'
    check (language in ('java', 'python'));
alter table drafts drop constraint drafts_pkey;
alter table drafts add primary key (user_id, problem_slug, language);
