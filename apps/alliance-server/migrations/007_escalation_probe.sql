-- The pre-read probe (migration 006) asks each side of the reader for its earliest expiry. A green-channel referral
-- has no expiry (migration 003): it escalates at its answer deadline instead, so the probe asks each side for its
-- earliest unescalated green-channel deadline too, one entry of one of these partial indexes each. Without them an
-- institution whose only due referral is an unanswered green channel would skip the sweep, and its list would show
-- the referral overdue without it ever being escalated to the coordinators.
CREATE INDEX referrals_escalation_sending ON referrals (sending_institution_id, answer_due_at)
  WHERE status = 'submitted' AND urgency = 'green_channel' AND escalated_at IS NULL;
CREATE INDEX referrals_escalation_receiving ON referrals (receiving_institution_id, answer_due_at)
  WHERE status = 'submitted' AND urgency = 'green_channel' AND escalated_at IS NULL;
