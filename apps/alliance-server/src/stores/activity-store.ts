import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type Schemas = components['schemas'];
type ActivityKind = Schemas['ActivityKind'];
type ActivityStatus = Schemas['Activity']['status'];

/** An activity as stored. */
export interface ActivityRow {
  id: string;
  kind: ActivityKind;
  status: ActivityStatus;
  title: string;
  description: string | null;
  expert_ids: string[];
  host_institution_id: string;
  department_id: string | null;
  place: string | null;
  video_url: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  bookable: boolean;
  batch_id: string | null;
}

/** A slot with the facts of its activity that booking and listing need. */
export interface SlotRow {
  id: string;
  activity_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  capacity: number;
  booked: number;
  activity_kind: ActivityKind;
  activity_status: ActivityStatus;
  activity_bookable: boolean;
  expert_ids: string[];
  host_institution_id: string;
  /** The slot's own department, or its activity's. */
  department_id: string | null;
  /** The one expert who sees the slot's patients. */
  expert_id: string | null;
  activity_title: string;
  place: string | null;
}

/** The keyset position after which a page starts: the last row's start and id. */
export interface TimeKey {
  at: Date;
  id: string;
}

/** A slot with its activity's facts (a `SlotRow`); other stores join it too. */
export const SLOT_SELECT = `SELECT s.id, s.activity_id, s.starts_at, s.ends_at, s.capacity, s.booked,
  act.kind AS activity_kind, act.status AS activity_status, act.bookable AS activity_bookable, act.expert_ids,
  act.host_institution_id, coalesce(s.department_id, act.department_id) AS department_id, s.expert_id,
  act.title AS activity_title, act.place
  FROM slots s JOIN activities act ON act.id = s.activity_id`;

/** Collects `WHERE` conditions with numbered parameters. */
export function conditions(initial: readonly unknown[] = []) {
  const params: unknown[] = [...initial];
  const where: string[] = [];
  return {
    params,
    where,
    /** Adds a condition; each `?` becomes the parameter of `value`. */
    add(sql: string, value: unknown) {
      params.push(value);
      where.push(sql.replace(/\?/g, `$${params.length}`));
    },
    /** The next parameter's placeholder, for values pushed by hand. */
    next(value: unknown): string {
      params.push(value);
      return `$${params.length}`;
    },
  };
}

/** What an activity listing selects; every member but `visible` and `limit` is optional. */
export interface ActivityFilter {
  /** The hosts the caller may see (its alliances' members). */
  visible: readonly string[];
  /** The institution asking: an `allianceId` filter lists only alliances it belongs to. */
  institutionId: string;
  allianceId?: string;
  hostInstitutionId?: string;
  expertId?: string;
  departmentId?: string;
  batchId?: string;
  kinds?: readonly ActivityKind[];
  from?: Date;
  to?: Date;
  after?: TimeKey;
  /** Rows to read: one more than the page, to know whether another follows. */
  limit: number;
}

/** Activities hosted by `visible` institutions, earliest first. */
export async function listActivities(db: Queryable, filter: ActivityFilter): Promise<ActivityRow[]> {
  const q = conditions([filter.visible]);
  q.where.push('act.host_institution_id = ANY($1)');
  if (filter.allianceId) {
    // Only the caller's own alliances filter anything; another alliance's id lists nothing.
    q.add(
      `act.host_institution_id IN (SELECT institution_id FROM alliance_members WHERE alliance_id = ?)
       AND EXISTS (SELECT 1 FROM alliance_members WHERE alliance_id = ? AND institution_id = ${q.next(filter.institutionId)})`,
      filter.allianceId,
    );
  }
  if (filter.hostInstitutionId) {
    q.add('act.host_institution_id = ?', filter.hostInstitutionId);
  }
  if (filter.expertId) {
    q.add('? = ANY(act.expert_ids)', filter.expertId);
  }
  if (filter.departmentId) {
    // A 义诊 day has no department of its own but slots in twelve: it is found by any of them (issue #15).
    q.add(
      `(act.department_id = ? OR EXISTS (SELECT 1 FROM slots s WHERE s.activity_id = act.id AND s.department_id = ?))`,
      filter.departmentId,
    );
  }
  if (filter.batchId) {
    q.add('act.batch_id = ?', filter.batchId);
  }
  if (filter.kinds && filter.kinds.length > 0) {
    q.add('act.kind = ANY(?)', filter.kinds);
  }
  if (filter.from) {
    q.add('act.starts_at >= ?', filter.from);
  }
  if (filter.to) {
    q.add('act.starts_at < ?', filter.to);
  }
  if (filter.after) {
    q.add(`(act.starts_at, act.id) > (?::timestamptz, ${q.next(filter.after.id)}::text)`, filter.after.at);
  }
  const { rows } = await db.query<ActivityRow>(
    `SELECT act.* FROM activities act WHERE ${q.where.join(' AND ')}
     ORDER BY act.starts_at, act.id LIMIT ${q.next(filter.limit)}`,
    q.params,
  );
  return rows;
}

/** One activity hosted by a `visible` institution. */
export async function findVisibleActivity(
  db: Queryable,
  activityId: string,
  visible: readonly string[],
): Promise<ActivityRow | undefined> {
  const { rows } = await db.query<ActivityRow>(
    'SELECT * FROM activities WHERE id = $1 AND host_institution_id = ANY($2)',
    [activityId, visible],
  );
  return rows[0];
}

/** What a slot listing selects: always a `[from, to)` range and the activity kinds patients book. */
export interface SlotFilter {
  visible: readonly string[];
  from: Date;
  to: Date;
  /** The bookable activity kinds; slots under any other kind are never offered. */
  kinds: readonly ActivityKind[];
  expertId?: string;
  departmentId?: string;
  institutionId?: string;
  activityId?: string;
  /** Only slots with a free place. */
  availableOnly?: boolean;
  after?: TimeKey;
  /** Rows to read: one more than the page, to know whether another follows. */
  limit: number;
}

/** Slots of bookable, scheduled activities hosted by `visible` institutions, earliest first. */
export async function listSlots(db: Queryable, filter: SlotFilter): Promise<SlotRow[]> {
  const q = conditions([filter.visible, filter.from, filter.to, filter.kinds]);
  q.where.push(
    'act.host_institution_id = ANY($1)',
    's.starts_at >= $2',
    's.starts_at < $3',
    'act.kind = ANY($4)',
    'act.bookable',
    "act.status = 'scheduled'",
  );
  // A slot is one expert's, in one department: the filters read the slot's own (issue #15).
  if (filter.expertId) {
    q.add('s.expert_id = ?', filter.expertId);
  }
  if (filter.departmentId) {
    q.add('coalesce(s.department_id, act.department_id) = ?', filter.departmentId);
  }
  if (filter.institutionId) {
    q.add('act.host_institution_id = ?', filter.institutionId);
  }
  if (filter.activityId) {
    q.add('s.activity_id = ?', filter.activityId);
  }
  if (filter.availableOnly) {
    q.where.push('s.booked < s.capacity');
  }
  if (filter.after) {
    q.add(`(s.starts_at, s.id) > (?::timestamptz, ${q.next(filter.after.id)}::text)`, filter.after.at);
  }
  const { rows } = await db.query<SlotRow>(
    `${SLOT_SELECT} WHERE ${q.where.join(' AND ')} ORDER BY s.starts_at, s.id LIMIT ${q.next(filter.limit)}`,
    q.params,
  );
  return rows;
}

/** One slot whose activity is hosted by a `visible` institution (the caller's alliances). */
export async function findVisibleSlot(
  db: Queryable,
  slotId: string,
  visible: readonly string[],
): Promise<SlotRow | undefined> {
  const { rows } = await db.query<SlotRow>(
    `${SLOT_SELECT} WHERE s.id = $1 AND act.host_institution_id = ANY($2)`,
    [slotId, visible],
  );
  return rows[0];
}

/**
 * Claims one place with a single conditional UPDATE: PostgreSQL re-checks `booked < capacity` on the row version
 * it waited for, so concurrent bookings from any number of server processes never overbook. `false` when full.
 * Call it in the transaction that then stores the appointment, so a failed insert gives the place back.
 */
export async function claimPlace(tx: Queryable, slotId: string): Promise<boolean> {
  const { rows } = await tx.query<{ booked: number }>(
    'UPDATE slots SET booked = booked + 1 WHERE id = $1 AND booked < capacity RETURNING booked',
    [slotId],
  );
  return rows.length === 1;
}

/** Gives a place back (cancel, or the old slot of a reschedule); same transaction as the status change. */
export async function releasePlace(tx: Queryable, slotId: string): Promise<void> {
  await tx.query('UPDATE slots SET booked = booked - 1 WHERE id = $1 AND booked > 0', [slotId]);
}

/** A new activity with its slots, as stored. */
export interface NewActivity {
  id: string;
  kind: ActivityKind;
  title: string;
  description?: string;
  expertIds: readonly string[];
  hostInstitutionId: string;
  departmentId?: string;
  batchId?: string;
  place?: string;
  videoUrl?: string;
  startsAt: string;
  endsAt: string;
  bookable: boolean;
  slots: readonly {
    id: string;
    startsAt: string;
    endsAt: string;
    capacity: number;
    expertId: string;
    departmentId: string | null;
  }[];
}

/** Stores an activity and its slots in the request's transaction; returns the stored activity. */
export async function insertActivity(tx: Queryable, activity: NewActivity): Promise<ActivityRow> {
  const { rows } = await tx.query<ActivityRow>(
    `INSERT INTO activities (id, kind, title, description, expert_ids, host_institution_id, department_id, batch_id,
       place, video_url, starts_at, ends_at, bookable)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
    [
      activity.id,
      activity.kind,
      activity.title,
      activity.description ?? null,
      activity.expertIds,
      activity.hostInstitutionId,
      activity.departmentId ?? null,
      activity.batchId ?? null,
      activity.place ?? null,
      activity.videoUrl ?? null,
      activity.startsAt,
      activity.endsAt,
      activity.bookable,
    ],
  );
  if (activity.slots.length > 0) {
    // One statement for every slot: a 义诊 has hundreds.
    await tx.query(
      `INSERT INTO slots (id, activity_id, starts_at, ends_at, capacity, expert_id, department_id)
       SELECT s.id, $1, s.starts_at, s.ends_at, s.capacity, s.expert_id, s.department_id
       FROM unnest($2::text[], $3::timestamptz[], $4::timestamptz[], $5::int[], $6::text[], $7::text[])
         AS s(id, starts_at, ends_at, capacity, expert_id, department_id)`,
      [
        activity.id,
        activity.slots.map((s) => s.id),
        activity.slots.map((s) => s.startsAt),
        activity.slots.map((s) => s.endsAt),
        activity.slots.map((s) => s.capacity),
        activity.slots.map((s) => s.expertId),
        activity.slots.map((s) => s.departmentId),
      ],
    );
  }
  return rows[0]!;
}
