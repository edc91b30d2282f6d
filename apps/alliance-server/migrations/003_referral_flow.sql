-- Referral lifecycle corrections (DOMAIN §3, issue #13). Runs unchanged on PGlite and PostgreSQL 15.

-- `returned` (退回补充): the receiving side sent a submitted referral back to the sender for more information.
ALTER TABLE referrals DROP CONSTRAINT referrals_status_check;
ALTER TABLE referrals ADD CONSTRAINT referrals_status_check CHECK (status IN ('draft', 'submitted', 'returned',
  'accepted', 'rejected', 'arrived', 'in_treatment', 'reported', 'closed', 'cancelled', 'no_show', 'expired'));

-- The latest return for information ({ note, at, by }), kept after resubmission; and when a green-channel referral
-- was escalated for being unanswered at its SLA (cleared by a resubmission, which restarts the SLA). Escalation
-- stamps this column with a conditional UPDATE, so concurrent sweeps escalate a referral exactly once.
ALTER TABLE referrals ADD COLUMN return_record jsonb;
ALTER TABLE referrals ADD COLUMN escalated_at timestamptz;

-- Green channel never expires: it escalates at its answer deadline instead. Submitted green-channel referrals
-- written before this rule lose their expiry.
UPDATE referrals SET expires_at = NULL WHERE urgency = 'green_channel' AND status = 'submitted';

-- The escalation sweep's probe and UPDATE: unescalated submitted green-channel referrals by answer deadline.
CREATE INDEX referrals_escalation ON referrals (answer_due_at)
  WHERE status = 'submitted' AND urgency = 'green_channel' AND escalated_at IS NULL;
