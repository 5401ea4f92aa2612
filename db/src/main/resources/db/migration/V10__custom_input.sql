-- A run on input the user typed keeps that input with the row, so a worker (any instance, after any restart)
-- judges exactly what was asked. Null for runs on the samples and for submissions.
alter table submissions add column input text;
