import type { components } from '@yilian/contract';
import { enumValues } from './enum-values.js';
import type { FieldIssue } from './field-issue.js';
import { isBlank, isOneOf } from './guards.js';
import { CONSENT_CLOCK_SKEW_MS, checkConsent } from './consent.js';
import { validatePatientIdentity } from './identifiers.js';
import { isInstant, toEpochMs, type InstantInput } from './shanghai-time.js';

type Schemas = components['schemas'];
type ConsultationStatus = Schemas['ConsultationStatus'];
type ConsultationCommand = Schemas['ConsultationCommand'];
type ConsultationStatusGroup = Schemas['ConsultationStatusGroup'];
type ConsultationTransition = Schemas['ConsultationTransition'];
type ConsultationCreate = Schemas['ConsultationCreate'];
type Consultation = Schemas['Consultation'];
type Role = Schemas['Role'];
type FieldErrorCode = Schemas['FieldErrorCode'];

/**
 * Every consultation status, in lifecycle order (DOMAIN §5a).
 * @example CONSULTATION_STATUSES[0] // 'requested'
 */
export const CONSULTATION_STATUSES = enumValues<ConsultationStatus>()([
  'requested',
  'scheduled',
  'in_session',
  'reported',
  'closed',
  'declined',
  'cancelled',
]);

/**
 * Every consultation command, in the order `allowedConsultationCommands` lists them (forward steps first).
 * @example CONSULTATION_COMMANDS[0] // 'schedule'
 */
export const CONSULTATION_COMMANDS = enumValues<ConsultationCommand>()([
  'schedule',
  'decline',
  'start_session',
  'submit_opinion',
  'acknowledge',
  'cancel',
]);

/**
 * The tabs of a consultation inbox, in the order the work is done.
 * @example CONSULTATION_STATUS_GROUPS[0] // 'to_schedule'
 */
export const CONSULTATION_STATUS_GROUPS = enumValues<ConsultationStatusGroup>()([
  'to_schedule',
  'upcoming',
  'in_session',
  'to_acknowledge',
  'closed_or_ended',
]);

const GROUP_OF_STATUS: Readonly<Record<ConsultationStatus, ConsultationStatusGroup>> = Object.freeze({
  requested: 'to_schedule',
  scheduled: 'upcoming',
  in_session: 'in_session',
  reported: 'to_acknowledge',
  closed: 'closed_or_ended',
  declined: 'closed_or_ended',
  cancelled: 'closed_or_ended',
});

/**
 * The inbox tab a consultation status belongs to; every status is in exactly one group.
 * @param status - a consultation status
 * @example consultationStatusGroupOf('reported') // 'to_acknowledge'
 */
export function consultationStatusGroupOf(status: ConsultationStatus): ConsultationStatusGroup {
  return GROUP_OF_STATUS[status];
}

/**
 * The statuses of an inbox tab, in lifecycle order: what a list's `status` filter takes for that tab.
 * @param group - a consultation status group
 * @example consultationStatusesOfGroup('closed_or_ended') // ['closed', 'declined', 'cancelled']
 */
export function consultationStatusesOfGroup(group: ConsultationStatusGroup): ConsultationStatus[] {
  return CONSULTATION_STATUSES.filter((status) => GROUP_OF_STATUS[status] === group);
}

const CONSULTATION_URGENCIES = enumValues<Schemas['ConsultationUrgency']>()([
  'routine',
  'urgent',
  'emergency',
]);
const CONSULTATION_MODES = enumValues<Schemas['ConsultationMode']>()(['video', 'on_site']);
const DECLINE_REASON_CODES = enumValues<Schemas['ConsultationDeclineReasonCode']>()([
  'no_expert_available',
  'outside_scope',
  'incomplete_information',
  'not_indicated',
  'other',
]);
const CANCEL_REASON_CODES = enumValues<Schemas['ConsultationCancelReasonCode']>()([
  'patient_declined',
  'condition_improved',
  'condition_worsened',
  'referred_elsewhere',
  'expert_unavailable',
  'entered_in_error',
  'other',
]);
const ATTACHMENT_KINDS = enumValues<Schemas['ConsultationAttachmentInput']['kind']>()([
  'result',
  'image_study',
  'emr_excerpt',
  'other',
]);
// 书面同意: on paper or electronically signed; a witnessed verbal consent is not written (DOMAIN §5a).
const WRITTEN_CONSENT_METHODS: readonly Schemas['Consent']['method'][] = ['written', 'electronic_signature'];
const CONSULTATION_CONSENT_PURPOSES: readonly Schemas['ConsentPurpose'][] = ['remote_consultation'];

// `submit_opinion` keeps the consultation `in_session` until the last scheduled expert signs (`decideConsultationCommand`).
const TRANSITIONS: Record<ConsultationStatus, Partial<Record<ConsultationCommand, ConsultationStatus>>> = {
  requested: { schedule: 'scheduled', decline: 'declined', cancel: 'cancelled' },
  scheduled: { start_session: 'in_session', cancel: 'cancelled' },
  in_session: { submit_opinion: 'reported' },
  reported: { acknowledge: 'closed' },
  closed: {},
  declined: {},
  cancelled: {},
};

/**
 * The status a command moves a consultation to, or `null` when the command does not apply in that status. For
 * `submit_opinion` it is the status once the last expert has signed.
 * @param status - the current status
 * @param command - the command
 * @example consultationTransition('requested', 'schedule') // 'scheduled'
 */
export function consultationTransition(
  status: ConsultationStatus,
  command: ConsultationCommand,
): ConsultationStatus | null {
  return TRANSITIONS[status][command] ?? null;
}

/**
 * Whether nothing can leave the status (closed, declined, cancelled).
 * @param status - a consultation status
 * @example isConsultationTerminal('declined') // true
 */
export function isConsultationTerminal(status: ConsultationStatus): boolean {
  return Object.keys(TRANSITIONS[status]).length === 0;
}

/**
 * Who acts on a consultation: a contract role, the institution the token acts for, and the clinician if any.
 * @example const actor: ConsultationActor = { role: 'coordinator', institutionId: 'ins_pumch', clinicianId: 'cln_pumch_coord_zhang' };
 */
export type ConsultationActor = { role: Role; institutionId: string; clinicianId?: string };

/**
 * The fields of a consultation that decide who may do what; a contract `Consultation` will do.
 * @example const parties: ConsultationParties = { status: 'requested', invitingInstitutionId: 'ins_cz', invitedInstitutionId: 'ins_pumch' };
 */
export type ConsultationParties = Pick<
  Consultation,
  'status' | 'invitingInstitutionId' | 'invitedInstitutionId'
> & {
  schedule?: Pick<Schemas['ConsultationSchedule'], 'expertIds'> | undefined;
  opinions?: readonly Pick<Schemas['ConsultationOpinion'], 'expertClinicianId'>[] | undefined;
};

// The inviting doctor keeps the decision (DOMAIN §5a): referrers and coordinators of the inviting institution.
const INVITING_ROLES: readonly Role[] = ['referrer', 'coordinator'];
// A scheduled expert acts as themself whatever clinical role their token carries; admins never act.
const EXPERT_ROLES: readonly Role[] = ['expert', 'receiver', 'coordinator'];

/**
 * Whether the actor is one of the consultation's scheduled experts (of the invited institution).
 * @param consultation - the institutions and the schedule
 * @param actor - who asks
 * @example isScheduledExpert(consultation, { role: 'expert', institutionId: 'ins_pumch', clinicianId: 'cln_pumch_neuro_li' })
 */
export function isScheduledExpert(consultation: ConsultationParties, actor: ConsultationActor): boolean {
  return (
    actor.clinicianId !== undefined &&
    actor.institutionId === consultation.invitedInstitutionId &&
    EXPERT_ROLES.includes(actor.role) &&
    (consultation.schedule?.expertIds ?? []).includes(actor.clinicianId)
  );
}

/**
 * The scheduled experts who have not signed their opinion yet, in schedule order.
 * @param consultation - the schedule and the opinions
 * @example pendingExperts({ schedule: { expertIds: ['a', 'b'] }, opinions: [{ expertClinicianId: 'a' }] }) // ['b']
 */
export function pendingExperts(consultation: Pick<ConsultationParties, 'schedule' | 'opinions'>): string[] {
  const signed = new Set((consultation.opinions ?? []).map((opinion) => opinion.expertClinicianId));
  return (consultation.schedule?.expertIds ?? []).filter((id) => !signed.has(id));
}

function mayIssue(
  consultation: ConsultationParties,
  actor: ConsultationActor,
  command: ConsultationCommand,
): boolean {
  if (actor.role === 'admin') {
    return false;
  }
  const inviting =
    actor.institutionId === consultation.invitingInstitutionId && INVITING_ROLES.includes(actor.role);
  const invitedCoordinator =
    actor.institutionId === consultation.invitedInstitutionId && actor.role === 'coordinator';
  switch (command) {
    case 'schedule':
    case 'decline':
      return invitedCoordinator;
    case 'cancel':
      // Once scheduled, the invited side may call it off too (an expert fell ill); before, only the inviter.
      return inviting || (consultation.status !== 'requested' && invitedCoordinator);
    case 'start_session':
      return invitedCoordinator || isScheduledExpert(consultation, actor);
    case 'submit_opinion':
      // Each expert signs their own part; nobody signs for them (DOMAIN §5a multi-party).
      return isScheduledExpert(consultation, actor);
    case 'acknowledge':
      return inviting;
    default:
      return command satisfies never;
  }
}

/**
 * The commands this actor may issue on this consultation now, in `CONSULTATION_COMMANDS` order; widgets show only
 * these. An expert who has signed no longer gets `submit_opinion`. Empty for admins and non-parties.
 * @param consultation - status, institutions, schedule and opinions
 * @param actor - who asks
 * @example allowedConsultationCommands({ status: 'requested', invitingInstitutionId: 'a', invitedInstitutionId: 'b' }, { role: 'coordinator', institutionId: 'b' }) // ['schedule', 'decline']
 */
export function allowedConsultationCommands(
  consultation: ConsultationParties,
  actor: ConsultationActor,
): ConsultationCommand[] {
  return CONSULTATION_COMMANDS.filter(
    (command) =>
      consultationTransition(consultation.status, command) !== null &&
      mayIssue(consultation, actor, command) &&
      (command !== 'submit_opinion' ||
        (actor.clinicianId !== undefined && pendingExperts(consultation).includes(actor.clinicianId))),
  );
}

/**
 * The outcome of `decideConsultationCommand`: the next status, or the contract `ProblemCode` to answer with.
 * @example const decision: ConsultationDecision = { ok: false, problem: 'not_found' };
 */
export type ConsultationDecision =
  | { ok: true; command: ConsultationCommand; from: ConsultationStatus; to: ConsultationStatus }
  | { ok: false; problem: 'not_found' }
  | { ok: false; problem: 'forbidden' | 'invalid_transition'; allowedCommands: ConsultationCommand[] }
  | { ok: false; problem: 'opinion_already_signed' }
  | { ok: false; problem: 'validation_failed'; errors: FieldIssue[] };

/**
 * Decides a command on a consultation in the order the server answers: the command exists (`validation_failed`),
 * the actor's institution is a party (`not_found`: outsiders learn nothing), the role and side may issue it
 * (`forbidden`), the status allows it (`invalid_transition`), the expert has not signed already
 * (`opinion_already_signed`), then the body (`validation_failed`). `submit_opinion` leads to `reported` only for
 * the last scheduled expert to sign, and stays `in_session` otherwise.
 * @param consultation - status, institutions, schedule and opinions
 * @param actor - who issues the command
 * @param body - the contract `ConsultationTransition` as received
 * @param options - the instant of the request (`now`) for the time rules
 * @example decideConsultationCommand(consultation, coordinator, { command: 'decline', reasonCode: 'other', reasonText: '…' })
 */
export function decideConsultationCommand(
  consultation: ConsultationParties,
  actor: ConsultationActor,
  body: ConsultationTransition,
  options: { now?: InstantInput } = {},
): ConsultationDecision {
  const command: unknown = (body as { command?: unknown } | null)?.command;
  if (!isOneOf(CONSULTATION_COMMANDS, command)) {
    return {
      ok: false,
      problem: 'validation_failed',
      errors: [{ pointer: '/command', code: command === undefined ? 'required' : 'invalid_enum' }],
    };
  }
  const isParty =
    actor.institutionId === consultation.invitingInstitutionId ||
    actor.institutionId === consultation.invitedInstitutionId;
  if (!isParty) {
    return { ok: false, problem: 'not_found' };
  }
  const allowed = allowedConsultationCommands(consultation, actor);
  const nominal = consultationTransition(consultation.status, command);
  if (command === 'submit_opinion' && nominal !== null && isScheduledExpert(consultation, actor)) {
    if (!pendingExperts(consultation).includes(actor.clinicianId ?? '')) {
      return { ok: false, problem: 'opinion_already_signed' };
    }
  }
  if (!mayIssue(consultation, actor, command)) {
    return { ok: false, problem: 'forbidden', allowedCommands: allowed };
  }
  if (nominal === null) {
    return { ok: false, problem: 'invalid_transition', allowedCommands: allowed };
  }
  const errors = validateConsultationTransition(body, { now: options.now });
  if (errors.length > 0) {
    return { ok: false, problem: 'validation_failed', errors };
  }
  const to =
    command === 'submit_opinion' && pendingExperts(consultation).length > 1 ? consultation.status : nominal;
  return { ok: true, command, from: consultation.status, to };
}

/**
 * How far in the past a schedule's time may lie and still be accepted: the coordinator's clock drifts from the
 * server's, as a consent's does.
 * @example toEpochMs(scheduledAt) >= now - SCHEDULE_CLOCK_SKEW_MS
 */
export const SCHEDULE_CLOCK_SKEW_MS = CONSENT_CLOCK_SKEW_MS;

// A link a browser opens directly: https, a host, no white space. The domain has no URL parser of its own (no DOM).
const HTTPS_URL = /^https:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;

function isHttpsUrl(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 2000 && HTTPS_URL.test(value);
}

/**
 * The field issues of a consultation command's body: `schedule` needs experts, a time (not in the past, given
 * `now`: `consultation_time_in_past`), and a video room link over https (`video_room_required`) or a place
 * (`place_required`) by its mode; `decline` a reason code and text; `cancel` a reason code, with text for
 * `other`; `submit_opinion` findings and advice; `acknowledge` a rating of 1 to 5 if any. Whether the experts
 * belong to the invited institution is the server's lookup.
 * @param body - the contract `ConsultationTransition` as received
 * @param options - the instant of the request
 * @example validateConsultationTransition({ command: 'cancel', reasonCode: 'other' }) // [{ pointer: '/reasonText', code: 'reason_text_required' }]
 */
export function validateConsultationTransition(
  body: ConsultationTransition,
  options: { now?: InstantInput | undefined } = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (pointer: string, code: FieldErrorCode): void => {
    issues.push({ pointer, code });
  };
  switch (body.command) {
    case 'schedule': {
      const schedule: Partial<Schemas['ConsultationScheduleInput']> | undefined = body.schedule;
      if (schedule === undefined || schedule === null) {
        add('/schedule', 'required');
        break;
      }
      if (!Array.isArray(schedule.expertIds) || schedule.expertIds.length === 0) {
        add('/schedule/expertIds', 'required');
      }
      if (isBlank(schedule.scheduledAt)) {
        add('/schedule/scheduledAt', 'required');
      } else if (!isInstant(schedule.scheduledAt)) {
        add('/schedule/scheduledAt', 'invalid_format');
      } else if (
        options.now !== undefined &&
        toEpochMs(schedule.scheduledAt) < toEpochMs(options.now) - SCHEDULE_CLOCK_SKEW_MS
      ) {
        add('/schedule/scheduledAt', 'consultation_time_in_past');
      }
      if (schedule.mode === undefined) {
        add('/schedule/mode', 'required');
      } else if (!isOneOf(CONSULTATION_MODES, schedule.mode)) {
        add('/schedule/mode', 'invalid_enum');
      } else if (schedule.mode === 'video') {
        if (isBlank(schedule.videoRoomUrl)) {
          add('/schedule/videoRoomUrl', 'video_room_required');
        } else if (!isHttpsUrl(schedule.videoRoomUrl)) {
          add('/schedule/videoRoomUrl', 'invalid_format');
        }
      } else if (isBlank(schedule.place)) {
        add('/schedule/place', 'place_required');
      }
      break;
    }
    case 'decline':
      if (!isOneOf(DECLINE_REASON_CODES, body.reasonCode)) {
        add('/reasonCode', body.reasonCode === undefined ? 'reject_reason_required' : 'invalid_enum');
      }
      if (isBlank(body.reasonText)) {
        add('/reasonText', 'reason_text_required');
      }
      break;
    case 'cancel':
      if (!isOneOf(CANCEL_REASON_CODES, body.reasonCode)) {
        add('/reasonCode', body.reasonCode === undefined ? 'required' : 'invalid_enum');
      } else if (body.reasonCode === 'other' && isBlank(body.reasonText)) {
        add('/reasonText', 'reason_text_required');
      }
      break;
    case 'start_session':
      break;
    case 'submit_opinion': {
      const opinion: Partial<Schemas['ConsultationOpinionInput']> | undefined = body.opinion;
      if (opinion === undefined || opinion === null) {
        add('/opinion', 'required');
        break;
      }
      if (isBlank(opinion.findings)) {
        add('/opinion/findings', 'required');
      }
      if (isBlank(opinion.advice)) {
        add('/opinion/advice', 'required');
      }
      if (opinion.diagnosis !== undefined && isBlank(opinion.diagnosis.text)) {
        add('/opinion/diagnosis/text', 'required');
      }
      break;
    }
    case 'acknowledge':
      if (
        body.rating !== undefined &&
        (!Number.isInteger(body.rating) || body.rating < 1 || body.rating > 5)
      ) {
        add('/rating', 'out_of_range');
      }
      break;
    default:
      break;
  }
  return issues;
}

/**
 * The field issues of a contract `ConsultationCreate` (会诊申请单, DOMAIN §5a): urgency; two different
 * institutions; the patient's identity; a question and a case summary; attachments (a result names its
 * `resultId`, an image study its https `studyUrl`); and a separate consent for `remote_consultation`
 * (`checkConsent`), which must be written (`consent_written_required` for a verbal one). Whether the ids exist and
 * belong where they should is the server's lookup. Empty when the body is valid.
 * @param body - the request body as received
 * @param options - `now`, the instant of the request
 * @example validateConsultationCreate(body, { now: '2026-12-03T10:00:00+08:00' }) // []
 */
export function validateConsultationCreate(
  body: ConsultationCreate,
  options: { now: InstantInput },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (pointer: string, code: FieldErrorCode): void => {
    issues.push({ pointer, code });
  };
  const { now } = options;
  if (body.urgency === undefined) {
    add('/urgency', 'required');
  } else if (!isOneOf(CONSULTATION_URGENCIES, body.urgency)) {
    add('/urgency', 'invalid_enum');
  }
  if (isBlank(body.invitingInstitutionId)) {
    add('/invitingInstitutionId', 'required');
  }
  if (isBlank(body.invitedInstitutionId)) {
    add('/invitedInstitutionId', 'required');
  } else if (body.invitedInstitutionId === body.invitingInstitutionId) {
    add('/invitedInstitutionId', 'receiving_institution_same_as_sending');
  }
  const patient: ConsultationCreate['patient'] | undefined = body.patient;
  if (patient === undefined || patient === null) {
    add('/patient', 'required');
  } else {
    issues.push(...validatePatientIdentity(patient, now, '/patient'));
  }
  if (body.diagnosis !== undefined && isBlank(body.diagnosis.text)) {
    add('/diagnosis/text', 'required');
  }
  if (isBlank(body.question)) {
    add('/question', 'required');
  }
  if (isBlank(body.caseSummary)) {
    add('/caseSummary', 'required');
  }
  if (body.preferredMode !== undefined && !isOneOf(CONSULTATION_MODES, body.preferredMode)) {
    add('/preferredMode', 'invalid_enum');
  }
  (body.attachments ?? []).forEach((attachment, index) => {
    const at = `/attachments/${index}`;
    if (!isOneOf(ATTACHMENT_KINDS, attachment.kind)) {
      add(`${at}/kind`, attachment.kind === undefined ? 'required' : 'invalid_enum');
    } else if (attachment.kind === 'result' && isBlank(attachment.resultId)) {
      add(`${at}/resultId`, 'required');
    } else if (attachment.kind === 'image_study') {
      if (isBlank(attachment.studyUrl)) {
        add(`${at}/studyUrl`, 'required');
      } else if (!isHttpsUrl(attachment.studyUrl)) {
        add(`${at}/studyUrl`, 'invalid_format');
      }
    }
    if (isBlank(attachment.title)) {
      add(`${at}/title`, 'required');
    }
  });
  const consentIssues = checkConsent(body.consent, patient, now, {
    purposes: CONSULTATION_CONSENT_PURPOSES,
  });
  issues.push(...consentIssues);
  const method: unknown = (body.consent as Partial<Schemas['Consent']> | undefined)?.method;
  if (
    consentIssues.every((issue) => issue.pointer !== '/consent/method' && issue.pointer !== '/consent') &&
    !isOneOf(WRITTEN_CONSENT_METHODS, method)
  ) {
    add('/consent/method', 'consent_written_required');
  }
  return issues;
}
