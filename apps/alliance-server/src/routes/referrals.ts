import type { components } from '@yilian/contract';
import type { FieldIssue } from '@yilian/domain';
import {
  allowedCommands,
  answerDeadline,
  decideCommand,
  expiresAt,
  isTerminal,
  validateReferralCreate,
} from '@yilian/domain';
import type { Hono } from 'hono';
import type { Actor } from '../auth.js';
import type { AppEnv } from '../context.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem, problems } from '../http/problem.js';
import { defineRoute, reply } from '../http/route.js';
import { newId } from '../ids.js';
import {
  actorRef,
  allianceNeighbours,
  appendAudit,
  appendEvent,
  compact,
  decodeCursor,
  encodeCursor,
  iso,
  isoOrUndefined,
  patientKey,
} from '../services/common.js';
import type { ReferralDetails, ReferralRow } from '../services/referrals.js';
import {
  COMMAND_EVENTS,
  etag,
  expireDue,
  expireDueReferrals,
  feedParties,
  lastChange,
  loadReferral,
  nextReferralNumber,
  referralSelect,
  toAttachment,
  toReferral,
  visibleTo,
} from '../services/referrals.js';

export { expireDueReferrals } from '../services/referrals.js';

type Schemas = components['schemas'];
type AttachmentInput = Schemas['AttachmentInput'];
type ReferralTransition = Schemas['ReferralTransition'];

/** Whether a department id names a department of the institution. */
async function departmentIn(db: Queryable, departmentId: string, institutionId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM departments WHERE id = $1 AND institution_id = $2', [
    departmentId,
    institutionId,
  ]);
  return rows.length > 0;
}

async function clinicianIn(db: Queryable, clinicianId: string, institutionId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM clinicians WHERE id = $1 AND institution_id = $2', [
    clinicianId,
    institutionId,
  ]);
  return rows.length > 0;
}

/**
 * The field issues of attachments that name a result: the result must be one the caller may see (registered by or
 * performed at an institution of its alliances) and of the referral's patient.
 */
async function attachmentIssues(
  db: Queryable,
  attachments: readonly AttachmentInput[],
  pointer: (index: number) => string,
  visible: string[],
  patient: string,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const [index, attachment] of attachments.entries()) {
    if (attachment.resultId === undefined) {
      if (attachment.kind === 'result') {
        issues.push({ pointer: `${pointer(index)}/resultId`, code: 'required' });
      }
      continue;
    }
    const { rows } = await db.query(
      `SELECT 1 FROM results WHERE id = $1 AND patient_key = $3
         AND (registered_by_institution_id = ANY($2) OR performing_institution_id = ANY($2))`,
      [attachment.resultId, visible, patient],
    );
    if (rows.length === 0) {
      issues.push({ pointer: `${pointer(index)}/resultId`, code: 'unknown_reference' });
    }
  }
  return issues;
}

async function insertAttachments(
  tx: Queryable,
  referralId: string,
  firstPosition: number,
  attachments: readonly AttachmentInput[],
  now: Date,
  actor: Actor,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [offset, a] of attachments.entries()) {
    const id = newId('att', now);
    await tx.query(
      `INSERT INTO referral_attachments (id, referral_id, position, kind, title, result_id, content_type, size_bytes, sha256, added_at, added_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        referralId,
        firstPosition + offset,
        a.kind,
        a.title,
        a.resultId ?? null,
        a.contentType ?? null,
        a.sizeBytes ?? null,
        a.sha256 ?? null,
        now,
        actor.clinicianId,
      ],
    );
    ids.push(id);
  }
  return ids;
}

async function mustLoad(db: Queryable, referralId: string, actor: Actor): Promise<ReferralRow> {
  const row = await loadReferral(db, referralId, actor.institutionId);
  if (!row) {
    throw problems.notFound();
  }
  return row;
}

/** The 412 of a stale `If-Match`: the current version and status, who changed it last and when. */
async function versionConflict(db: Queryable, referralId: string, actor: Actor): Promise<HttpProblem> {
  const current = await mustLoad(db, referralId, actor);
  const change = await lastChange(db, referralId);
  return new HttpProblem(412, 'version_conflict', {
    extra: compact({
      currentVersion: current.version,
      currentStatus: current.status,
      changedAt: isoOrUndefined(change?.at ?? current.updated_at),
      changedBy: change?.actor ?? undefined,
    }),
    headers: { ETag: etag(current.version) },
  });
}

function cursorKey(cursor: string | undefined): [string, string] | undefined {
  if (cursor === undefined) {
    return undefined;
  }
  const key = decodeCursor(cursor);
  if (!key || typeof key[0] !== 'string' || typeof key[1] !== 'string' || Number.isNaN(Date.parse(key[0]))) {
    throw problems.validation([{ pointer: '#query/cursor', code: 'invalid_format' }]);
  }
  return [key[0], key[1]];
}

/** The columns a command writes besides status and version, and what its audit event records. */
async function commandChanges(
  tx: Queryable,
  row: ReferralRow,
  body: ReferralTransition,
  actor: Actor,
  now: Date,
): Promise<{ set: Record<string, unknown>; reasonCode?: string; note?: string }> {
  const by = actorRef(actor);
  switch (body.command) {
    case 'submit':
      return {
        set: {
          submitted_at: now,
          answer_due_at: answerDeadline(row.urgency, now),
          expires_at: expiresAt(row.urgency, now),
        },
        note: body.note,
      };
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
        throw problems.validation(issues);
      }
      return {
        set: {
          appointment: JSON.stringify(compact({ ...appointment, scheduledAt: iso(appointment.scheduledAt) })),
          receiving_department_id: appointment.departmentId,
          receiving_clinician_id: appointment.clinicianId ?? row.receiving_clinician_id,
        },
        note: body.note,
      };
    }
    case 'reject': {
      if (body.alternativeInstitutionId !== undefined) {
        const { rows } = await tx.query('SELECT 1 FROM institutions WHERE id = $1', [
          body.alternativeInstitutionId,
        ]);
        if (rows.length === 0) {
          throw problems.validation([{ pointer: '/alternativeInstitutionId', code: 'unknown_reference' }]);
        }
      }
      const rejection = compact({
        code: body.reasonCode,
        text: body.reasonText,
        alternativeInstitutionId: body.alternativeInstitutionId,
        at: iso(now),
        by,
      });
      return {
        set: { rejection: JSON.stringify(rejection) },
        reasonCode: body.reasonCode,
        note: body.reasonText,
      };
    }
    case 'cancel': {
      const cancellation = compact({ code: body.reasonCode, text: body.reasonText, at: iso(now), by });
      return {
        set: { cancellation: JSON.stringify(cancellation) },
        reasonCode: body.reasonCode,
        note: body.reasonText,
      };
    }
    case 'record_arrival':
      return { set: { arrived_at: new Date(body.arrivedAt) } };
    case 'start_treatment':
      // The contract's referral has no field for the setting; the timeline keeps it.
      return { set: {}, note: body.setting };
    case 'report':
      return {
        set: {
          report: JSON.stringify(
            compact({ ...body.report, dischargedAt: isoOrUndefined(body.report.dischargedAt) }),
          ),
        },
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
 * Serves the referral operations (双向转诊): create, list, read, transition, timeline and attachments. Every id
 * the caller's institution is not party to answers 404; every change is written with its audit and feed events in
 * one transaction.
 */
export function registerReferralRoutes(app: Hono<AppEnv>): void {
  defineRoute(
    app,
    'createReferral',
    async ({ actor, body, now, deps }, tx) => {
      if (body.sendingInstitutionId !== actor.institutionId) {
        throw problems.forbidden();
      }
      // Creating is writing the referral the caller may then submit: the same rule as `submit` on a draft.
      const parties = {
        status: 'draft' as const,
        sendingInstitutionId: body.sendingInstitutionId,
        receivingInstitutionId: body.receivingInstitutionId,
        urgency: body.urgency,
      };
      if (!allowedCommands(parties, actor).includes('submit')) {
        throw problems.forbidden();
      }
      const neighbours = await allianceNeighbours(tx, actor.institutionId);
      const issues: FieldIssue[] = validateReferralCreate(body, { now, allianceInstitutionIds: neighbours });
      if (
        body.sendingDepartmentId !== undefined &&
        !(await departmentIn(tx, body.sendingDepartmentId, body.sendingInstitutionId))
      ) {
        issues.push({ pointer: '/sendingDepartmentId', code: 'department_not_in_institution' });
      }
      if (
        body.receivingDepartmentId !== undefined &&
        !(await departmentIn(tx, body.receivingDepartmentId, body.receivingInstitutionId))
      ) {
        issues.push({ pointer: '/receivingDepartmentId', code: 'department_not_in_institution' });
      }
      if (
        body.receivingClinicianId !== undefined &&
        !(await clinicianIn(tx, body.receivingClinicianId, body.receivingInstitutionId))
      ) {
        issues.push({ pointer: '/receivingClinicianId', code: 'unknown_reference' });
      }
      let parent: ReferralRow | undefined;
      if (body.parentReferralId !== undefined) {
        parent = await loadReferral(tx, body.parentReferralId, actor.institutionId);
        if (!parent) {
          issues.push({ pointer: '/parentReferralId', code: 'unknown_reference' });
        } else if (
          body.direction !== 'down' ||
          parent.direction !== 'up' ||
          parent.receiving_institution_id !== actor.institutionId
        ) {
          // A down-referral follows an up-referral this institution received.
          issues.push({ pointer: '/parentReferralId', code: 'parent_referral_direction' });
        }
      }
      const key = await patientKey(deps.config.patientKeySecret, body.patient.idType, body.patient.idNumber);
      issues.push(
        ...(await attachmentIssues(tx, body.attachments ?? [], (i) => `/attachments/${i}`, neighbours, key)),
      );
      if (issues.length > 0) {
        throw problems.validation(issues);
      }
      if (parent && parent.status !== 'reported' && parent.status !== 'closed') {
        throw new HttpProblem(409, 'parent_referral_not_reported');
      }

      const id = newId('ref', now);
      const number = await nextReferralNumber(tx, now);
      const submit = body.submit === true;
      const status = submit ? 'submitted' : 'draft';
      const patient = compact({
        ...body.patient,
        idNumber:
          body.patient.idType === 'resident_id_card'
            ? body.patient.idNumber.trim().toUpperCase()
            : body.patient.idNumber,
        idNumberMasked: undefined,
      });
      const details: ReferralDetails = compact({
        clinicalSummary: body.clinicalSummary,
        allergies: body.allergies,
        rehabPlan: body.rehabPlan,
        medications: body.medications,
        followUpDates: body.followUpDates,
        escortRequired: body.escortRequired,
      });
      await tx.query(
        `INSERT INTO referrals (id, number, version, status, direction, urgency, green_channel_category,
           sending_institution_id, sending_department_id, receiving_institution_id, receiving_department_id,
           receiving_clinician_id, parent_referral_id, patient, patient_key, diagnosis, reason, details, consent,
           submitted_at, answer_due_at, expires_at, created_at, updated_at, created_by)
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22, $23)`,
        [
          id,
          number,
          status,
          body.direction,
          body.urgency,
          body.greenChannelCategory ?? null,
          body.sendingInstitutionId,
          body.sendingDepartmentId ?? null,
          body.receivingInstitutionId,
          body.receivingDepartmentId ?? null,
          body.receivingClinicianId ?? null,
          body.parentReferralId ?? null,
          JSON.stringify(patient),
          key,
          JSON.stringify(body.diagnosis),
          body.reason,
          JSON.stringify(details),
          JSON.stringify({ ...body.consent, grantedAt: iso(body.consent.grantedAt) }),
          submit ? now : null,
          submit ? answerDeadline(body.urgency, now) : null,
          submit ? expiresAt(body.urgency, now) : null,
          now,
          JSON.stringify(actorRef(actor)),
        ],
      );
      await insertAttachments(tx, id, 0, body.attachments ?? [], now, actor);
      await appendAudit(tx, {
        resourceType: 'referral',
        resourceId: id,
        at: now,
        actor,
        action: 'create',
        fromStatus: null,
        toStatus: status,
      });
      const row = {
        sending_institution_id: body.sendingInstitutionId,
        receiving_institution_id: body.receivingInstitutionId,
      };
      await appendEvent(tx, {
        type: 'referral.created',
        resourceId: id,
        at: now,
        data: { status, version: 1 },
        institutionIds: feedParties(row, submit),
      });
      if (submit) {
        await appendEvent(tx, {
          type: 'referral.submitted',
          resourceId: id,
          at: now,
          data: { status, version: 1 },
          institutionIds: feedParties(row, true),
        });
      }
      const created = await mustLoad(tx, id, actor);
      return reply('createReferral', 201, toReferral(created, actor), {
        ETag: etag(created.version),
        Location: `/v1/referrals/${id}`,
      });
    },
    { idempotent: true },
  );

  defineRoute(app, 'listReferrals', async ({ actor, deps, query, now }) => {
    await expireDueReferrals(deps.db, now, { institutionId: actor.institutionId });
    const limit = query.limit ?? 20;
    const params: unknown[] = [actor.institutionId];
    const where = [visibleTo('$1')];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace(/\?/g, `$${params.length}`));
    };
    if (query.direction) {
      add('r.direction = ?', query.direction);
    }
    if (query.status && query.status.length > 0) {
      add('r.status = ANY(?)', query.status);
    }
    if (query.urgency) {
      add('r.urgency = ?', query.urgency);
    }
    if (query.partyInstitutionId) {
      add('(r.sending_institution_id = ? OR r.receiving_institution_id = ?)', query.partyInstitutionId);
    }
    if (query.side === 'sending') {
      where.push('r.sending_institution_id = $1');
    } else if (query.side === 'receiving') {
      where.push('r.receiving_institution_id = $1');
    }
    if (query.createdFrom) {
      add('r.created_at >= ?', new Date(query.createdFrom));
    }
    if (query.createdTo) {
      add('r.created_at < ?', new Date(query.createdTo));
    }
    const after = cursorKey(query.cursor);
    if (after) {
      params.push(new Date(after[0]), after[1]);
      where.push(`(r.created_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length})`);
    }
    params.push(limit + 1);
    const { rows } = await deps.db.query<ReferralRow>(
      `${referralSelect('$1')} WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return reply('listReferrals', 200, {
      items: items.map((row) => toReferral(row, actor)),
      nextCursor:
        rows.length > limit && last ? encodeCursor([new Date(last.created_at).toISOString(), last.id]) : null,
    });
  });

  defineRoute(app, 'getReferral', async ({ actor, deps, path, now }) => {
    await expireDueReferrals(deps.db, now, { referralId: path.referralId });
    const row = await mustLoad(deps.db, path.referralId, actor);
    return reply('getReferral', 200, toReferral(row, actor), { ETag: etag(row.version) });
  });

  defineRoute(
    app,
    'transitionReferral',
    async ({ actor, body, path, now, expectedVersion }, tx) => {
      // Expire only this referral here: the sweep of everything runs on reads, in its own transaction.
      await expireDue(tx, now, { referralId: path.referralId });
      const row = await mustLoad(tx, path.referralId, actor);
      if (expectedVersion !== row.version) {
        throw await versionConflict(tx, path.referralId, actor);
      }
      const decision = decideCommand(
        {
          status: row.status,
          sendingInstitutionId: row.sending_institution_id,
          receivingInstitutionId: row.receiving_institution_id,
          urgency: row.urgency,
        },
        actor,
        body,
      );
      if (!decision.ok) {
        switch (decision.problem) {
          case 'not_found':
            throw problems.notFound();
          case 'forbidden':
            throw problems.forbidden();
          case 'invalid_transition':
            throw new HttpProblem(422, 'invalid_transition', {
              extra: { allowedCommands: decision.allowedCommands },
            });
          case 'validation_failed':
            throw problems.validation(decision.errors);
          default:
            return decision satisfies never;
        }
      }
      const changes = await commandChanges(tx, row, body, actor, now);
      const set: Record<string, unknown> = { ...changes.set, status: decision.to, updated_at: now };
      const params: unknown[] = [row.id, row.version];
      const assignments = Object.entries(set).map(([column, value]) => {
        params.push(value);
        return `${column} = $${params.length}`;
      });
      // The compare-and-set: of two decisions on the same version, only the first UPDATE matches a row.
      const updated = await tx.query<{ version: number }>(
        `UPDATE referrals SET ${assignments.join(', ')}, version = version + 1 WHERE id = $1 AND version = $2 RETURNING version`,
        params,
      );
      if (updated.rows.length === 0) {
        throw await versionConflict(tx, row.id, actor);
      }
      await appendAudit(tx, {
        resourceType: 'referral',
        resourceId: row.id,
        at: now,
        actor,
        action: decision.command,
        fromStatus: decision.from,
        toStatus: decision.to,
        reasonCode: changes.reasonCode,
        note: changes.note,
      });
      const version = updated.rows[0]?.version ?? row.version + 1;
      await appendEvent(tx, {
        type: COMMAND_EVENTS[decision.command],
        resourceId: row.id,
        at: now,
        data: { status: decision.to, version },
        institutionIds: feedParties(row, row.submitted_at !== null || decision.to === 'submitted'),
      });
      const after = await mustLoad(tx, row.id, actor);
      return reply('transitionReferral', 200, toReferral(after, actor), { ETag: etag(after.version) });
    },
    { idempotent: true, ifMatch: true },
  );

  defineRoute(app, 'getReferralTimeline', async ({ actor, deps, path, now }) => {
    await expireDueReferrals(deps.db, now, { referralId: path.referralId });
    await mustLoad(deps.db, path.referralId, actor);
    const { rows } = await deps.db.query<{
      id: string | number;
      at: Date | string;
      actor: Schemas['ActorRef'] | null;
      action: string;
      from_status: string | null;
      to_status: string | null;
      reason_code: string | null;
      note: string | null;
    }>(`SELECT * FROM audit_events WHERE resource_type = 'referral' AND resource_id = $1 ORDER BY id`, [
      path.referralId,
    ]);
    return reply('getReferralTimeline', 200, {
      items: rows.map((e) => ({
        ...compact({
          id: `evt_${String(e.id).padStart(12, '0')}`,
          at: iso(e.at),
          action: e.action,
          toStatus: e.to_status ?? undefined,
          reasonCode: e.reason_code ?? undefined,
          note: e.note ?? undefined,
        }),
        actor: e.actor,
        fromStatus: e.from_status,
      })),
    });
  });

  defineRoute(
    app,
    'addReferralAttachment',
    async ({ actor, body, path, now }, tx) => {
      await expireDue(tx, now, { referralId: path.referralId });
      const row = await mustLoad(tx, path.referralId, actor);
      // Serialises attachments of one referral so positions never collide between server processes.
      const { rows: locked } = await tx.query<{ status: ReferralRow['status'] }>(
        'SELECT status FROM referrals WHERE id = $1 FOR UPDATE',
        [row.id],
      );
      if (isTerminal(locked[0]?.status ?? row.status)) {
        throw new HttpProblem(422, 'invalid_transition', { extra: { allowedCommands: [] } });
      }
      const neighbours = await allianceNeighbours(tx, actor.institutionId);
      const issues = await attachmentIssues(tx, [body], () => '', neighbours, row.patient_key);
      if (issues.length > 0) {
        throw problems.validation(issues);
      }
      const { rows } = await tx.query<{ next: number }>(
        'SELECT COALESCE(MAX(position), -1) + 1 AS next FROM referral_attachments WHERE referral_id = $1',
        [row.id],
      );
      const [id] = await insertAttachments(tx, row.id, Number(rows[0]?.next ?? 0), [body], now, actor);
      await tx.query('UPDATE referrals SET updated_at = $2 WHERE id = $1', [row.id, now]);
      return reply(
        'addReferralAttachment',
        201,
        toAttachment({
          id: id ?? '',
          kind: body.kind,
          title: body.title,
          resultId: body.resultId ?? null,
          contentType: body.contentType ?? null,
          sizeBytes: body.sizeBytes ?? null,
          sha256: body.sha256 ?? null,
          addedAt: iso(now),
          addedBy: actor.clinicianId,
        }),
      );
    },
    { idempotent: true },
  );
}
