-- Expert dispatch as the seeds describe it (issue #15): slots per expert and department, patient accounts and
-- their consents, the 义诊 queue, dispatch batches and registered practice.

-- Dispatch batches (派驻批次): one dispatch of a sender's experts to a host, with dates.
CREATE TABLE dispatch_batches (
  id text PRIMARY KEY,
  alliance_id text REFERENCES alliances (id),
  sequence integer NOT NULL CHECK (sequence >= 1),
  title text NOT NULL,
  purpose text NOT NULL,
  sending_institution_id text NOT NULL REFERENCES institutions (id),
  host_institution_id text NOT NULL REFERENCES institutions (id),
  start_date date NOT NULL,
  end_date date NOT NULL,
  expert_ids text[] NOT NULL,
  CHECK (start_date <= end_date)
);
CREATE INDEX dispatch_batches_sender ON dispatch_batches (sending_institution_id, start_date, id);
CREATE INDEX dispatch_batches_host ON dispatch_batches (host_institution_id, start_date, id);
ALTER TABLE activities ADD COLUMN batch_id text REFERENCES dispatch_batches (id);
CREATE INDEX activities_batch ON activities (batch_id) WHERE batch_id IS NOT NULL;

-- Registered practice (多机构执业): the main institution and every filed (备案) one, with dates.
CREATE TABLE practice_sites (
  clinician_id text NOT NULL REFERENCES clinicians (id),
  institution_id text NOT NULL REFERENCES institutions (id),
  kind text NOT NULL CHECK (kind IN ('main', 'filed')),
  valid_from date NOT NULL,
  valid_to date,
  PRIMARY KEY (clinician_id, institution_id, valid_from),
  CHECK (valid_to IS NULL OR valid_from <= valid_to)
);

-- A slot belongs to one expert and one department of the host (a 义诊 has 14 experts over 12 departments).
ALTER TABLE slots ADD COLUMN expert_id text REFERENCES clinicians (id);
ALTER TABLE slots ADD COLUMN department_id text REFERENCES departments (id);
UPDATE slots s SET expert_id = a.expert_ids[1], department_id = a.department_id
  FROM activities a WHERE a.id = s.activity_id;
CREATE INDEX slots_expert_time ON slots (expert_id, starts_at);

-- The booking rules (DOMAIN §4): several bookings per patient in one activity, never two with the same expert
-- in one activity (this index, under races too) and never two overlapping in time (checked while the patient's
-- row in patient_booking_locks is held, so two concurrent bookings of one patient run one after the other).
ALTER TABLE appointments ADD COLUMN expert_id text;
ALTER TABLE appointments ADD COLUMN patient_id text;
UPDATE appointments a SET expert_id = s.expert_id FROM slots s WHERE s.id = a.slot_id;
DROP INDEX IF EXISTS appointments_one_active;
CREATE UNIQUE INDEX appointments_one_per_expert ON appointments (activity_id, patient_key, (coalesce(expert_id, '')))
  WHERE status IN ('booked', 'arrived');
CREATE INDEX appointments_patient_active ON appointments (patient_key) WHERE status IN ('booked', 'arrived');
CREATE INDEX appointments_patient_account ON appointments (patient_id) WHERE patient_id IS NOT NULL;
CREATE TABLE patient_booking_locks (
  patient_key text PRIMARY KEY
);

-- Patient accounts: the `pat_…` a hospital's backend names in a `patient` token, bound to one identity document
-- (by its keyed hash) at the first booking; and the consents the patient gave, the latest per purpose.
CREATE TABLE patient_accounts (
  id text PRIMARY KEY,
  institution_id text NOT NULL REFERENCES institutions (id),
  patient_key text,
  created_at timestamptz NOT NULL
);
CREATE TABLE patient_consents (
  patient_id text NOT NULL REFERENCES patient_accounts (id),
  purpose text NOT NULL CHECK (purpose IN ('referral_transfer', 'remote_consultation', 'result_sharing')),
  granted_at timestamptz NOT NULL,
  method text NOT NULL,
  by_guardian boolean NOT NULL DEFAULT false,
  PRIMARY KEY (patient_id, purpose)
);

-- The 义诊 queue: numbers per department and day, issued from a counter row so concurrent desks never issue
-- one number twice, and one open ticket per patient per department.
CREATE TABLE queue_counters (
  activity_id text NOT NULL REFERENCES activities (id),
  department_id text NOT NULL REFERENCES departments (id),
  last_number integer NOT NULL DEFAULT 0,
  PRIMARY KEY (activity_id, department_id)
);
CREATE TABLE queue_tickets (
  id text PRIMARY KEY,
  version integer NOT NULL DEFAULT 1,
  activity_id text NOT NULL REFERENCES activities (id),
  department_id text NOT NULL REFERENCES departments (id),
  number integer NOT NULL CHECK (number >= 1),
  status text NOT NULL CHECK (status IN ('waiting', 'called', 'seen', 'left')),
  patient jsonb NOT NULL,
  patient_key text NOT NULL,
  registered_at timestamptz NOT NULL,
  registered_by jsonb NOT NULL,
  called_at timestamptz,
  closed_at timestamptz,
  UNIQUE (activity_id, department_id, number)
);
CREATE UNIQUE INDEX queue_tickets_one_open ON queue_tickets (activity_id, department_id, patient_key)
  WHERE status IN ('waiting', 'called');
CREATE INDEX queue_tickets_waiting ON queue_tickets (activity_id, department_id, status, number);
