-- Remote consultation (远程会诊, DOMAIN §5a): a request of the inviting institution, scheduled by the invited
-- institution's coordinator, signed by each scheduled expert, acknowledged by the inviting doctor.
CREATE SEQUENCE consultation_number_seq;

CREATE TABLE consultations (
  id text PRIMARY KEY,
  number text NOT NULL UNIQUE,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  status text NOT NULL CHECK (status IN ('requested', 'scheduled', 'in_session', 'reported', 'closed', 'declined',
    'cancelled')),
  urgency text NOT NULL CHECK (urgency IN ('routine', 'urgent', 'emergency')),
  inviting_institution_id text NOT NULL REFERENCES institutions (id),
  inviting_clinician_id text NOT NULL,
  invited_institution_id text NOT NULL REFERENCES institutions (id),
  patient jsonb NOT NULL,
  patient_key text NOT NULL,
  -- The request as written (departments, specialty, requested experts, question, case summary, attachments,
  -- consent): it never changes after the request, so one document keeps it.
  request jsonb NOT NULL,
  schedule jsonb,
  opinions jsonb NOT NULL DEFAULT '[]',
  acknowledgement jsonb,
  declination jsonb,
  cancellation jsonb,
  -- The experts asked for by name and then scheduled: an expert's inbox filters on it.
  expert_ids jsonb NOT NULL DEFAULT '[]',
  scheduled_at timestamptz,
  session_started_at timestamptz,
  reported_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  created_by jsonb NOT NULL
);
-- Each side's inbox reads its own index in keyset order (newest first), as referral lists do.
CREATE INDEX consultations_inviting ON consultations (inviting_institution_id, created_at DESC, id DESC);
CREATE INDEX consultations_invited ON consultations (invited_institution_id, created_at DESC, id DESC);

-- A referral may follow from a consultation (the expert recommended it); the consultation lists it.
ALTER TABLE referrals ADD COLUMN consultation_id text REFERENCES consultations (id);
CREATE INDEX referrals_consultation ON referrals (consultation_id) WHERE consultation_id IS NOT NULL;

-- Consultations have their audit trail beside referrals and appointments.
ALTER TABLE audit_events DROP CONSTRAINT audit_events_resource_type_check;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_resource_type_check
  CHECK (resource_type IN ('referral', 'appointment', 'consultation'));
