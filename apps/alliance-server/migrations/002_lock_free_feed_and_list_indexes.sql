-- Events are appended without a global lock. A writer stores its events under a pending sequence (above 2^62, from
-- `events_pending_seq`); a publisher, serialized among publishers only, renumbers the committed pending events into
-- the feed's `events_sequence_seq` and commits. Publishing order is commit order, so a reader's `after` cursor never
-- skips an event that commits later with a lower sequence, and writers never wait for one another.
CREATE SEQUENCE events_pending_seq;

-- Renumbering an event checks that no delivery names its old sequence: keep that check an index probe.
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_sequence);

-- The receiving side of the referral list (only submitted referrals are visible to the receiver), so both sides
-- of the list are one index range each, merged with UNION ALL.
CREATE INDEX referrals_receiving_submitted ON referrals (receiving_institution_id, created_at DESC, id DESC)
  WHERE submitted_at IS NOT NULL;
