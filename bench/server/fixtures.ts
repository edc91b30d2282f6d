// What every server scenario shares: the clock, the secrets, the caller, the booking fixtures (distinct valid
// patients, slots with room for every request) and the SQL that grows the data 10× and 100×.
import { residentIdCheckDigit } from '@yilian/domain';

export const NOW = new Date('2026-11-23T09:00:00+08:00');
export const BENCH_SECRETS = { tokenSecret: 'bench-token-secret', patientKeySecret: 'bench-patient-secret' };
/** Connections in each server's PostgreSQL pool (the reference server's and the ceiling's alike). */
export const POOL_SIZE = 10;
/** The caller of every request: a coordinator of 沧州市中心医院, the institution of the contract's examples. */
export const VIEWER = {
  institutionId: 'ins_cangzhou_central',
  role: 'coordinator',
  clinicianId: 'cln_cz_coord_liu',
} as const;
export const INSTITUTION_ID = 'ins_pumch';
export const SLOT_QUERY = { from: '2026-11-23T00:00:00+08:00', to: '2026-12-14T00:00:00+08:00' };

/** Slots per booking activity; bookings spread over them round-robin, each with room for every request. */
export const BOOKING_SLOTS = 50;

/**
 * The `i`-th bench patient: a distinct, valid 居民身份证号 (GB 11643 check digit) with the birth date and sex it
 * encodes. 500 men a day from 1950-01-01, so millions of patients never repeat.
 */
export function benchPatient(i: number) {
  const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(i / 500) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10);
  const body = `110105${ymd.replaceAll('-', '')}${String(((i % 500) * 2 + 1) % 1000).padStart(3, '0')}`;
  return {
    name: '测试',
    sex: 'male' as const,
    birthDate: ymd,
    idType: 'resident_id_card' as const,
    idNumber: body + residentIdCheckDigit(body),
  };
}

export const BOOKING_CONSENT = {
  purpose: 'referral_transfer',
  grantedAt: '2026-11-23T08:30:00+08:00',
  recordedBy: VIEWER.clinicianId,
  method: 'written',
} as const;

/** A bookable clinic of the caller's institution with `BOOKING_SLOTS` slots, each with room for a million. */
export function bookingActivitySql(tag: string): string {
  const activity = `act_bench_${tag}`;
  return `
INSERT INTO activities (id, kind, status, title, expert_ids, host_institution_id, starts_at, ends_at, bookable)
VALUES ('${activity}', 'clinic', 'scheduled', 'bench clinic ${tag}', ARRAY['cln_cz_neuro_wang'], '${VIEWER.institutionId}',
  '2026-12-01T08:00:00+08:00', '2026-12-01T18:00:00+08:00', true);
INSERT INTO slots (id, activity_id, starts_at, ends_at, capacity, booked)
SELECT 'slt_bench_${tag}_' || g, '${activity}', '2026-12-01T08:00:00+08:00'::timestamptz + g * interval '10 minutes',
  '2026-12-01T08:10:00+08:00'::timestamptz + g * interval '10 minutes', 1000000, 0
FROM generate_series(0, ${BOOKING_SLOTS - 1}) AS g;`;
}

export function bookingSlotIds(tag: string): string[] {
  return Array.from({ length: BOOKING_SLOTS }, (_, g) => `slt_bench_${tag}_${g}`);
}

/**
 * Grows the referrals, results and events from row `from + 1` to `to` (per 1×: 1,000 referrals, 10,000 results,
 * 2,000 events), cloned by `INSERT … SELECT generate_series` from the template rows the API created, so every
 * column matches the migrations' schema and the server reads them as its own. New rows are older than the
 * template, so the first page stays the same rows at every size: what changes is only how much lies behind it.
 */
export function growSql(from: number, to: number, template: Template, institutions: string[]): string {
  const n = institutions.length;
  const list = `ARRAY[${institutions.map((id) => `'${id}'`).join(', ')}]`;
  return `
INSERT INTO referrals (id, number, version, status, direction, urgency, green_channel_category, sending_institution_id,
  receiving_institution_id, patient, patient_key, diagnosis, reason, details, consent, submitted_at, answer_due_at,
  expires_at, created_at, updated_at, created_by)
SELECT 'ref_bench' || lpad(g::text, 9, '0'), 'BENCH' || lpad(g::text, 9, '0'), t.version, t.status, t.direction,
  t.urgency, t.green_channel_category, (${list})[1 + g % ${n}], (${list})[1 + (g % ${n} + 1 + (g / ${n}) % ${n - 1}) % ${n}],
  t.patient, 'bench' || (g % 50000), t.diagnosis, t.reason, t.details, t.consent, t.submitted_at - g * interval '5 minutes',
  t.answer_due_at - g * interval '5 minutes', t.expires_at - g * interval '5 minutes',
  t.created_at - g * interval '5 minutes', t.updated_at - g * interval '5 minutes', t.created_by
FROM referrals t, generate_series(${from + 1}, ${to}) AS g WHERE t.id = '${template.referralId}';
INSERT INTO results (id, item_code, kind, performing_institution_id, performed_at, reported_at, report_status, value,
  unit, reference_range, patient, patient_key, registered_at, registered_by, registered_by_institution_id)
SELECT 'res_bench' || lpad(g::text, 10, '0'), t.item_code, t.kind, (${list})[1 + g % ${n}],
  t.performed_at - g * interval '1 minute', t.reported_at - g * interval '1 minute', t.report_status, t.value, t.unit,
  t.reference_range, t.patient, 'bench' || (g % 100003), t.registered_at - g * interval '1 minute', t.registered_by,
  (${list})[1 + g % ${n}]
FROM results t, generate_series(${from * 10 + 1}, ${to * 10}) AS g WHERE t.id = '${template.resultId}';
INSERT INTO events (type, resource_id, occurred_at, data, institution_ids)
SELECT t.type, t.resource_id, t.occurred_at, t.data, ARRAY[(${list})[1 + g % ${n}], (${list})[1 + (g + 3) % ${n}]]
FROM (SELECT * FROM events ORDER BY sequence LIMIT 1) t, generate_series(${from * 2 + 1}, ${to * 2}) AS g;
ANALYZE referrals; ANALYZE results; ANALYZE events;`;
}

/**
 * What the reference server's sweep (use-cases/referrals/expire-due) changes in the referrals an institution is
 * party to at `NOW`: the routine and urgent past their expiry expired, the green channels unanswered at their
 * deadline escalated. For the ceiling's own copy of the data, so its list reads the rows the server's reads.
 */
export function sweepSql(institution: string): string {
  const party = `(sending_institution_id = '${institution}' OR receiving_institution_id = '${institution}')`;
  const now = `'${NOW.toISOString()}'::timestamptz`;
  return `
UPDATE referrals SET status = 'expired', version = version + 1, updated_at = expires_at
WHERE status = 'submitted' AND urgency <> 'green_channel' AND expires_at <= ${now} AND ${party};
UPDATE referrals SET escalated_at = answer_due_at
WHERE status = 'submitted' AND urgency = 'green_channel' AND escalated_at IS NULL AND answer_due_at <= ${now} AND ${party};`;
}

export interface Template {
  referralId: string;
  resultId: string;
}
