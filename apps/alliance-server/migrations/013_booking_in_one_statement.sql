-- A booking by a clinician is stored by one statement outside any explicit transaction, saving the BEGIN and COMMIT
-- round trips. The overlap rule, which no index can hold, is then kept optimistically: every booking or move of a
-- patient bumps the version of the patient's row here, and such a statement stores its booking only if the
-- version is still the one it read together with the patient's bookings. A booking or move in a transaction
-- still holds the row until it commits, so both kinds exclude each other.
ALTER TABLE patient_booking_locks ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- Aborts the statement that calls it, undoing all it did: a booking that took its place, then found its
-- idempotency key taken by another request meanwhile. SQLSTATE YL001; the message is the reason, never data.
CREATE FUNCTION yl_refuse(reason text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'YL001', MESSAGE = reason;
END
$$;
