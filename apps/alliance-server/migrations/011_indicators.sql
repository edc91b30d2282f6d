-- Alliance indicators (成效监测, issue #17): each figure is counted from the records of a period, so every table it
-- reads is entered by the period's time through an index, never scanned whole. Runs unchanged on PGlite and
-- PostgreSQL 15.

-- A referral counts in the period of its first submission: the one audit entry that moved it to `submitted` by
-- `create` (submitted at once) or `submit` (from a draft); a resubmission after 退回补充 is `resubmit`.
CREATE INDEX audit_events_referral_first_submission ON audit_events (at)
  WHERE resource_type = 'referral' AND to_status = 'submitted' AND action IN ('create', 'submit');

-- A consultation counts in the period of its request.
CREATE INDEX consultations_requested ON consultations (created_at);

-- Re-test records count as recorded checks in the period they were written.
CREATE INDEX retest_records_recorded ON retest_records (recorded_at, institution_id);

-- A dispatch batch counts in the period of its first day.
CREATE INDEX dispatch_batches_start ON dispatch_batches (start_date);
