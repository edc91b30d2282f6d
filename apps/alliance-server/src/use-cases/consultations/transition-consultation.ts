import type { components } from '@yilian/contract';
import type { ConsultationDecision, FieldIssue } from '@yilian/domain';
import { allowedConsultationCommands, decideConsultationCommand } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import { Failure, failures } from '../../failure.js';
import type { ReferralSigner } from '../../signing.js';
import { digestOnlySigner } from '../../signing.js';
import { appendAudit } from '../../stores/audit-store.js';
import type { ConsultationChanges, ConsultationRow } from '../../stores/consultation-store.js';
import { updateConsultationIfVersion } from '../../stores/consultation-store.js';
import { clinicianIn, clinicianName, institutionExists } from '../../stores/directory-store.js';
import { findVisibleActivity } from '../../stores/activity-store.js';
import { appendEvent } from '../../stores/event-store.js';
import { actorRef, compact, iso } from '../shared/present.js';
import type { ConsultationWriteContext } from './context.js';
import { consultationVersionConflict, mustLoadConsultation } from './load-consultation.js';
import {
  CONSULTATION_COMMAND_EVENTS,
  consultationFeed,
  partiesOf,
  toConsultation,
} from './present-consultation.js';
import { signOpinion } from './sign-opinion.js';

type Schemas = components['schemas'];
type ConsultationTransition = Schemas['ConsultationTransition'];

/** What a transition asks: the consultation, the version the caller last saw (its `If-Match`), and the command. */
export interface TransitionConsultationInput {
  consultationId: string;
  /** `undefined` when the `If-Match` names no version, which matches none. */
  expectedVersion: number | undefined;
  command: ConsultationTransition;
}

const ROLES: readonly Actor['role'][] = ['referrer', 'receiver', 'coordinator', 'expert', 'admin'];

function refusal(
  decision: Exclude<ConsultationDecision, { ok: true }>,
  row: ConsultationRow,
  actor: Actor,
  command: ConsultationTransition['command'],
): Failure {
  switch (decision.problem) {
    case 'not_found':
      return failures.notFound();
    case 'forbidden': {
      const parties = partiesOf(row);
      const scheduled = parties.schedule?.expertIds ?? [];
      const requiredRoles = ROLES.filter((role) =>
        [parties.invitingInstitutionId, parties.invitedInstitutionId].some((institutionId) =>
          [undefined, ...scheduled].some((clinicianId) =>
            allowedConsultationCommands(parties, compact({ role, institutionId, clinicianId })).includes(
              command,
            ),
          ),
        ),
      );
      return failures.forbidden({ requiredRoles, allowedConsultationCommands: decision.allowedCommands });
    }
    case 'invalid_transition':
      return new Failure('invalid_transition', {
        members: { allowedConsultationCommands: decision.allowedCommands },
      });
    case 'opinion_already_signed':
      return new Failure('opinion_already_signed');
    case 'validation_failed':
      return failures.validation(decision.errors);
    default:
      return decision satisfies never;
  }
}

/** The columns a command writes besides status and version, and what its audit event records. */
async function commandChanges(
  tx: Queryable,
  row: ConsultationRow,
  body: ConsultationTransition,
  actor: Actor,
  now: Date,
  signer: ReferralSigner,
): Promise<{ set: Omit<ConsultationChanges, 'status' | 'updated_at'>; reasonCode?: string; note?: string }> {
  const by = actorRef(actor);
  switch (body.command) {
    case 'schedule': {
      const { schedule } = body;
      const issues: FieldIssue[] = [];
      for (const [index, expertId] of schedule.expertIds.entries()) {
        if (!(await clinicianIn(tx, expertId, row.invited_institution_id))) {
          issues.push({ pointer: `/schedule/expertIds/${index}`, code: 'clinician_not_in_institution' });
        }
      }
      if (
        schedule.activityId !== undefined &&
        !(await findVisibleActivity(tx, schedule.activityId, [
          row.inviting_institution_id,
          row.invited_institution_id,
        ]))
      ) {
        issues.push({ pointer: '/schedule/activityId', code: 'unknown_reference' });
      }
      if (issues.length > 0) {
        throw failures.validation(issues);
      }
      const stored: Schemas['ConsultationSchedule'] = compact({
        ...schedule,
        durationMinutes: schedule.durationMinutes ?? 30,
        scheduledAt: iso(schedule.scheduledAt),
      });
      return {
        set: {
          schedule: stored,
          scheduled_at: now,
          expert_ids: [...new Set([...row.request.requestedExpertIds, ...schedule.expertIds])],
        },
        note: schedule.note,
      };
    }
    case 'decline': {
      if (
        body.alternativeInstitutionId !== undefined &&
        !(await institutionExists(tx, body.alternativeInstitutionId))
      ) {
        throw failures.field('/alternativeInstitutionId', 'unknown_reference');
      }
      const declination = compact({
        code: body.reasonCode,
        text: body.reasonText,
        alternativeInstitutionId: body.alternativeInstitutionId,
        at: iso(now),
        by,
      });
      return { set: { declination }, reasonCode: body.reasonCode, note: body.reasonText };
    }
    case 'cancel': {
      const cancellation = compact({ code: body.reasonCode, text: body.reasonText, at: iso(now), by });
      return { set: { cancellation }, reasonCode: body.reasonCode, note: body.reasonText };
    }
    case 'start_session':
      return { set: { session_started_at: now }, note: body.note };
    case 'submit_opinion': {
      const signedAt = iso(now);
      const signature = await signOpinion(row, body.opinion, actor.clinicianId, signedAt, signer);
      const opinion: Schemas['ConsultationOpinion'] = compact({
        expertClinicianId: actor.clinicianId,
        expertName: actor.name ?? (await clinicianName(tx, actor.clinicianId)),
        findings: body.opinion.findings,
        advice: body.opinion.advice,
        diagnosis: body.opinion.diagnosis,
        recommendReferral: body.opinion.recommendReferral,
        signature,
        signedAt,
      });
      return { set: { opinions: [...row.opinions, opinion] } };
    }
    case 'acknowledge': {
      const acknowledgement = compact({
        note: body.note,
        rating: body.rating,
        ratingComment: body.ratingComment,
        at: iso(now),
        by,
      });
      return { set: { acknowledgement, closed_at: now }, note: body.note };
    }
    default:
      return body satisfies never;
  }
}

/**
 * Applies a command to a consultation the caller's institution is party to, if the domain allows it of the caller
 * and the caller saw the current version: one compare-and-set, so of two coordinators scheduling the same version
 * only the first is written, with its audit and feed events; the other gets `version_conflict`.
 * @returns the consultation after the command
 */
export async function transitionConsultation(
  ctx: ConsultationWriteContext & { signer?: ReferralSigner },
  input: TransitionConsultationInput,
): Promise<Schemas['Consultation']> {
  const { tx, actor, now } = ctx;
  const body = input.command;
  const row = await mustLoadConsultation(tx, input.consultationId, actor);
  if (input.expectedVersion !== row.version) {
    throw await consultationVersionConflict(tx, row.id, actor);
  }
  const decision = decideConsultationCommand(partiesOf(row), actor, body, { now });
  if (!decision.ok) {
    throw refusal(decision, row, actor, body.command);
  }
  const changes = await commandChanges(tx, row, body, actor, now, ctx.signer ?? digestOnlySigner);
  const reported = decision.command === 'submit_opinion' && decision.to === 'reported';
  const version = await updateConsultationIfVersion(tx, row.id, row.version, {
    ...changes.set,
    ...(reported ? { reported_at: now } : {}),
    status: decision.to,
    updated_at: now,
  });
  if (version === undefined) {
    throw await consultationVersionConflict(tx, row.id, actor);
  }
  await appendAudit(tx, {
    resourceType: 'consultation',
    resourceId: row.id,
    at: now,
    actor: actorRef(actor),
    action: decision.command,
    fromStatus: decision.from,
    toStatus: decision.to,
    reasonCode: changes.reasonCode,
    note: changes.note,
  });
  const data = { status: decision.to, version };
  await appendEvent(tx, {
    type: CONSULTATION_COMMAND_EVENTS[decision.command],
    resourceId: row.id,
    at: now,
    data: decision.command === 'submit_opinion' ? { ...data, expertClinicianId: actor.clinicianId } : data,
    institutionIds: consultationFeed(row),
  });
  if (reported) {
    await appendEvent(tx, {
      type: 'consultation.reported',
      resourceId: row.id,
      at: now,
      data,
      institutionIds: consultationFeed(row),
    });
  }
  return toConsultation(await mustLoadConsultation(tx, row.id, actor), actor);
}
