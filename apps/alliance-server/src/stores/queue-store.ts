import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';
import { Failure } from '../failure.js';
import { appendEvent } from './event-store.js';

type Schemas = components['schemas'];
type TicketStatus = Schemas['QueueTicketStatus'];

/** A 义诊 queue ticket as stored. */
export interface TicketRow {
  id: string;
  version: number;
  activity_id: string;
  department_id: string;
  number: number;
  status: TicketStatus;
  patient: Schemas['Patient'];
  patient_key: string;
  registered_at: Date | string;
  registered_by: Schemas['ActorRef'];
  called_at: Date | string | null;
  closed_at: Date | string | null;
}

/**
 * The feed's record of a ticket change: ids, numbers and states, never the patient. The feed is the queue's
 * history (who registered a ticket is on the ticket); the audit log stays with referrals and appointments.
 */
export interface TicketChange {
  type: 'queue.ticket_issued' | 'queue.ticket_called' | 'queue.ticket_closed';
  at: Date;
  hostInstitutionId: string;
}

/** Announces a ticket's new state in the feed, in the same transaction. */
async function announce(tx: Queryable, row: TicketRow, change: TicketChange): Promise<void> {
  await appendEvent(tx, {
    type: change.type,
    resourceId: row.id,
    at: change.at,
    data: {
      ticketId: row.id,
      activityId: row.activity_id,
      departmentId: row.department_id,
      number: row.number,
      status: row.status,
      version: row.version,
    },
    institutionIds: [change.hostInstitutionId],
  });
}

/**
 * Issues the department's next number and stores the ticket: the counter row's upsert serialises concurrent desks
 * of one department, so a number is never issued twice. A patient already waiting (or called) in the department
 * fails as `already_in_queue`; the transaction then gives the number back.
 */
export async function issueTicket(
  tx: Queryable,
  ticket: {
    id: string;
    activityId: string;
    departmentId: string;
    patient: Schemas['Patient'];
    patientKey: string;
    registeredBy: Schemas['ActorRef'];
  },
  change: TicketChange,
): Promise<TicketRow> {
  let row: TicketRow;
  try {
    const { rows } = await tx.query<TicketRow>(
      `WITH counter AS (
         INSERT INTO queue_counters (activity_id, department_id, last_number) VALUES ($2, $3, 1)
         ON CONFLICT (activity_id, department_id) DO UPDATE SET last_number = queue_counters.last_number + 1
         RETURNING last_number
       )
       INSERT INTO queue_tickets (id, activity_id, department_id, number, status, patient, patient_key,
         registered_at, registered_by)
       SELECT $1, $2, $3, c.last_number, 'waiting', $4::jsonb, $5, $6, $7::jsonb FROM counter c
       RETURNING *`,
      [
        ticket.id,
        ticket.activityId,
        ticket.departmentId,
        JSON.stringify(ticket.patient),
        ticket.patientKey,
        change.at,
        JSON.stringify(ticket.registeredBy),
      ],
    );
    row = rows[0]!;
  } catch (error) {
    const { code } = (error ?? {}) as { code?: unknown };
    if (code === '23505') {
      throw new Failure('already_in_queue', { cause: error });
    }
    throw error;
  }
  await announce(tx, row, change);
  return row;
}

/**
 * Calls the department's lowest waiting number. The counter row is locked first, so two desks calling at once
 * take turns and never call one number twice; a ticket the desk called before and did not close counts as seen.
 * `queue_empty` (and nothing changed) when nobody waits.
 */
export async function callNext(
  tx: Queryable,
  ask: { activityId: string; departmentId: string },
  change: Omit<TicketChange, 'type'>,
): Promise<TicketRow> {
  const { rows: counter } = await tx.query(
    'SELECT last_number FROM queue_counters WHERE activity_id = $1 AND department_id = $2 FOR UPDATE',
    [ask.activityId, ask.departmentId],
  );
  if (counter.length === 0) {
    throw new Failure('queue_empty');
  }
  const { rows: next } = await tx.query<TicketRow>(
    `UPDATE queue_tickets SET status = 'called', called_at = $3, version = version + 1
     WHERE id = (SELECT id FROM queue_tickets WHERE activity_id = $1 AND department_id = $2 AND status = 'waiting'
       ORDER BY number LIMIT 1)
     RETURNING *`,
    [ask.activityId, ask.departmentId, change.at],
  );
  const called = next[0];
  if (!called) {
    throw new Failure('queue_empty');
  }
  const { rows: finished } = await tx.query<TicketRow>(
    `UPDATE queue_tickets SET status = 'seen', closed_at = $4, version = version + 1
     WHERE activity_id = $1 AND department_id = $2 AND status = 'called' AND id <> $3
     RETURNING *`,
    [ask.activityId, ask.departmentId, called.id, change.at],
  );
  for (const row of finished) {
    await announce(tx, row, { ...change, type: 'queue.ticket_closed' });
  }
  await announce(tx, called, { ...change, type: 'queue.ticket_called' });
  return called;
}

/** One ticket of the activity, locked for the rest of the transaction when `forUpdate`. */
export async function findTicket(
  db: Queryable,
  activityId: string,
  ticketId: string,
  options: { forUpdate?: boolean } = {},
): Promise<TicketRow | undefined> {
  const { rows } = await db.query<TicketRow>(
    `SELECT * FROM queue_tickets WHERE id = $1 AND activity_id = $2 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
    [ticketId, activityId],
  );
  return rows[0];
}

/** Closes a ticket with its outcome, bumping its version, and announces it. */
export async function closeTicket(
  tx: Queryable,
  row: TicketRow,
  outcome: 'seen' | 'left',
  change: Omit<TicketChange, 'type'>,
): Promise<TicketRow> {
  const { rows } = await tx.query<TicketRow>(
    `UPDATE queue_tickets SET status = $2, closed_at = $3, version = version + 1 WHERE id = $1 RETURNING *`,
    [row.id, outcome, change.at],
  );
  const closed = rows[0]!;
  await announce(tx, closed, { ...change, type: 'queue.ticket_closed' });
  return closed;
}

/** The tickets of an activity by department and number, after the `(department, number)` of the last page. */
export async function listTickets(
  db: Queryable,
  filter: {
    activityId: string;
    departmentId?: string;
    status?: TicketStatus;
    after?: { departmentId: string; number: number };
    limit: number;
  },
): Promise<TicketRow[]> {
  const params: unknown[] = [filter.activityId];
  const where = ['activity_id = $1'];
  if (filter.departmentId) {
    params.push(filter.departmentId);
    where.push(`department_id = $${params.length}`);
  }
  if (filter.status) {
    params.push(filter.status);
    where.push(`status = $${params.length}`);
  }
  if (filter.after) {
    params.push(filter.after.departmentId, filter.after.number);
    where.push(`(department_id, number) > ($${params.length - 1}::text, $${params.length}::int)`);
  }
  params.push(filter.limit);
  const { rows } = await db.query<TicketRow>(
    `SELECT * FROM queue_tickets WHERE ${where.join(' AND ')} ORDER BY department_id, number LIMIT $${params.length}`,
    params,
  );
  return rows;
}

/** One department's queue now: the counts by status, the last number issued and the last called. */
export interface DepartmentQueueRow {
  department_id: string;
  code: string;
  registered: number;
  waiting: number;
  called: number;
  seen: number;
  left: number;
  last_issued: number;
  now_serving: number | null;
}

/**
 * The queue state of every department of the activity, those with slots and those with tickets, by their 诊疗科目
 * code: numbers and counts only, never patients.
 */
export async function queueState(db: Queryable, activityId: string): Promise<DepartmentQueueRow[]> {
  const { rows } = await db.query<DepartmentQueueRow>(
    `WITH deps AS (
       SELECT DISTINCT coalesce(s.department_id, act.department_id) AS department_id
       FROM slots s JOIN activities act ON act.id = s.activity_id
       WHERE s.activity_id = $1 AND coalesce(s.department_id, act.department_id) IS NOT NULL
       UNION SELECT department_id FROM queue_tickets WHERE activity_id = $1
     )
     SELECT d.department_id, dep.code,
       count(t.id)::int AS registered,
       (count(t.id) FILTER (WHERE t.status = 'waiting'))::int AS waiting,
       (count(t.id) FILTER (WHERE t.status = 'called'))::int AS called,
       (count(t.id) FILTER (WHERE t.status = 'seen'))::int AS seen,
       (count(t.id) FILTER (WHERE t.status = 'left'))::int AS left,
       coalesce(max(t.number), 0)::int AS last_issued,
       max(t.number) FILTER (WHERE t.called_at IS NOT NULL) AS now_serving
     FROM deps d JOIN departments dep ON dep.id = d.department_id
     LEFT JOIN queue_tickets t ON t.activity_id = $1 AND t.department_id = d.department_id
     GROUP BY d.department_id, dep.code
     ORDER BY dep.code, d.department_id`,
    [activityId],
  );
  return rows;
}
