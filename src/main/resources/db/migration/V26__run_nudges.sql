-- Reminders an instructor sends by hand (issue 27): to the participants of a run who have not prepared, or
-- have not answered a follow-up that is due. One row per run and kind: the last round, who sent it, to how
-- many, and how many rounds so far (part of each mail's dedupe key). A round is claimed by a conditional
-- update (the last one at least a day old) or an insert guarded by the primary key, so a double click or
-- two instances send one round.
create table run_nudge (
    course_run_id   bigint                   not null references course_run (id),
    kind            varchar(20)              not null,
    municipality_id bigint                   not null references municipality (id),
    sent_at         timestamp with time zone not null,
    sent_by         bigint,
    recipients      integer                  not null,
    rounds          integer                  not null,
    primary key (course_run_id, kind),
    constraint run_nudge_kind_ck check (kind in ('PREPARATION', 'FOLLOW_UP')),
    constraint run_nudge_rounds_ck check (rounds > 0),
    constraint run_nudge_municipality_ck check (municipality_id > 0)
);
create index run_nudge_municipality_ix on run_nudge (municipality_id);
