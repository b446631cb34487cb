-- A practice consultant of another municipality as co-instructor of a run (issue 21, decision 020): an
-- instructor place in the host's run (a row of the host municipality) that names the guest's own
-- municipality and, as the host cannot read the guest's account, the name they were invited under.
-- Invited and revoked by the host's administrator; the guest sees only the runs that invited them.
alter table enrolment add column guest_of bigint;
alter table enrolment add column guest_name varchar(200);
alter table enrolment add constraint enrolment_guest_of_fk foreign key (guest_of) references municipality (id);
alter table enrolment add constraint enrolment_guest_ck check (
    (guest_of is null and guest_name is null)
    or (guest_of is not null and guest_name is not null and role = 'INSTRUCTOR' and guest_of <> municipality_id));
create index enrolment_guest_account_ix on enrolment (account_id, guest_of);
