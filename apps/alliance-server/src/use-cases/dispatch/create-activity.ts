import type { components } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';
import { isBookableKind, toEpochMs, unregisteredExperts } from '@yilian/domain';
import { Failure, failures } from '../../failure.js';
import { newId } from '../../ids.js';
import { insertActivity } from '../../stores/activity-store.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import { batchFor } from '../../stores/batch-store.js';
import { departmentIn, knownClinicians, practiceSitesOf } from '../../stores/directory-store.js';
import { appendEvent } from '../../stores/event-store.js';
import { iso } from '../shared/present.js';
import type { DispatchContext } from './context.js';
import { toActivity } from './present-dispatch.js';

type Schemas = components['schemas'];

/** The roles that schedule activities (the 医务处 of either side). */
const SCHEDULING_ROLES = ['coordinator', 'admin'] as const;

/** The field rules of an activity that need no database, so every invalid field is named at once. */
export function activityRuleIssues(body: unknown): FieldIssue[] {
  const activity = body as Partial<Schemas['ActivityCreate']>;
  const issues: FieldIssue[] = [];
  const ms = (value: unknown) => {
    try {
      return typeof value === 'string' ? toEpochMs(value) : Number.NaN;
    } catch {
      return Number.NaN;
    }
  };
  const start = ms(activity.startsAt);
  const end = ms(activity.endsAt);
  if (start >= end) {
    issues.push({ pointer: '/endsAt', code: 'interval_invalid' });
  }
  const slots = Array.isArray(activity.slots) ? activity.slots : [];
  if (slots.length > 0 && activity.kind !== undefined && !isBookableKind(activity.kind)) {
    // Ward rounds, lectures and surgery guidance have attendees, not bookable slots.
    issues.push({ pointer: '/slots', code: 'out_of_range' });
  }
  slots.forEach((slot, i) => {
    const from = ms(slot?.startsAt);
    const to = ms(slot?.endsAt);
    if (from >= to) {
      issues.push({ pointer: `/slots/${i}/endsAt`, code: 'interval_invalid' });
    } else if (from < start || to > end) {
      issues.push({ pointer: `/slots/${i}/startsAt`, code: 'out_of_range' });
    }
    const expertIds = activity.expertIds ?? [];
    if (slot?.expertId !== undefined && !expertIds.includes(slot.expertId)) {
      issues.push({ pointer: `/slots/${i}/expertId`, code: 'unknown_reference' });
    }
  });
  return issues;
}

/**
 * Schedules an expert activity with its slots (DOMAIN §4). A clinic, surgery guidance or ward round needs every
 * expert's practice registered or filed at the host on its days (多机构执业): `practice_not_registered`, naming
 * the experts, otherwise.
 */
export async function createActivity(
  ctx: DispatchContext,
  body: Schemas['ActivityCreate'],
): Promise<Schemas['Activity']> {
  const { db: tx, actor, now } = ctx;
  if (!(SCHEDULING_ROLES as readonly string[]).includes(actor.role)) {
    throw failures.forbidden({ requiredRoles: [...SCHEDULING_ROLES] });
  }
  const issues = activityRuleIssues(body);
  const visible = await allianceNeighbours(tx, actor.institutionId);
  if (!visible.includes(body.hostInstitutionId)) {
    issues.push({ pointer: '/hostInstitutionId', code: 'unknown_reference' });
  }
  const known = await knownClinicians(tx, body.expertIds);
  body.expertIds.forEach((id, i) => {
    if (!known.has(id)) {
      issues.push({ pointer: `/expertIds/${i}`, code: 'unknown_reference' });
    }
  });
  if (body.departmentId && !(await departmentIn(tx, body.departmentId, body.hostInstitutionId))) {
    issues.push({ pointer: '/departmentId', code: 'department_not_in_institution' });
  }
  for (const [i, slot] of (body.slots ?? []).entries()) {
    if (slot.departmentId && !(await departmentIn(tx, slot.departmentId, body.hostInstitutionId))) {
      issues.push({ pointer: `/slots/${i}/departmentId`, code: 'department_not_in_institution' });
    }
  }
  const batch = body.batchId ? await batchFor(tx, body.batchId) : undefined;
  if (body.batchId && batch?.host_institution_id !== body.hostInstitutionId) {
    issues.push({ pointer: '/batchId', code: 'unknown_reference' });
  }
  if (issues.length > 0) {
    throw failures.validation(issues);
  }
  // The host schedules for itself; a sender schedules its own experts' visits.
  const homes = await practiceSitesOf(tx, body.expertIds);
  const sends = [...homes.values()].some((sites) =>
    sites.some((site) => site.kind === 'main' && site.institution_id === actor.institutionId),
  );
  if (actor.institutionId !== body.hostInstitutionId && !sends) {
    throw failures.forbidden({ requiredRoles: [...SCHEDULING_ROLES] });
  }
  const unregistered = unregisteredExperts(
    { ...body, expertIds: body.expertIds },
    new Map(
      [...homes].map(([id, sites]) => [
        id,
        sites.map((s) => ({
          institutionId: s.institution_id,
          kind: s.kind,
          validFrom: s.valid_from,
          ...(s.valid_to ? { validTo: s.valid_to } : {}),
        })),
      ]),
    ),
  );
  if (unregistered.length > 0) {
    throw new Failure('practice_not_registered', { members: { unregisteredExpertIds: unregistered } });
  }
  const id = newId('act', now);
  const row = await insertActivity(tx, {
    id,
    kind: body.kind,
    title: body.title,
    description: body.description,
    expertIds: body.expertIds,
    hostInstitutionId: body.hostInstitutionId,
    departmentId: body.departmentId,
    batchId: body.batchId,
    place: body.place,
    videoUrl: body.videoUrl,
    startsAt: iso(body.startsAt),
    endsAt: iso(body.endsAt),
    bookable: isBookableKind(body.kind),
    slots: (body.slots ?? []).map((slot, i) => ({
      id: `slt_${id.slice(4)}_${i + 1}`,
      startsAt: iso(slot.startsAt),
      endsAt: iso(slot.endsAt),
      capacity: slot.capacity,
      expertId: slot.expertId ?? body.expertIds[0]!,
      departmentId: slot.departmentId ?? body.departmentId ?? null,
    })),
  });
  await appendEvent(tx, {
    type: 'activity.scheduled',
    resourceId: id,
    at: now,
    data: { activityId: id, kind: body.kind, status: 'scheduled', hostInstitutionId: body.hostInstitutionId },
    institutionIds: [
      body.hostInstitutionId,
      ...[...homes.values()].flatMap((sites) =>
        sites.filter((s) => s.kind === 'main').map((s) => s.institution_id),
      ),
    ],
  });
  return toActivity(row);
}
