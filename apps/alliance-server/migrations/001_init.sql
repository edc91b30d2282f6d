-- The alliance services' schema. Runs unchanged on PGlite and PostgreSQL 15.
-- Instants are timestamptz; calendar reasoning (Asia/Shanghai) happens in @yilian/domain, not in SQL.

CREATE TABLE alliances (
  id text PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text,
  kind text NOT NULL,
  recognition_scope text NOT NULL,
  established_on date NOT NULL
);

CREATE TABLE institutions (
  id text PRIMARY KEY,
  name_zh text NOT NULL,
  name_en text,
  uscc text NOT NULL UNIQUE,
  level text NOT NULL CHECK (level IN ('tertiary', 'secondary', 'primary')),
  type text NOT NULL,
  region_code text NOT NULL,
  region_name text NOT NULL,
  phone text
);

CREATE TABLE alliance_members (
  alliance_id text NOT NULL REFERENCES alliances (id),
  institution_id text NOT NULL REFERENCES institutions (id),
  role text NOT NULL CHECK (role IN ('lead', 'member')),
  PRIMARY KEY (alliance_id, institution_id)
);
CREATE INDEX alliance_members_institution ON alliance_members (institution_id);

CREATE TABLE departments (
  id text PRIMARY KEY,
  institution_id text NOT NULL REFERENCES institutions (id),
  code text NOT NULL,
  name_zh text NOT NULL,
  name_en text,
  UNIQUE (institution_id, code)
);

CREATE TABLE clinicians (
  id text PRIMARY KEY,
  name text NOT NULL,
  institution_id text NOT NULL REFERENCES institutions (id),
  department_id text REFERENCES departments (id),
  title text NOT NULL,
  specialties text[] NOT NULL DEFAULT '{}',
  is_expert boolean NOT NULL DEFAULT false,
  bio text
);
CREATE INDEX clinicians_institution ON clinicians (institution_id);

-- Referrals. The patient is stored whole (jsonb) and masked when read; `patient_key` is an HMAC of the identity
-- document so a patient can be matched without storing a searchable plain number twice.
CREATE SEQUENCE referral_number_seq;
CREATE TABLE referrals (
  id text PRIMARY KEY,
  number text NOT NULL UNIQUE,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'rejected', 'arrived', 'in_treatment',
    'reported', 'closed', 'cancelled', 'no_show', 'expired')),
  direction text NOT NULL CHECK (direction IN ('up', 'down')),
  urgency text NOT NULL CHECK (urgency IN ('routine', 'urgent', 'green_channel')),
  green_channel_category text,
  sending_institution_id text NOT NULL REFERENCES institutions (id),
  sending_department_id text REFERENCES departments (id),
  receiving_institution_id text NOT NULL REFERENCES institutions (id),
  receiving_department_id text REFERENCES departments (id),
  receiving_clinician_id text REFERENCES clinicians (id),
  parent_referral_id text REFERENCES referrals (id),
  patient jsonb NOT NULL,
  patient_key text NOT NULL,
  diagnosis jsonb NOT NULL,
  reason text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  consent jsonb NOT NULL,
  appointment jsonb,
  rejection jsonb,
  cancellation jsonb,
  report jsonb,
  closing_note text,
  submitted_at timestamptz,
  answer_due_at timestamptz,
  expires_at timestamptz,
  arrived_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  created_by jsonb NOT NULL,
  CHECK ((urgency = 'green_channel') = (green_channel_category IS NOT NULL)),
  CHECK (sending_institution_id <> receiving_institution_id)
);
CREATE INDEX referrals_sending ON referrals (sending_institution_id, created_at DESC, id DESC);
CREATE INDEX referrals_receiving ON referrals (receiving_institution_id, created_at DESC, id DESC);
CREATE INDEX referrals_expiry ON referrals (expires_at) WHERE status = 'submitted';
CREATE INDEX referrals_parent ON referrals (parent_referral_id);

CREATE TABLE referral_attachments (
  id text PRIMARY KEY,
  referral_id text NOT NULL REFERENCES referrals (id),
  position integer NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  result_id text,
  content_type text,
  size_bytes bigint,
  sha256 text,
  added_at timestamptz NOT NULL,
  added_by text NOT NULL,
  UNIQUE (referral_id, position)
);

-- Append-only audit trail of referrals and appointments (who, institution, when, from → to, reason).
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  resource_type text NOT NULL CHECK (resource_type IN ('referral', 'appointment')),
  resource_id text NOT NULL,
  at timestamptz NOT NULL,
  actor jsonb,
  action text NOT NULL,
  from_status text,
  to_status text,
  reason_code text,
  note text
);
CREATE INDEX audit_events_resource ON audit_events (resource_type, resource_id, id);

-- The ordered event feed; `institution_ids` are the parties that may read an event.
CREATE TABLE events (
  sequence bigserial PRIMARY KEY,
  type text NOT NULL,
  resource_id text NOT NULL,
  occurred_at timestamptz NOT NULL,
  data jsonb NOT NULL,
  institution_ids text[] NOT NULL
);
CREATE INDEX events_institutions ON events USING gin (institution_ids);

-- Expert dispatch.
CREATE TABLE activities (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('clinic', 'consultation', 'remote_consultation', 'surgery_guidance', 'ward_round',
    'lecture', 'free_clinic')),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled', 'completed')),
  title text NOT NULL,
  description text,
  expert_ids text[] NOT NULL,
  host_institution_id text NOT NULL REFERENCES institutions (id),
  department_id text REFERENCES departments (id),
  place text,
  video_url text,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  bookable boolean NOT NULL,
  CHECK (starts_at < ends_at)
);
CREATE INDEX activities_time ON activities (starts_at, id);

-- `booked` counts active appointments; the CHECK is the last line against overbooking, the conditional UPDATE
-- in the booking route the first.
CREATE TABLE slots (
  id text PRIMARY KEY,
  activity_id text NOT NULL REFERENCES activities (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  capacity integer NOT NULL CHECK (capacity >= 1),
  booked integer NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
  CHECK (starts_at < ends_at)
);
CREATE INDEX slots_time ON slots (starts_at, id);
CREATE INDEX slots_activity ON slots (activity_id);

CREATE TABLE appointments (
  id text PRIMARY KEY,
  version integer NOT NULL DEFAULT 1,
  status text NOT NULL CHECK (status IN ('booked', 'cancelled', 'arrived', 'fulfilled', 'no_show')),
  slot_id text NOT NULL REFERENCES slots (id),
  activity_id text NOT NULL REFERENCES activities (id),
  patient jsonb NOT NULL,
  patient_key text NOT NULL,
  referral_id text REFERENCES referrals (id),
  note text,
  booked_at timestamptz NOT NULL,
  booked_by jsonb NOT NULL,
  booked_by_institution_id text NOT NULL REFERENCES institutions (id),
  cancelled_at timestamptz,
  cancelled_by text,
  rescheduled_from_slot_id text
);
-- One active booking per patient per activity (DOMAIN §4), enforced by the database under races too.
CREATE UNIQUE INDEX appointments_one_active ON appointments (activity_id, patient_key)
  WHERE status IN ('booked', 'arrived');
CREATE INDEX appointments_slot ON appointments (slot_id);

-- Mutual recognition.
-- One item may sit in several scopes' lists (the same test, two regional lists), each with its own window.
CREATE TABLE catalogue_items (
  code text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('lab', 'imaging')),
  name_zh text NOT NULL,
  name_en text,
  abbreviation text,
  category text,
  loinc text,
  validity_days integer NOT NULL CHECK (validity_days BETWEEN 1 AND 3650),
  scope text NOT NULL,
  PRIMARY KEY (code, scope)
);

CREATE TABLE qualifications (
  institution_id text NOT NULL REFERENCES institutions (id),
  item_code text NOT NULL,
  scope text NOT NULL,
  valid_from timestamptz NOT NULL,
  valid_to timestamptz,
  PRIMARY KEY (institution_id, item_code, scope, valid_from),
  FOREIGN KEY (item_code, scope) REFERENCES catalogue_items (code, scope)
);

CREATE TABLE results (
  id text PRIMARY KEY,
  item_code text NOT NULL,
  kind text NOT NULL,
  performing_institution_id text NOT NULL REFERENCES institutions (id),
  performed_at timestamptz NOT NULL,
  reported_at timestamptz,
  report_status text NOT NULL,
  value text,
  unit text,
  reference_range text,
  patient jsonb NOT NULL,
  patient_key text NOT NULL,
  referral_id text REFERENCES referrals (id),
  registered_at timestamptz NOT NULL,
  registered_by jsonb NOT NULL,
  registered_by_institution_id text NOT NULL REFERENCES institutions (id)
);
CREATE INDEX results_patient ON results (patient_key, performed_at DESC, id DESC);

CREATE TABLE retest_records (
  id text PRIMARY KEY,
  result_id text NOT NULL REFERENCES results (id),
  reason text NOT NULL,
  reason_text text,
  explained_to_patient boolean,
  decision_at_record text NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by jsonb NOT NULL,
  institution_id text NOT NULL REFERENCES institutions (id)
);

-- Idempotency records live in the database so any server process can answer a replay.
CREATE TABLE idempotency_keys (
  institution_id text NOT NULL,
  key text NOT NULL,
  operation text NOT NULL,
  request_hash text NOT NULL,
  response_status integer,
  response_body jsonb,
  response_headers jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (institution_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE webhook_endpoints (
  id text PRIMARY KEY,
  institution_id text NOT NULL REFERENCES institutions (id),
  url text NOT NULL,
  event_types text[] NOT NULL,
  description text,
  secret text NOT NULL,
  created_at timestamptz NOT NULL,
  deleted_at timestamptz
);

CREATE TABLE webhook_deliveries (
  id text PRIMARY KEY,
  endpoint_id text NOT NULL REFERENCES webhook_endpoints (id),
  event_sequence bigint NOT NULL REFERENCES events (sequence),
  attempt integer NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  response_status integer,
  attempted_at timestamptz NOT NULL,
  next_attempt_at timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

-- Fixed-window request counters per token subject, shared by every server process.
CREATE TABLE rate_limits (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
