-- Every booking reads the patient's active bookings by `patient_key` (the overlap and same-expert rules). Two
-- indexes could answer that: appointments_patient_active (patient_key) and appointments_one_per_expert, whose
-- second column is patient_key. On a small table the planner rates both alike, and a generic plan cached by a
-- connection could keep the second one: a scan of the whole index whose cost grows with every booking (seen in
-- the bench, #12: 0.03 ms per read on one connection, over 2 ms on another after 20,000 bookings).
-- The unique index leads with patient_key now. It holds the same rule (a unique index does not depend on the
-- order of its columns), answers the patient's lookups itself, and leaves the planner one index to choose; the
-- single-column index is dropped, so a booking also writes one index fewer.
DROP INDEX appointments_one_per_expert;
CREATE UNIQUE INDEX appointments_one_per_expert ON appointments (patient_key, activity_id, (coalesce(expert_id, '')))
  WHERE status IN ('booked', 'arrived');
DROP INDEX appointments_patient_active;
