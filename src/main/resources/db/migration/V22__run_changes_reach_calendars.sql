-- The course over time (issue 23). A run can be cancelled with a reason (the reason goes into the
-- cancellation mail and onto the caseworkers' start page); a cancelled run keeps its rows.
alter table course_run add column cancelled_at timestamp with time zone;
alter table course_run add column cancel_reason varchar(500);
alter table course_run add column cancelled_by bigint;

-- The calendar event of a run's session (docs/decisions/025): the iCalendar UID every invitation, update
-- and cancellation of the run shares (random, so unique across installations) and its SEQUENCE, raised by
-- each change that goes out. One row per run whose invitations have started.
create table run_calendar (
    course_run_id   bigint                   not null references course_run (id),
    municipality_id bigint                   not null references municipality (id),
    uid             varchar(200)             not null,
    sequence        integer                  not null,
    updated_at      timestamp with time zone not null,
    primary key (course_run_id),
    constraint run_calendar_sequence_ck check (sequence >= 0)
);
create index run_calendar_municipality_ix on run_calendar (municipality_id);

-- Runs whose introduction went out before this version sent the UID run-<id>@attestkursus with SEQUENCE 0:
-- their updates keep that UID, so they change the appointment people already have.
insert into run_calendar (course_run_id, municipality_id, uid, sequence, updated_at)
select p.course_run_id, p.municipality_id, concat('run-', cast(p.course_run_id as varchar(20)), '@attestkursus'), 0, p.queued_at
from run_mail_plan p
where p.mail_key = 'introduktion' and p.outcome = 'QUEUED';
