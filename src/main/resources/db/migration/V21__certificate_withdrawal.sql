-- Withdrawing a course certificate (issue 23): an administrator withdraws an issued certificate with a
-- reason; its code then verifies as withdrawn ("tilbagekaldt") with the date, the holder's page says why,
-- and it is never issued again for that run (the row stays, so the code keeps answering).
alter table certificate add column withdrawn_at timestamp with time zone;
alter table certificate add column withdrawn_reason varchar(500);
alter table certificate add column withdrawn_by bigint;
