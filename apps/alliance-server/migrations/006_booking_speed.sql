-- Every referral read first asks whether any of the reader's submitted referrals is past its expiry. The probe
-- reads the earliest expiry on each side of the reader (`min(expires_at)`), one entry of one of these partial
-- indexes each. They replace the one index on `expires_at`: with it, the planner could answer the probe by walking
-- every institution's due referrals in expiry order (or by a table scan), because it cannot know that the reader's
-- own due referrals were already expired while other institutions' still wait for the sweep. The sweep itself
-- reads all submitted referrals, which these indexes hold too.
DROP INDEX IF EXISTS referrals_expiry;
CREATE INDEX referrals_due_sending ON referrals (sending_institution_id, expires_at) WHERE status = 'submitted';
CREATE INDEX referrals_due_receiving ON referrals (receiving_institution_id, expires_at) WHERE status = 'submitted';
