import type { components, operations } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';
import {
  BOOKING_CONSENT_PURPOSES,
  checkConsent,
  checkTicketClose,
  normalizeIdNumber,
  shanghaiDate,
  validatePatientIdentity,
} from '@yilian/domain';
import type { Actor } from '../../auth.js';
import { Failure, failures } from '../../failure.js';
import { newId } from '../../ids.js';
import { idCursor, page } from '../../pagination.js';
import type { ActivityRow } from '../../stores/activity-store.js';
import { findVisibleActivity } from '../../stores/activity-store.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import { clinicianIn, departmentIn } from '../../stores/directory-store.js';
import type { TicketRow } from '../../stores/queue-store.js';
import {
  callNext,
  closeTicket,
  findTicket,
  issueTicket,
  listTickets,
  queueState,
} from '../../stores/queue-store.js';
import { patientFor, patientKey } from '../shared/patient.js';
import { actorRef, compact, iso, isoOrUndefined } from '../shared/present.js';
import type { BookingContext, DispatchContext } from './context.js';

type Schemas = components['schemas'];

function toTicket(actor: Actor, row: TicketRow): Schemas['QueueTicket'] {
  return compact({
    id: row.id,
    version: row.version,
    activityId: row.activity_id,
    departmentId: row.department_id,
    number: row.number,
    status: row.status,
    patient: patientFor(actor, row.patient),
    registeredAt: iso(row.registered_at),
    calledAt: isoOrUndefined(row.called_at),
    closedAt: isoOrUndefined(row.closed_at),
  });
}

/** The 义诊 the caller may see: `not_found` outside its alliances, `not_a_free_clinic` for another kind. */
async function loadFreeClinic(
  { db, actor }: Pick<DispatchContext, 'db' | 'actor'>,
  activityId: string,
): Promise<ActivityRow> {
  const activity = await findVisibleActivity(
    db,
    activityId,
    await allianceNeighbours(db, actor.institutionId),
  );
  if (!activity) {
    throw failures.notFound();
  }
  if (activity.kind !== 'free_clinic') {
    throw new Failure('not_a_free_clinic');
  }
  return activity;
}

/** The registration desk and the department desks are the host's staff; anyone else may only watch. */
async function loadDesk(
  ctx: Pick<DispatchContext, 'db' | 'actor'>,
  activityId: string,
): Promise<ActivityRow> {
  const activity = await loadFreeClinic(ctx, activityId);
  if (ctx.actor.institutionId !== activity.host_institution_id) {
    throw failures.forbidden({ requiredRoles: ['coordinator', 'receiver'] });
  }
  return activity;
}

/** The live state of the day's queues: numbers and counts only, for the desks, the waiting room and patients. */
export async function getFreeClinicQueue(
  ctx: Pick<DispatchContext, 'db' | 'actor'> & { now: Date },
  activityId: string,
): Promise<Schemas['FreeClinicQueue']> {
  const activity = await loadFreeClinic(ctx, activityId);
  const rows = await queueState(ctx.db, activityId);
  const departments = rows.map((r) => ({
    departmentId: r.department_id,
    nowServing: r.now_serving === null ? null : Number(r.now_serving),
    lastIssued: r.last_issued,
    counts: { registered: r.registered, waiting: r.waiting, called: r.called, seen: r.seen, left: r.left },
  }));
  const sum = (key: keyof Schemas['QueueDayCounts']) =>
    departments.reduce((total, d) => total + d.counts[key], 0);
  return {
    activityId,
    hostInstitutionId: activity.host_institution_id,
    date: shanghaiDate(activity.starts_at),
    departments,
    counts: {
      registered: sum('registered'),
      waiting: sum('waiting'),
      called: sum('called'),
      seen: sum('seen'),
      left: sum('left'),
    },
    asOf: iso(ctx.now),
  };
}

/** The field rules of a walk-in registration that need no database, so every invalid field is named at once. */
export function walkInRuleIssues(now: Date, body: unknown): FieldIssue[] {
  const walkIn = body as Partial<Schemas['QueueTicketCreate']>;
  return [
    ...validatePatientIdentity(walkIn.patient as Schemas['Patient'], now, '/patient'),
    ...checkConsent(walkIn.consent, walkIn.patient, now, { purposes: BOOKING_CONSENT_PURPOSES.free_clinic }),
  ];
}

/** Registers a walk-in at the 义诊 desk and issues the department's next number (DOMAIN §4 义诊 queue). */
export async function registerWalkIn(
  ctx: BookingContext,
  activityId: string,
  body: Schemas['QueueTicketCreate'],
): Promise<Schemas['QueueTicket']> {
  const { db: tx, actor, now, config } = ctx;
  const activity = await loadDesk(ctx, activityId);
  const issues = walkInRuleIssues(now, body);
  if (!(await departmentIn(tx, body.departmentId, activity.host_institution_id))) {
    issues.push({ pointer: '/departmentId', code: 'department_not_in_institution' });
  }
  if (body.consent.recordedBy === undefined) {
    issues.push({ pointer: '/consent/recordedBy', code: 'required' });
  } else if (!(await clinicianIn(tx, body.consent.recordedBy, activity.host_institution_id))) {
    issues.push({ pointer: '/consent/recordedBy', code: 'unknown_reference' });
  }
  if (issues.length > 0) {
    throw failures.validation(issues);
  }
  const { idNumberMasked: _masked, ...patient } = body.patient;
  patient.idNumber = normalizeIdNumber(patient.idType, patient.idNumber);
  const row = await issueTicket(
    tx,
    {
      id: newId('tkt', now),
      activityId,
      departmentId: body.departmentId,
      patient,
      patientKey: await patientKey(config.patientKeySecret, patient.idType, patient.idNumber),
      registeredBy: actorRef(actor),
    },
    { type: 'queue.ticket_issued', at: now, hostInstitutionId: activity.host_institution_id },
  );
  return toTicket(actor, row);
}

/** The day's tickets for the desk, by department and number. */
export async function listQueueTickets(
  ctx: Pick<DispatchContext, 'db' | 'actor'>,
  activityId: string,
  query: NonNullable<operations['listQueueTickets']['parameters']['query']>,
): Promise<Schemas['QueueTicketPage']> {
  await loadDesk(ctx, activityId);
  const limit = query.limit ?? 20;
  const position = idCursor(query.cursor);
  const [departmentId, number] = position?.split('#') ?? [];
  const rows = await listTickets(ctx.db, {
    activityId,
    departmentId: query.departmentId,
    status: query.status,
    after: departmentId && number ? { departmentId, number: Number(number) } : undefined,
    limit: limit + 1,
  });
  const result = page(rows, limit, (r) => ({ id: `${r.department_id}#${r.number}` }));
  return { items: result.items.map((r) => toTicket(ctx.actor, r)), nextCursor: result.nextCursor };
}

/** The department's desk calls the next number. */
export async function callNextTicket(
  ctx: DispatchContext,
  activityId: string,
  body: Schemas['QueueCallNext'],
): Promise<Schemas['QueueTicket']> {
  const activity = await loadDesk(ctx, activityId);
  if (!(await departmentIn(ctx.db, body.departmentId, activity.host_institution_id))) {
    throw failures.field('/departmentId', 'department_not_in_institution');
  }
  const row = await callNext(
    ctx.db,
    { activityId, departmentId: body.departmentId },
    { at: ctx.now, hostInstitutionId: activity.host_institution_id },
  );
  return toTicket(ctx.actor, row);
}

/** Closes a ticket as seen or left without being seen, on the version the desk decided on. */
export async function closeQueueTicket(
  ctx: DispatchContext,
  activityId: string,
  ticketId: string,
  body: Schemas['QueueTicketClose'],
  expectedVersion: number | undefined,
): Promise<Schemas['QueueTicket']> {
  const activity = await loadDesk(ctx, activityId);
  const row = await findTicket(ctx.db, activityId, ticketId, { forUpdate: true });
  if (!row) {
    throw failures.notFound();
  }
  if (expectedVersion !== row.version) {
    throw new Failure('version_conflict', { members: { currentVersion: row.version } });
  }
  const decision = checkTicketClose(row.status, body.outcome);
  if (!decision.ok) {
    throw new Failure(decision.problem);
  }
  const closed = await closeTicket(ctx.db, row, body.outcome, {
    at: ctx.now,
    hostInstitutionId: activity.host_institution_id,
  });
  return toTicket(ctx.actor, closed);
}
