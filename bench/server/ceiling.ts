// The ceiling: bare Hono routes that send the same SQL statements the reference server's stores send for its
// hottest operations, on the same database driver, and answer the rows as JSON. No auth, no validation, no
// idempotency record, no audit or event: what is left is the floor cost of the data work, so the reference
// server's throughput divided by this one's is what its layers cost. The SQL is copied from the server's stores
// (stores/directory-store, stores/slot and referral stores, the booking's claim and insert) and must follow them.
import type { Database } from '@yilian/alliance-server';
import { BOOKABLE_ACTIVITY_KINDS } from '@yilian/domain';
import { Hono } from 'hono';
import { createHmac, randomUUID } from 'node:crypto';
import { BENCH_SECRETS, NOW } from './fixtures.js';

const INSTITUTION_SELECT = `SELECT i.*, COALESCE((SELECT json_agg(json_build_object('allianceId', m.alliance_id, 'role', m.role) ORDER BY m.alliance_id)
  FROM alliance_members m WHERE m.institution_id = i.id), '[]') AS memberships FROM institutions i`;

const SLOT_SELECT = `SELECT s.id, s.activity_id, s.starts_at, s.ends_at, s.capacity, s.booked,
  act.kind AS activity_kind, act.status AS activity_status, act.bookable AS activity_bookable, act.expert_ids,
  act.host_institution_id, coalesce(s.department_id, act.department_id) AS department_id, s.expert_id,
  act.title AS activity_title, act.place
  FROM slots s JOIN activities act ON act.id = s.activity_id`;

const visibleTo = (param: string, alias = 'r') =>
  `(${alias}.sending_institution_id = ${param} OR (${alias}.receiving_institution_id = ${param} AND ${alias}.submitted_at IS NOT NULL))`;

// The statement listReferralsUnlessDue sends for the first page, newest first, unfiltered ($1 the reader, $2 the
// page size + 1, $3 the clock): the probe for due referrals (stores/referral-store institutionDueSql) and the page,
// each side on its own index (stores/referral-store listSql, referralSelect), in one round trip.
const dueSide = (side: string) =>
  `(SELECT min(expires_at) FROM referrals WHERE status = 'submitted' AND ${side} = $1) <= $3::timestamptz`;
const escalationSide = (side: string) =>
  `(SELECT min(answer_due_at) FROM referrals WHERE status = 'submitted' AND urgency = 'green_channel'
        AND escalated_at IS NULL AND ${side} = $1) <= $3::timestamptz`;
const RANKED = `r.*, (CASE r.urgency WHEN 'green_channel' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END) AS sort_rank, COALESCE(r.answer_due_at, 'infinity'::timestamptz) AS sort_due`;
const REFERRAL_LIST = `WITH probe AS MATERIALIZED (SELECT (${dueSide('sending_institution_id')} OR ${dueSide('receiving_institution_id')}
    OR ${escalationSide('sending_institution_id')} OR ${escalationSide('receiving_institution_id')}) AS sweep_due)
  SELECT probe.sweep_due, r.* FROM probe
  LEFT JOIN LATERAL (SELECT * FROM (SELECT r.*,
    COALESCE((SELECT json_agg(json_build_object('id', a.id, 'kind', a.kind, 'title', a.title, 'resultId', a.result_id,
        'contentType', a.content_type, 'sizeBytes', a.size_bytes, 'sha256', a.sha256, 'addedAt', a.added_at, 'addedBy', a.added_by)
        ORDER BY a.position)
      FROM referral_attachments a WHERE a.referral_id = r.id), '[]') AS attachments,
    ARRAY(SELECT c.id FROM referrals c WHERE c.parent_referral_id = r.id AND ${visibleTo('$1', 'c')}
      ORDER BY c.created_at, c.id) AS child_ids
  FROM ((SELECT ${RANKED} FROM referrals r WHERE r.sending_institution_id = $1
      ORDER BY r.created_at DESC, r.id DESC LIMIT $2)
    UNION ALL (SELECT ${RANKED} FROM referrals r WHERE r.receiving_institution_id = $1 AND r.submitted_at IS NOT NULL
      ORDER BY r.created_at DESC, r.id DESC LIMIT $2)) r
  ORDER BY r.created_at DESC, r.id DESC LIMIT $2) listed WHERE probe.sweep_due IS NOT TRUE) r ON true
  ORDER BY r.created_at DESC, r.id DESC`;

export async function createCeilingApp(db: Database, viewerInstitutionId: string): Promise<Hono> {
  // The caller's alliance neighbours, read once (the reference server reads them per request).
  const { rows } = await db.query<{ institution_id: string }>(
    `SELECT DISTINCT m2.institution_id FROM alliance_members m1
     JOIN alliance_members m2 ON m2.alliance_id = m1.alliance_id WHERE m1.institution_id = $1`,
    [viewerInstitutionId],
  );
  const visible = rows.map((r) => r.institution_id);
  const app = new Hono();

  app.get('/v1/institutions/:id', async (c) => {
    const { rows: found } = await db.query(`${INSTITUTION_SELECT} WHERE i.id = $1 AND i.id = ANY($2)`, [
      c.req.param('id'),
      visible,
    ]);
    return found[0] ? c.json(found[0]) : c.json({ code: 'not_found' }, 404);
  });

  app.get('/v1/slots', async (c) => {
    const { rows: slots } = await db.query(
      `${SLOT_SELECT} WHERE act.host_institution_id = ANY($1) AND s.starts_at >= $2 AND s.starts_at < $3
       AND act.kind = ANY($4) AND act.bookable AND act.status = 'scheduled' ORDER BY s.starts_at, s.id LIMIT $5`,
      [
        visible,
        new Date(c.req.query('from') ?? ''),
        new Date(c.req.query('to') ?? ''),
        BOOKABLE_ACTIVITY_KINDS,
        21,
      ],
    );
    return c.json({ items: slots.slice(0, 20) });
  });

  app.get('/v1/referrals', async (c) => {
    const { rows: referrals } = await db.query<{ sweep_due: boolean | null }>(REFERRAL_LIST, [
      viewerInstitutionId,
      21,
      NOW,
    ]);
    // The bench sweeps the data before it measures (server/run.ts): a due probe here means the two sides would
    // not be listing the same rows, so it fails loudly instead of answering a cheaper empty page.
    if (referrals[0]?.sweep_due === true) {
      return c.json({ code: 'sweep_due' }, 500);
    }
    return c.json({ items: referrals.slice(0, 20) });
  });

  app.post('/v1/appointments', async (c) => {
    const body = await c.req.json<{ slotId: string; patient: { idType: string; idNumber: string } }>();
    const key = createHmac('sha256', BENCH_SECRETS.patientKeySecret)
      .update(`${body.patient.idType}:${body.patient.idNumber}`)
      .digest('hex');
    const id = `apt_${randomUUID()}`;
    const booked = await db.transaction(async (tx) => {
      const { rows: claimed } = await tx.query<{ activity_id: string }>(
        'UPDATE slots SET booked = booked + 1 WHERE id = $1 AND booked < capacity RETURNING activity_id',
        [body.slotId],
      );
      const slot = claimed[0];
      if (!slot) {
        return false;
      }
      await tx.query(
        `INSERT INTO appointments (id, status, slot_id, activity_id, patient, patient_key, referral_id, note, booked_at,
           booked_by, booked_by_institution_id)
         VALUES ($1, 'booked', $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          body.slotId,
          slot.activity_id,
          JSON.stringify(body.patient),
          key,
          null,
          null,
          NOW,
          JSON.stringify({ clinicianId: 'bench' }),
          viewerInstitutionId,
        ],
      );
      return true;
    });
    return booked ? c.json({ id, status: 'booked' }, 201) : c.json({ code: 'slot_full' }, 409);
  });

  return app;
}
