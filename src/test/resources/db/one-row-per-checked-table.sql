-- One valid row for every table that has a check constraint, written on a connection that did not
-- create the schema (H2ConstraintsAfterMigrationTest). A new table with a check constraint needs a
-- row here: the test fails until it has one.
insert into account (municipality_id, id, username, email, display_name, password_hash, role, instructor_kind, created_at)
    values (1, 1, 'deltager', 'deltager@example.dk', 'Deltager', '{noop}x', 'PARTICIPANT', null, timestamp with time zone '2026-01-05 09:00:00+01');
insert into account (municipality_id, id, username, email, display_name, password_hash, role, instructor_kind, created_at)
    values (1, 2, 'underviser', 'underviser@example.dk', 'Underviser', '{noop}x', 'INSTRUCTOR', 'JOBCENTER', timestamp with time zone '2026-01-05 09:00:00+01');
insert into course_run (municipality_id, id, name, municipality, starts_at, duration_minutes, capacity, created_at)
    values (1, 1, 'Hold 1', 'Hjørring', timestamp with time zone '2026-02-03 09:00:00+01', 150, 20, timestamp with time zone '2026-01-05 09:00:00+01');
insert into enrolment (municipality_id, id, course_run_id, account_id, role, enrolled_at)
    values (1, 1, 1, 1, 'PARTICIPANT', timestamp with time zone '2026-01-05 09:00:00+01');
insert into enrolment_event (municipality_id, id, course_run_id, account_id, kind, by_account_id, happened_at)
    values (1, 1, 1, 1, 'ENROLLED', 2, timestamp with time zone '2026-01-05 09:00:00+01');
insert into quiz_answer (municipality_id, id, account_id, question_id, option_index, correct, attempts, answered_at)
    values (1, 1, 1, 'q1', 0, true, 1, timestamp with time zone '2026-01-06 09:00:00+01');
insert into case_answer (municipality_id, id, account_id, case_id, choice, confidence, answered_at)
    values (1, 1, 1, 'c1', 'LAE_125', 3, timestamp with time zone '2026-01-06 09:00:00+01');
insert into myth_guess (municipality_id, id, account_id, myth_id, answer, confidence, answered_at)
    values (1, 1, 1, 'm1', 'MYTH', 4, timestamp with time zone '2026-01-06 09:00:00+01');
insert into live_poll (municipality_id, id, course_run_id, myth_id, state, active_run_id, opened_by, opened_at)
    values (1, 1, 1, 'm1', 'OPEN', 1, 2, timestamp with time zone '2026-02-03 09:30:00+01');
insert into live_vote (municipality_id, id, poll_id, account_id, answer, voted_at)
    values (1, 1, 1, 1, 'FACT', timestamp with time zone '2026-02-03 09:31:00+01');
insert into request_draft (municipality_id, id, account_id, exercise_id, form, purpose, background, questions, consent_for, enclosures, status, saved_at)
    values (1, 1, 1, 'e1', 'LÆ 125', 'Formål', 'Baggrund', 'Spørgsmål', 'Samtykke', '', 'SUBMITTED', timestamp with time zone '2026-01-07 09:00:00+01');
insert into request_version (municipality_id, id, draft_id, number, course_run_id, account_id, exercise_id, form, purpose, background, questions, consent_for, enclosures, submitted_at, status)
    values (1, 1, 1, 1, 1, 1, 'e1', 'LÆ 125', 'Formål', 'Baggrund', 'Spørgsmål', 'Samtykke', '', timestamp with time zone '2026-01-07 09:00:00+01', 'SUBMITTED');
insert into request_review (municipality_id, id, version_id, overall, gp_reading, started_by, updated_by, updated_at)
    values (1, 1, 1, 'Fint', 'Lægen læser', 2, 2, timestamp with time zone '2026-01-08 09:00:00+01');
insert into review_score (municipality_id, id, review_id, criterion, score, comment)
    values (1, 1, 1, 'purpose', 2, '');
insert into run_block (municipality_id, id, course_run_id, position, title, minutes, lead)
    values (1, 1, 1, 1, 'Velkomst', 15, 'BOTH');
insert into mail_message (municipality_id, id, dedupe_key, recipient_email, topic, subject, text_body, html_body, status, send_after, next_attempt_at, created_at, updated_at)
    values (1, 1, 'k1', 'deltager@example.dk', 'test', 'Emne', 'Tekst', '<p>Tekst</p>', 'QUEUED', timestamp with time zone '2026-01-05 09:00:00+01',
            timestamp with time zone '2026-01-05 09:00:00+01', timestamp with time zone '2026-01-05 09:00:00+01', timestamp with time zone '2026-01-05 09:00:00+01');
insert into mail_attempt (municipality_id, id, mail_id, attempted_at, outcome)
    values (1, 1, 1, timestamp with time zone '2026-01-05 09:01:00+01', 'RETRY');
insert into run_mail_plan (municipality_id, course_run_id, mail_key, outcome, recipients)
    values (1, 1, 'introduktion', 'QUEUED', 1);
insert into self_assessment (municipality_id, id, account_id, course_run_id, phase, answered_at)
    values (1, 1, 1, 1, 'BEFORE', timestamp with time zone '2026-01-10 09:00:00+01');
insert into self_assessment_score (municipality_id, self_assessment_id, statement_key, score)
    values (1, 1, 's1', 3);
insert into action_item (municipality_id, id, account_id, course_run_id, position, change_text, try_when, updated_at)
    values (1, 1, 1, 1, 1, 'Skriv formålet først', 'Næste uge', timestamp with time zone '2026-02-03 11:00:00+01');
insert into action_check_in (municipality_id, action_item_id, checkpoint, outcome, answered_at)
    values (1, 1, 'FIRST', 'TRIED', timestamp with time zone '2026-02-20 09:00:00+01');
insert into team (municipality_id, id, name, created_at)
    values (1, 1, 'Sygedagpengeteamet', timestamp with time zone '2026-01-05 09:00:00+01');
insert into team_leader (municipality_id, id, team_id, leader_id)
    values (1, 1, 1, 1);
insert into account_token (municipality_id, id, account_id, purpose, token_hash, created_at, expires_at)
    values (1, 1, 1, 'INVITATION', 'a3f5c1d9e8b7a6f5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1',
            timestamp with time zone '2026-01-05 09:00:00+01', timestamp with time zone '2026-01-12 09:00:00+01');
insert into data_extract_row (municipality_id, id, team_id, month_start, form, sent, returned, cost, uploaded_by, uploaded_at)
    values (1, 1, 1, date '2025-12-01', 'LÆ 265', 40, 4, 1639.00, 1, timestamp with time zone '2026-01-05 09:00:00+01');
-- Since V15 every owned table has a check (municipality_id > 0), so each has a row here.
insert into lesson_read (municipality_id, id, account_id, lesson_id, read_at)
    values (1, 1, 1, 'l1', timestamp with time zone '2026-01-06 09:00:00+01');
insert into run_session (municipality_id, course_run_id, slide_index, notes_version, version)
    values (1, 1, 0, 0, 0);
insert into agreed_action (municipality_id, id, course_run_id, text, created_by, created_at)
    values (1, 1, 1, 'Vi bruger tjeklisten', 2, timestamp with time zone '2026-02-03 11:00:00+01');
insert into certificate (municipality_id, id, code, account_id, course_run_id, holder_name, course_title, run_name,
        session_date, instructors, issued_at)
    values (1, 1, 'K7QX2M9TRA', 1, 1, 'Deltager', 'Bedre LÆ-attester', 'Hold 1', date '2026-02-03', 'Underviser',
        timestamp with time zone '2026-02-04 09:00:00+01');
insert into local_page (municipality_id, id, markdown, updated_at, updated_by)
    values (1, 1, '# Lokalt', timestamp with time zone '2026-01-05 09:00:00+01', 1);
insert into local_page_version (municipality_id, id, markdown, saved_at, saved_by)
    values (1, 1, '# Lokalt', timestamp with time zone '2026-01-05 09:00:00+01', 1);
insert into sso_provider (municipality_id, id, issuer, client_id, client_secret, email_claim, password_login, updated_at)
    values (1, 1, 'https://login.example.dk', 'attestkursus', 'sealed', 'email', true,
        timestamp with time zone '2026-01-05 09:00:00+01');
insert into sso_domain (municipality_id, id, provider_id, domain) values (1, 1, 1, 'example.dk');
insert into run_calendar (course_run_id, municipality_id, uid, sequence, updated_at)
    values (1, 1, 'kursus-1@attestkursus.dk', 0, timestamp with time zone '2026-01-05 09:00:00+01');
insert into erased_certificate (municipality_id, id, code, erased_at)
    values (1, 1, 'ABCD234567', timestamp with time zone '2026-01-05 09:00:00+01');
insert into practice_prompt (municipality_id, id, course_run_id, account_id, step, item_key, due_at, mailed,
        token_hash, expires_at, answered_at, answer_key, correct, answered_via)
    values (1, 1, 1, 1, 1, 'myte-1', timestamp with time zone '2026-02-05 09:00:00+01', true,
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        timestamp with time zone '2026-02-19 09:00:00+01', timestamp with time zone '2026-02-05 10:00:00+01', 'myth',
        true, 'MAIL');
insert into practice_opt_out (account_id, municipality_id, opted_out_at)
    values (1, 1, timestamp with time zone '2026-02-05 10:00:00+01');
insert into run_nudge (course_run_id, kind, municipality_id, sent_at, sent_by, recipients, rounds)
    values (1, 'PREPARATION', 1, timestamp with time zone '2026-01-05 09:00:00+01', 1, 2, 1);
