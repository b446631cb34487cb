-- The results and the preparation check ask for a group's own-case requests by exercise and a list
-- of up to 1,000 account ids. With the exercise first in the index (V10), H2 read every version of
-- the exercise and tested each against the whole list: at 10,000 caseworkers the administrator's
-- dashboard spent most of its 7.7 s there (H2 query statistics in ResultsBench). With the account
-- first, both databases look the ids up; an index with the exercise first is then left unused.
drop index request_version_exercise_ix;
create index request_version_account_ix on request_version (account_id, exercise_id);
