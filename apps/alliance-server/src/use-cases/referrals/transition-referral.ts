import type { components } from '@yilian/contract';
import type { CommandDecision, FieldIssue, ReferralParties, ReferralTimeFacts } from '@yilian/domain';
import {
  allowedCommands,
  answerDeadline,
  decideCommand,
  expiresAt,
  validateReferralContent,
} from '@yilian/domain';
import type { Actor } from '../../auth.js';
import type { Queryable } from '../../db/database.js';
import { Failure, failures } from '../../failure.js';
import { appendAudit } from '../../stores/audit-store.js';
import { clinicianIn, departmentIn, institutionExists } from '../../stores/directory-store.js';
import { appendEvent } from '../../stores/event-store.js';
import type { ReferralChanges, ReferralRow } from '../../stores/referral-store.js';
import { updateReferralIfVersion } from '../../stores/referral-store.js';
import { actorRef, compact, iso, isoOrUndefined } from '../shared/present.js';
import type { ReferralWriteContext } from './context.js';
import { expireDue } from './expire-due.js';
import { mustLoadReferral, versionConflict } from './load-referral.js';
import { referralEventData, toReferral } from './present-referral.js';
import type { ReferralSigner } from '../../signing.js';
import { digestOnlySigner } from '../../signing.js';
import { signReferral, signingClinician } from './sign-referral.js';
import { COMMAND_EVENTS, feedParties } from './referral-feed.js';

type Schemas = components['schemas'];
type ReferralTransition = Schemas['ReferralTransition'];

/** What a transition asks: the referral, the version the caller last saw (its `If-Match`), and the command. */
export interface TransitionReferralInput {
  referralId: string;
  /** `undefined` when the `If-Match` names no version, which matches none. */
  expectedVersion: number | undefined;
  command: ReferralTransition;
}

const ROLES: readonly Actor['role'][] = ['referrer', 'receiver', 'coordinator', 'expert', 'admin'];

/**
 * The refusal a decision of the domain stands for. A `forbidden` names the roles that may issue the command (of
 * the party institution that issues it) and the commands the caller may issue now.
 */
function refusal(
  decision: Exclude<CommandDecision, { ok: true }>,
  parties: ReferralParties,
  actor: Actor,
  command: ReferralTransition['command'],
): Failure {
  switch (decision.problem) {
    case 'not_found':
      return failures.notFound();
    case 'forbidden': {
      const institutions = [
        actor.institutionId,
        parties.sendingInstitutionId,
        parties.receivingInstitutionId,
      ];
      const requiredRoles = ROLES.filter((role) =>
        institutions.some((institutionId) =>
          allowedCommands(parties, { role, institutionId }).includes(command),
        ),
      );
      return failures.forbidden({ requiredRoles, allowedCommands: allowedCommands(parties, actor) });
    }
    case 'invalid_transition':
      return new Failure('invalid_transition', { members: { allowedCommands: decision.allowedCommands } });
    case 'validation_failed':
      return failures.validation(decision.errors);
    case 'no_show_too_early':
      return new Failure('no_show_too_early', {
        members: { noShowAllowedFrom: iso(decision.noShowAllowedFrom) },
      });
    default:
      return decision satisfies never;
  }
}

/** The columns a command writes besides status and version, and what its audit event records. */
async function commandChanges(
  tx: Queryable,
  row: ReferralRow,
  body: ReferralTransition,
  actor: Actor,
  now: Date,
  referralSigner: ReferralSigner,
): Promise<{ set: Omit<ReferralChanges, 'status' | 'updated_at'>; reasonCode?: string; note?: string }> {
  const by = actorRef(actor);
  switch (body.command) {
    case 'submit':
    case 'resubmit': {
      // A draft may be incomplete, and a returned referral is being completed; what is sent must carry the required
      // content, and is signed as sent. The answer SLA (re)starts, so a green channel may escalate again.
      const issues = validateReferralContent({
        ...row.details,
        direction: row.direction,
        urgency: row.urgency,
      });
      const signingId = body.command === 'submit' ? body.signingClinicianId : undefined;
      const signing = await signingClinician(tx, actor, signingId, row.sending_institution_id);
      if ('issue' in signing) {
        issues.push(signing.issue);
      }
      if (issues.length > 0 || 'issue' in signing) {
        throw failures.validation(issues);
      }
      return {
        set: {
          signature: await signReferral(row, signing.clinicianId, now, referralSigner),
          submitted_at: now,
          answer_due_at: answerDeadline(row.urgency, now),
          expires_at: expiresAt(row.urgency, now),
          escalated_at: null,
        },
        note: body.note,
      };
    }
    case 'return_for_info':
      return { set: { return_record: { note: body.note, at: iso(now), by } }, note: body.note };
    case 'accept': {
      const { appointment } = body;
      const issues: FieldIssue[] = [];
      if (!(await departmentIn(tx, appointment.departmentId, row.receiving_institution_id))) {
        issues.push({ pointer: '/appointment/departmentId', code: 'department_not_in_institution' });
      }
      if (
        appointment.clinicianId !== undefined &&
        !(await clinicianIn(tx, appointment.clinicianId, row.receiving_institution_id))
      ) {
        issues.push({ pointer: '/appointment/clinicianId', code: 'unknown_reference' });
      }
      if (issues.length > 0) {
        throw failures.validation(issues);
      }
      const { window } = appointment;
      return {
        set: {
          appointment: compact({
            ...appointment,
            scheduledAt: isoOrUndefined(appointment.scheduledAt),
            window: window ? { from: iso(window.from), to: iso(window.to) } : undefined,
          }),
          receiving_department_id: appointment.departmentId,
          receiving_clinician_id: appointment.clinicianId ?? row.receiving_clinician_id,
        },
        note: body.note,
      };
    }
    case 'reject': {
      if (
        body.alternativeInstitutionId !== undefined &&
        !(await institutionExists(tx, body.alternativeInstitutionId))
      ) {
        throw failures.field('/alternativeInstitutionId', 'unknown_reference');
      }
      const rejection = compact({
        code: body.reasonCode,
        text: body.reasonText,
        alternativeInstitutionId: body.alternativeInstitutionId,
        at: iso(now),
        by,
      });
      return { set: { rejection }, reasonCode: body.reasonCode, note: body.reasonText };
    }
    case 'cancel': {
      const cancellation = compact({ code: body.reasonCode, text: body.reasonText, at: iso(now), by });
      return { set: { cancellation }, reasonCode: body.reasonCode, note: body.reasonText };
    }
    case 'record_arrival':
      return {
        set: { arrived_at: new Date(body.arrivedAt), receiving_record_numbers: body.receivingRecordNumbers },
      };
    case 'start_treatment':
      // The contract's referral has no field for the setting; the timeline keeps it.
      return { set: {}, note: body.setting };
    case 'report':
      return {
        set: { report: compact({ ...body.report, dischargedAt: isoOrUndefined(body.report.dischargedAt) }) },
      };
    case 'close':
      return { set: { closing_note: body.note, closed_at: now }, note: body.note };
    case 'mark_no_show':
      return { set: {}, note: body.note };
    default:
      return body satisfies never;
  }
}

/**
 * Applies a command to a referral the caller's institution may see, if the domain allows it of the caller at the
 * referral's status and the caller saw the current version: one compare-and-set, so of two decisions on the same
 * version only the first is written, with its audit and feed events.
 * @returns the referral after the command
 */
export async function transitionReferral(
  ctx: ReferralWriteContext & { referralSigner?: ReferralSigner },
  input: TransitionReferralInput,
): Promise<Schemas['Referral']> {
  const { tx, actor, now } = ctx;
  const body = input.command;
  // Expire or escalate only this referral here: the sweep of everything runs on reads, in its own transaction.
  await expireDue(tx, now, { referralId: input.referralId });
  const row = await mustLoadReferral(tx, input.referralId, actor);
  if (input.expectedVersion !== row.version) {
    throw await versionConflict(tx, row.id, actor);
  }
  const parties: ReferralParties & ReferralTimeFacts = {
    status: row.status,
    direction: row.direction,
    sendingInstitutionId: row.sending_institution_id,
    receivingInstitutionId: row.receiving_institution_id,
    urgency: row.urgency,
    submittedAt: isoOrUndefined(row.submitted_at),
    appointment: row.appointment ?? undefined,
  };
  const decision = decideCommand(parties, actor, body, { now });
  if (!decision.ok) {
    throw refusal(decision, parties, actor, body.command);
  }
  const changes = await commandChanges(tx, row, body, actor, now, ctx.referralSigner ?? digestOnlySigner);
  const version = await updateReferralIfVersion(tx, row.id, row.version, {
    ...changes.set,
    status: decision.to,
    updated_at: now,
  });
  if (version === undefined) {
    throw await versionConflict(tx, row.id, actor);
  }
  await appendAudit(tx, {
    resourceType: 'referral',
    resourceId: row.id,
    at: now,
    actor: actorRef(actor),
    action: decision.command,
    fromStatus: decision.from,
    toStatus: decision.to,
    reasonCode: changes.reasonCode,
    note: changes.note,
  });
  const after = await mustLoadReferral(tx, row.id, actor);
  await appendEvent(tx, {
    type: COMMAND_EVENTS[decision.command],
    resourceId: row.id,
    at: now,
    data: referralEventData(after),
    institutionIds: feedParties(row, row.submitted_at !== null || decision.to === 'submitted'),
  });
  return toReferral(after, actor);
}
