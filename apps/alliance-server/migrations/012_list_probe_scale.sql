-- The referral list's probe asks each side of the reader for its earliest unescalated green-channel deadline, one
-- entry of migration 007's per-institution indexes. The one index on `answer_due_at` alone (migration 003) let the
-- planner answer it instead by walking every institution's open green channels in deadline order until it met one
-- of the reader's: it cannot know that the reader's own were already escalated while the other institutions' still
-- wait for their sweep. At 100× the bench's data that walk read 71,000 rows per side on every list (12.8× the p50
-- of 1×; bench/plans/lists.md). Dropped as migration 006 dropped `referrals_expiry`: a scoped sweep reads the
-- per-side indexes, and the CLI's unscoped sweep reads the open green channels, which 007's indexes hold too.
DROP INDEX IF EXISTS referrals_escalation;
