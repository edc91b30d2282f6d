-- The work queue (issue #13): a department's queue, the search by number, the green-first order and the tab counts
-- each read one index range per side of the reader (the list merges the sending and the receiving side with
-- UNION ALL, see stores/referral-store.ts). The receiving indexes are partial like referrals_receiving_submitted:
-- a receiver sees a referral only once it is submitted.

-- A department's queue (`departmentId`): its own referrals, newest first, without reading the institution's.
CREATE INDEX referrals_sending_department
  ON referrals (sending_institution_id, sending_department_id, created_at DESC, id DESC);
CREATE INDEX referrals_receiving_department
  ON referrals (receiving_institution_id, receiving_department_id, created_at DESC, id DESC)
  WHERE submitted_at IS NOT NULL;

-- The search by number (`q`, a prefix): `number LIKE 'ZZ-20261203%'` is a range on this index whatever the
-- database's collation (the UNIQUE index on number serves equality only under a non-C collation).
CREATE INDEX referrals_number_prefix ON referrals (number text_pattern_ops);

-- The green-first order (`sort=green_first`): green channel, urgent, routine, then the oldest answer deadline
-- (none last), then the oldest created. The expressions are spelled exactly as the store's query spells them, so
-- a page is a keyset range of these indexes rather than a sort of everything the institution ever saw.
CREATE INDEX referrals_sending_queue
  ON referrals (sending_institution_id,
    (CASE urgency WHEN 'green_channel' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END),
    COALESCE(answer_due_at, 'infinity'::timestamptz), created_at, id);
CREATE INDEX referrals_receiving_queue
  ON referrals (receiving_institution_id,
    (CASE urgency WHEN 'green_channel' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END),
    COALESCE(answer_due_at, 'infinity'::timestamptz), created_at, id)
  WHERE submitted_at IS NOT NULL;

-- The tab counts (`GET /v1/referrals/counts`): a count per status of one institution's side is an index-only
-- range of (institution, status), not a visit of every row it was ever party to.
CREATE INDEX referrals_sending_status ON referrals (sending_institution_id, status);
CREATE INDEX referrals_receiving_status ON referrals (receiving_institution_id, status)
  WHERE submitted_at IS NOT NULL;
