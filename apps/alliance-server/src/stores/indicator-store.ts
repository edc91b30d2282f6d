import type { Queryable } from '../db/database.js';

/**
 * The records an indicator counts: one alliance (its members' records), optionally one member institution, and the
 * instants `[from, to)` that bound the period's Asia/Shanghai calendar days (`fromDate`–`toDate`, inclusive).
 */
export interface IndicatorScope {
  allianceId: string;
  institutionId: string | null;
  from: Date;
  to: Date;
  fromDate: string;
  toDate: string;
}

/** The upper bounds (minutes) of the duration histogram; a last, open-ended bucket follows. */
export const HISTOGRAM_BOUNDS = [15, 60, 120, 240, 480, 1440, 2880] as const;

// The calendar month of an instant in Asia/Shanghai (UTC+08:00, no DST since 1991), whatever the session's zone.
const month = (column: string) => `to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`;
const minutes = (later: string, earlier: string) =>
  `(extract(epoch FROM (${later} - ${earlier})) / 60)::float8`;

const histogramColumns = (value: string, filter: string) =>
  [...HISTOGRAM_BOUNDS, null]
    .map((bound, i) => {
      const lower = i === 0 ? null : HISTOGRAM_BOUNDS[i - 1];
      const conditions = [
        `${value} IS NOT NULL`,
        ...(lower === null || lower === undefined ? [] : [`${value} > ${lower}`]),
        ...(bound === null ? [] : [`${value} <= ${bound}`]),
        ...(filter ? [filter] : []),
      ];
      return `count(*) FILTER (WHERE ${conditions.join(' AND ')})::int AS h${i}`;
    })
    .join(',\n       ');

const params = (scope: IndicatorScope) => [scope.allianceId, scope.institutionId, scope.from, scope.to];
const MEMBERS = `members AS (SELECT institution_id FROM alliance_members WHERE alliance_id = $1)`;

// The period's referrals, each once: those first submitted in [from, to) between two members of the alliance (and,
// with an institution, sent or received by it), with what their audit trail says happened to them since.
const REFERRAL_COHORT = `${MEMBERS},
  firsts AS (
    SELECT a.resource_id AS id, min(a.at) AS submitted_at FROM audit_events a
    WHERE a.resource_type = 'referral' AND a.to_status = 'submitted' AND a.action IN ('create', 'submit')
      AND a.at >= $3 AND a.at < $4
    GROUP BY a.resource_id),
  cohort AS (
    SELECT r.id, r.direction, r.urgency, r.status, r.reject_code, r.cancel_code, f.submitted_at,
      ${month('f.submitted_at')} AS month, answer.first_answer_at, answer.accepted_at, answer.escalated,
      answer.returned
    FROM firsts f
    -- One primary-key lookup per referral of the period (LIMIT keeps the planner from joining the whole table).
    CROSS JOIN LATERAL (
      SELECT r.id, r.direction, r.urgency, r.status, r.sending_institution_id, r.receiving_institution_id,
        r.rejection ->> 'code' AS reject_code, r.cancellation ->> 'code' AS cancel_code
      FROM referrals r WHERE r.id = f.id LIMIT 1) r
    CROSS JOIN LATERAL (
      SELECT min(e.at) FILTER (WHERE e.action IN ('accept', 'reject', 'return_for_info')) AS first_answer_at,
        min(e.at) FILTER (WHERE e.action = 'accept') AS accepted_at,
        bool_or(e.action = 'escalate') AS escalated,
        bool_or(e.action = 'return_for_info') AS returned
      FROM audit_events e WHERE e.resource_type = 'referral' AND e.resource_id = r.id) answer
    WHERE r.sending_institution_id IN (SELECT institution_id FROM members)
      AND r.receiving_institution_id IN (SELECT institution_id FROM members)
      AND ($2::text IS NULL OR $2 IN (r.sending_institution_id, r.receiving_institution_id))),
  timed AS (
    SELECT c.*, ${minutes('c.first_answer_at', 'c.submitted_at')} AS answer_minutes,
      ${minutes('c.accepted_at', 'c.submitted_at')} AS accept_minutes
    FROM cohort c)`;

/** The referral figures of a period, as one row. */
export interface ReferralFiguresRow {
  up: number;
  down: number;
  answered: number;
  answer_median: number | null;
  answer_p90: number | null;
  histogram: number[];
  eligible: number;
  closed: number;
  green: number;
  green_accept_median: number | null;
  green_overdue: number;
}

/** Counts the period's referrals (see `REFERRAL_COHORT` for which ones). */
export async function referralFigures(db: Queryable, scope: IndicatorScope): Promise<ReferralFiguresRow> {
  const { rows } = await db.query<Record<string, number | null>>(
    `WITH ${REFERRAL_COHORT}
     SELECT count(*) FILTER (WHERE direction = 'up')::int AS up,
       count(*) FILTER (WHERE direction = 'down')::int AS down,
       count(answer_minutes)::int AS answered,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY answer_minutes) AS answer_median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY answer_minutes) AS answer_p90,
       ${histogramColumns('answer_minutes', '')},
       count(*) FILTER (WHERE status IN ('closed', 'rejected', 'cancelled', 'no_show', 'expired'))::int AS eligible,
       count(*) FILTER (WHERE status = 'closed')::int AS closed,
       count(*) FILTER (WHERE urgency = 'green_channel')::int AS green,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY accept_minutes) FILTER (WHERE urgency = 'green_channel')
         AS green_accept_median,
       count(*) FILTER (WHERE urgency = 'green_channel' AND escalated)::int AS green_overdue
     FROM timed`,
    params(scope),
  );
  const row = rows[0] ?? {};
  const n = (key: string) => Number(row[key] ?? 0);
  const maybe = (key: string) => (row[key] === null || row[key] === undefined ? null : Number(row[key]));
  return {
    up: n('up'),
    down: n('down'),
    answered: n('answered'),
    answer_median: maybe('answer_median'),
    answer_p90: maybe('answer_p90'),
    histogram: [...HISTOGRAM_BOUNDS, null].map((_, i) => n(`h${i}`)),
    eligible: n('eligible'),
    closed: n('closed'),
    green: n('green'),
    green_accept_median: maybe('green_accept_median'),
    green_overdue: n('green_overdue'),
  };
}

/** How the period's referrals ended without care, per outcome and reason (only the pairs that occur). */
export async function referralOutcomes(
  db: Queryable,
  scope: IndicatorScope,
): Promise<{ outcome: string; reason: string | null; count: number }[]> {
  const { rows } = await db.query<{ outcome: string; reason: string | null; count: number | string }>(
    `WITH ${REFERRAL_COHORT},
       ended AS (
         SELECT 'rejected' AS outcome, reject_code AS reason FROM cohort WHERE status = 'rejected'
         UNION ALL SELECT 'expired', NULL FROM cohort WHERE status = 'expired'
         UNION ALL SELECT 'returned_for_info', NULL FROM cohort WHERE returned
         UNION ALL SELECT 'cancelled', cancel_code FROM cohort WHERE status = 'cancelled'
         UNION ALL SELECT 'no_show', NULL FROM cohort WHERE status = 'no_show')
     SELECT outcome, reason, count(*)::int AS count FROM ended GROUP BY outcome, reason`,
    params(scope),
  );
  return rows.map((r) => ({ outcome: r.outcome, reason: r.reason, count: Number(r.count) }));
}

/** Up- and down-referrals per Asia/Shanghai month of first submission (months without any are absent). */
export async function referralMonths(
  db: Queryable,
  scope: IndicatorScope,
): Promise<Map<string, { up: number; down: number }>> {
  const { rows } = await db.query<{ month: string; up: number | string; down: number | string }>(
    `WITH ${REFERRAL_COHORT}
     SELECT month, count(*) FILTER (WHERE direction = 'up')::int AS up,
       count(*) FILTER (WHERE direction = 'down')::int AS down
     FROM cohort GROUP BY month`,
    params(scope),
  );
  return new Map(rows.map((r) => [r.month, { up: Number(r.up), down: Number(r.down) }]));
}

// The period's activities: started in [from, to), not cancelled, hosted by a member, not part of another alliance's
// batch; with an institution, those it hosts or that one of its experts takes part in. `visits` are the
// (activity, expert) pairs that count for the scope.
const ACTIVITIES = `${MEMBERS},
  acts AS (
    SELECT act.id, act.kind, ${month('act.starts_at')} AS month,
      (SELECT count(*) FROM unnest(act.expert_ids) AS x(expert_id)
        LEFT JOIN clinicians cl ON cl.id = x.expert_id
        WHERE $2::text IS NULL OR act.host_institution_id = $2 OR cl.institution_id = $2)::int AS visits,
      ($2::text IS NULL OR act.host_institution_id = $2 OR EXISTS (
        SELECT 1 FROM clinicians cl WHERE cl.id = ANY (act.expert_ids) AND cl.institution_id = $2)) AS counted
    FROM activities act
    WHERE act.starts_at >= $3 AND act.starts_at < $4 AND act.status <> 'cancelled'
      AND act.host_institution_id IN (SELECT institution_id FROM members)
      -- A scalar lookup by primary key per activity of the period, rather than a join the planner may hash whole.
      AND coalesce((SELECT b.alliance_id FROM dispatch_batches b WHERE b.id = act.batch_id), $1) = $1),
  counted AS (SELECT * FROM acts WHERE counted)`;

/** Expert-visits, activities by kind, batches and 义诊 tickets of the period. */
export async function dispatchFigures(
  db: Queryable,
  scope: IndicatorScope,
): Promise<{
  expertVisits: number;
  byKind: Map<string, number>;
  batches: number;
  registered: number;
  seen: number;
}> {
  const [activities, batches, tickets] = await Promise.all([
    db.query<{ kind: string; activities: number | string; visits: number | string }>(
      `WITH ${ACTIVITIES}
       SELECT kind, count(*)::int AS activities, coalesce(sum(visits), 0)::int AS visits FROM counted GROUP BY kind`,
      params(scope),
    ),
    db.query<{ batches: number | string }>(
      `SELECT count(*)::int AS batches FROM dispatch_batches b
       WHERE b.start_date >= $3::date AND b.start_date <= $4::date
         AND (b.alliance_id = $1 OR (b.alliance_id IS NULL
           AND EXISTS (SELECT 1 FROM alliance_members m WHERE m.alliance_id = $1 AND m.institution_id = b.sending_institution_id)
           AND EXISTS (SELECT 1 FROM alliance_members m WHERE m.alliance_id = $1 AND m.institution_id = b.host_institution_id)))
         AND ($2::text IS NULL OR $2 IN (b.sending_institution_id, b.host_institution_id))`,
      [scope.allianceId, scope.institutionId, scope.fromDate, scope.toDate],
    ),
    db.query<{ registered: number | string; seen: number | string }>(
      `WITH ${ACTIVITIES}
       SELECT count(*)::int AS registered, count(*) FILTER (WHERE t.status = 'seen')::int AS seen
       FROM counted c JOIN queue_tickets t ON t.activity_id = c.id WHERE c.kind = 'free_clinic'`,
      params(scope),
    ),
  ]);
  let expertVisits = 0;
  const byKind = new Map<string, number>();
  for (const row of activities.rows) {
    expertVisits += Number(row.visits);
    byKind.set(row.kind, Number(row.activities));
  }
  return {
    expertVisits,
    byKind,
    batches: Number(batches.rows[0]?.batches ?? 0),
    registered: Number(tickets.rows[0]?.registered ?? 0),
    seen: Number(tickets.rows[0]?.seen ?? 0),
  };
}

/** Expert-visits per Asia/Shanghai month of the activities' start. */
export async function dispatchMonths(db: Queryable, scope: IndicatorScope): Promise<Map<string, number>> {
  const { rows } = await db.query<{ month: string; visits: number | string }>(
    `WITH ${ACTIVITIES}
     SELECT month, coalesce(sum(visits), 0)::int AS visits FROM counted GROUP BY month`,
    params(scope),
  );
  return new Map(rows.map((r) => [r.month, Number(r.visits)]));
}

// The period's consultations: requested in [from, to) between two members (with an institution: on either side).
const CONSULTATIONS = `${MEMBERS},
  period AS (
    SELECT c.status, ${month('c.created_at')} AS month,
      ${minutes('c.reported_at', 'c.created_at')} AS opinion_minutes
    FROM consultations c
    WHERE c.created_at >= $3 AND c.created_at < $4
      AND c.inviting_institution_id IN (SELECT institution_id FROM members)
      AND c.invited_institution_id IN (SELECT institution_id FROM members)
      AND ($2::text IS NULL OR $2 IN (c.inviting_institution_id, c.invited_institution_id)))`;

/** The consultation figures of a period. */
export async function consultationFigures(
  db: Queryable,
  scope: IndicatorScope,
): Promise<{
  requested: number;
  reported: number;
  closed: number;
  median: number | null;
  p90: number | null;
}> {
  const { rows } = await db.query<Record<string, number | string | null>>(
    `WITH ${CONSULTATIONS}
     SELECT count(*)::int AS requested, count(opinion_minutes)::int AS reported,
       count(*) FILTER (WHERE status = 'closed')::int AS closed,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY opinion_minutes) AS median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY opinion_minutes) AS p90
     FROM period`,
    params(scope),
  );
  const row = rows[0] ?? {};
  const maybe = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return {
    requested: Number(row.requested ?? 0),
    reported: Number(row.reported ?? 0),
    closed: Number(row.closed ?? 0),
    median: maybe(row.median),
    p90: maybe(row.p90),
  };
}

/** Consultations requested per Asia/Shanghai month. */
export async function consultationMonths(db: Queryable, scope: IndicatorScope): Promise<Map<string, number>> {
  const { rows } = await db.query<{ month: string; requested: number | string }>(
    `WITH ${CONSULTATIONS} SELECT month, count(*)::int AS requested FROM period GROUP BY month`,
    params(scope),
  );
  return new Map(rows.map((r) => [r.month, Number(r.requested)]));
}

// The period's adoption decisions at the members (with an institution: at it), by the decision's time.
const DECISIONS = `${MEMBERS},
  decisions AS (
    SELECT d.result_id, d.institution_id, d.outcome, d.price_fen, ${month('d.decided_at')} AS month
    FROM adoption_decisions d
    WHERE d.decided_at >= $3 AND d.decided_at < $4
      AND d.institution_id IN (SELECT institution_id FROM members)
      AND ($2::text IS NULL OR d.institution_id = $2))`;

/** The recognition figures of a period: recorded checks, decisions, adoptions and their savings. */
export async function recognitionIndicatorFigures(
  db: Queryable,
  scope: IndicatorScope,
): Promise<{
  retests: number;
  decisions: number;
  adopted: number;
  savingsFen: number;
  repeatTestsAvoided: number;
}> {
  const [decisions, retests] = await Promise.all([
    db.query<Record<string, number | string>>(
      `WITH ${DECISIONS}
       SELECT count(*)::int AS decisions, count(*) FILTER (WHERE outcome = 'adopted')::int AS adopted,
         coalesce(sum(price_fen) FILTER (WHERE outcome = 'adopted'), 0)::bigint AS savings_fen,
         count(DISTINCT (result_id, institution_id)) FILTER (WHERE outcome = 'adopted')::int AS avoided
       FROM decisions`,
      params(scope),
    ),
    db.query<{ retests: number | string }>(
      `WITH ${MEMBERS}
       SELECT count(*)::int AS retests FROM retest_records r
       WHERE r.recorded_at >= $3 AND r.recorded_at < $4
         AND r.institution_id IN (SELECT institution_id FROM members)
         AND ($2::text IS NULL OR r.institution_id = $2)`,
      params(scope),
    ),
  ]);
  const row = decisions.rows[0] ?? {};
  return {
    retests: Number(retests.rows[0]?.retests ?? 0),
    decisions: Number(row.decisions ?? 0),
    adopted: Number(row.adopted ?? 0),
    savingsFen: Number(row.savings_fen ?? 0),
    repeatTestsAvoided: Number(row.avoided ?? 0),
  };
}

/** Savings (fen) per Asia/Shanghai month of the decision. */
export async function savingsMonths(db: Queryable, scope: IndicatorScope): Promise<Map<string, number>> {
  const { rows } = await db.query<{ month: string; savings_fen: number | string }>(
    `WITH ${DECISIONS}
     SELECT month, coalesce(sum(price_fen) FILTER (WHERE outcome = 'adopted'), 0)::bigint AS savings_fen
     FROM decisions GROUP BY month`,
    params(scope),
  );
  return new Map(rows.map((r) => [r.month, Number(r.savings_fen)]));
}

/** Whether the institution is a member of the alliance. */
export async function isAllianceMember(
  db: Queryable,
  allianceId: string,
  institutionId: string,
): Promise<boolean> {
  const { rows } = await db.query(
    'SELECT 1 FROM alliance_members WHERE alliance_id = $1 AND institution_id = $2',
    [allianceId, institutionId],
  );
  return rows.length > 0;
}
