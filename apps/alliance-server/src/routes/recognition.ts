import type { components } from '@yilian/contract';
import {
  RecognitionCheckError,
  validatePatientIdentity,
  validateResidentId,
  validateRetest,
} from '@yilian/domain';
import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import type { Queryable } from '../db/database.js';
import type { FieldIssue } from '../http/problem.js';
import { HttpProblem, problems } from '../http/problem.js';
import { defineRoute, reply } from '../http/route.js';
import { newId } from '../ids.js';
import {
  actorRef,
  allianceNeighbours,
  appendEvent,
  compact,
  decodeCursor,
  encodeCursor,
  iso,
  patientKey,
} from '../services/common.js';
import type { CatalogueRow, ResultRow } from '../services/recognition.js';
import {
  applicableScopes,
  decideRecognition,
  lockEventFeed,
  qualificationsFor,
  recognitionFacts,
  toCatalogueItem,
  toResults,
  visibleResult,
} from '../services/recognition.js';

type Patient = components['schemas']['Patient'];
type RecognitionOutcome = components['schemas']['RecognitionOutcome'];

/** The patient as stored: the whole identity, without the response-only flag, the resident ID normalised (x → X). */
function storedPatient(patient: Patient): Patient {
  const { idNumberMasked: _masked, ...rest } = patient;
  return {
    ...rest,
    idNumber:
      patient.idType === 'resident_id_card' ? patient.idNumber.trim().toUpperCase() : patient.idNumber.trim(),
  };
}

/** Runs the domain's decision, turning an invalid check (e.g. `at` before `performedAt`) into a 422. */
function decideOrReject(...args: Parameters<typeof decideRecognition>): RecognitionOutcome {
  try {
    return decideRecognition(...args);
  } catch (error) {
    if (error instanceof RecognitionCheckError) {
      throw problems.validation(error.errors);
    }
    throw error;
  }
}

function resultCursor(cursor: string | undefined): [string, string] | undefined {
  if (cursor === undefined) {
    return undefined;
  }
  const key = decodeCursor(cursor);
  if (!key || typeof key[0] !== 'string' || typeof key[1] !== 'string' || Number.isNaN(Date.parse(key[0]))) {
    throw problems.validation([{ pointer: '/cursor', code: 'invalid_format' }]);
  }
  return [key[0], key[1]];
}

async function isReferralParty(db: Queryable, referralId: string, institutionId: string): Promise<boolean> {
  const { rows } = await db.query(
    'SELECT 1 FROM referrals WHERE id = $1 AND (sending_institution_id = $2 OR receiving_institution_id = $2)',
    [referralId, institutionId],
  );
  return rows.length > 0;
}

export function registerRecognitionRoutes(app: Hono<AppEnv>): void {
  defineRoute(app, 'getRecognitionCatalogue', async ({ actor, deps, query }) => {
    const scopes = await applicableScopes(deps.db, actor.institutionId);
    const { rows } = await deps.db.query<CatalogueRow>(
      `SELECT * FROM catalogue_items WHERE scope = ANY($1)
         AND ($2::text IS NULL OR scope = $2) AND ($3::text IS NULL OR kind = $3)
       ORDER BY scope, kind, code`,
      [scopes, query.scope ?? null, query.kind ?? null],
    );
    return reply('getRecognitionCatalogue', 200, { items: rows.map(toCatalogueItem) });
  });

  defineRoute(app, 'listQualifications', async ({ actor, deps, path }) => {
    const scopes = await applicableScopes(deps.db, actor.institutionId);
    const listed = await deps.db.query('SELECT 1 FROM catalogue_items WHERE code = $1 AND scope = ANY($2)', [
      path.itemCode,
      scopes,
    ]);
    if (listed.rows.length === 0) {
      throw problems.notFound();
    }
    const items = (await qualificationsFor(deps.db, [path.itemCode])).filter((q) => scopes.includes(q.scope));
    return reply('listQualifications', 200, { items });
  });

  defineRoute(
    app,
    'registerResult',
    async ({ actor, deps, body, now }, tx) => {
      const issues: FieldIssue[] = [...validatePatientIdentity(body.patient, now)];
      const performedAt = new Date(body.performedAt);
      if (performedAt.getTime() > now.getTime()) {
        issues.push({ pointer: '/performedAt', code: 'out_of_range' });
      }
      if (body.reportedAt !== undefined && new Date(body.reportedAt).getTime() < performedAt.getTime()) {
        issues.push({ pointer: '/reportedAt', code: 'out_of_range' });
      }
      // An institution outside the caller's alliances answers as an unknown one: its existence is not revealed.
      const visible = await allianceNeighbours(tx, actor.institutionId);
      if (!visible.includes(body.performingInstitutionId)) {
        issues.push({ pointer: '/performingInstitutionId', code: 'unknown_reference' });
      }
      const { rows: items } = await tx.query<{ kind: ResultRow['kind'] }>(
        'SELECT kind FROM catalogue_items WHERE code = $1 ORDER BY scope LIMIT 1',
        [body.itemCode],
      );
      const kind = items[0]?.kind;
      if (kind === undefined) {
        issues.push({ pointer: '/itemCode', code: 'unknown_reference' });
      }
      if (
        body.referralId !== undefined &&
        !(await isReferralParty(tx, body.referralId, actor.institutionId))
      ) {
        issues.push({ pointer: '/referralId', code: 'unknown_reference' });
      }
      if (issues.length > 0 || kind === undefined) {
        throw problems.validation(issues);
      }

      const patient = storedPatient(body.patient);
      const id = newId('res', now);
      const { rows } = await tx.query<ResultRow>(
        `INSERT INTO results (id, item_code, kind, performing_institution_id, performed_at, reported_at, report_status, value, unit,
           reference_range, patient, patient_key, referral_id, registered_at, registered_by, registered_by_institution_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING *`,
        [
          id,
          body.itemCode,
          kind,
          body.performingInstitutionId,
          performedAt,
          body.reportedAt === undefined ? null : new Date(body.reportedAt),
          body.reportStatus,
          body.value ?? null,
          body.unit ?? null,
          body.referenceRange ?? null,
          JSON.stringify(patient),
          await patientKey(deps.config.patientKeySecret, patient.idType, patient.idNumber),
          body.referralId ?? null,
          now,
          JSON.stringify(actorRef(actor)),
          actor.institutionId,
        ],
      );
      const [result] = await toResults(tx, actor, rows);
      if (!result) {
        throw new HttpProblem(500, 'internal_error');
      }
      await lockEventFeed(tx);
      await appendEvent(tx, {
        type: 'result.registered',
        resourceId: id,
        at: now,
        data: compact({
          itemCode: body.itemCode,
          kind,
          performingInstitutionId: body.performingInstitutionId,
          hrMark: result.hrMark,
        }),
        institutionIds: [actor.institutionId, body.performingInstitutionId],
      });
      return reply('registerResult', 201, result, { Location: `/v1/results/${id}` });
    },
    { idempotent: true },
  );

  defineRoute(app, 'searchResults', async ({ actor, deps, body, now }) => {
    if (body.idType === 'resident_id_card') {
      const check = validateResidentId(body.idNumber, { at: now });
      if (!check.ok) {
        throw problems.validation([{ pointer: '/idNumber', code: check.code }]);
      }
    }
    const limit = body.limit ?? 20;
    const cursor = resultCursor(body.cursor);
    const visible = await allianceNeighbours(deps.db, actor.institutionId);
    const params: unknown[] = [
      await patientKey(deps.config.patientKeySecret, body.idType, body.idNumber),
      visible,
      limit + 1,
    ];
    const where = [
      'patient_key = $1',
      '(registered_by_institution_id = ANY($2) OR performing_institution_id = ANY($2))',
    ];
    if (body.itemCodes && body.itemCodes.length > 0) {
      params.push(body.itemCodes);
      where.push(`item_code = ANY($${params.length})`);
    }
    if (body.performedFrom !== undefined) {
      params.push(new Date(body.performedFrom));
      where.push(`performed_at >= $${params.length}`);
    }
    if (cursor) {
      params.push(new Date(cursor[0]), cursor[1]);
      where.push(`(performed_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
    }
    const { rows } = await deps.db.query<ResultRow>(
      `SELECT * FROM results WHERE ${where.join(' AND ')} ORDER BY performed_at DESC, id DESC LIMIT $3`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return reply('searchResults', 200, {
      items: await toResults(deps.db, actor, page),
      nextCursor:
        rows.length > limit && last ? encodeCursor([last.performed_at.toISOString(), last.id]) : null,
    });
  });

  defineRoute(app, 'getResult', async ({ actor, deps, path }) => {
    const row = await visibleResult(deps.db, actor, path.resultId);
    if (!row) {
      throw problems.notFound();
    }
    const [result] = await toResults(deps.db, actor, [row]);
    if (!result) {
      throw problems.notFound();
    }
    return reply('getResult', 200, result);
  });

  defineRoute(app, 'checkRecognition', async ({ actor, deps, body }) => {
    // A referring clinic asks whether the hospital it refers to will recognize a result; catalogue and
    // qualifications are shared in the alliance. Institutions outside the caller's alliances are refused.
    const requester = body.requestingInstitutionId;
    if (
      requester !== actor.institutionId &&
      !(await allianceNeighbours(deps.db, actor.institutionId)).includes(requester)
    ) {
      throw problems.forbidden();
    }
    let facts: { id?: string; itemCode: string; performingInstitutionId: string; performedAt: string };
    if (body.resultId !== undefined) {
      // A registered result speaks for itself: its stored facts are used, not any given beside it.
      const row = await visibleResult(deps.db, actor, body.resultId);
      if (!row) {
        throw problems.notFound();
      }
      facts = {
        id: row.id,
        itemCode: row.item_code,
        performingInstitutionId: row.performing_institution_id,
        performedAt: iso(row.performed_at),
      };
    } else if (
      body.itemCode !== undefined &&
      body.performingInstitutionId !== undefined &&
      body.performedAt !== undefined
    ) {
      facts = {
        itemCode: body.itemCode,
        performingInstitutionId: body.performingInstitutionId,
        performedAt: body.performedAt,
      };
    } else {
      const missing = (['itemCode', 'performingInstitutionId', 'performedAt'] as const).filter(
        (name) => body[name] === undefined,
      );
      throw problems.validation(missing.map((name) => ({ pointer: `/${name}`, code: 'required' })));
    }
    const { listings, qualifications } = await recognitionFacts(deps.db, requester, [facts.itemCode]);
    return reply(
      'checkRecognition',
      200,
      decideOrReject(listings, qualifications, facts, requester, body.at),
    );
  });

  defineRoute(
    app,
    'recordRetest',
    async ({ actor, body, now }, tx) => {
      const issues = validateRetest(body);
      if (issues.length > 0) {
        throw problems.validation(issues);
      }
      const row = await visibleResult(tx, actor, body.resultId);
      if (!row) {
        throw problems.notFound();
      }
      const { listings, qualifications } = await recognitionFacts(tx, actor.institutionId, [row.item_code]);
      const outcome = decideOrReject(
        listings,
        qualifications,
        {
          id: row.id,
          itemCode: row.item_code,
          performingInstitutionId: row.performing_institution_id,
          performedAt: iso(row.performed_at),
        },
        actor.institutionId,
        iso(now),
      );
      const id = newId('rtr', now);
      await tx.query(
        `INSERT INTO retest_records (id, result_id, reason, reason_text, explained_to_patient, decision_at_record, recorded_at,
           recorded_by, institution_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          row.id,
          body.reason,
          body.reasonText ?? null,
          body.explainedToPatient ?? null,
          outcome.decision,
          now,
          JSON.stringify(actorRef(actor)),
          actor.institutionId,
        ],
      );
      await lockEventFeed(tx);
      await appendEvent(tx, {
        type: 'retest.recorded',
        resourceId: id,
        at: now,
        data: { resultId: row.id, reason: body.reason, decisionAtRecord: outcome.decision },
        institutionIds: [
          actor.institutionId,
          row.performing_institution_id,
          row.registered_by_institution_id,
        ],
      });
      return reply(
        'recordRetest',
        201,
        compact({
          id,
          resultId: row.id,
          reason: body.reason,
          reasonText: body.reasonText,
          explainedToPatient: body.explainedToPatient,
          decisionAtRecord: outcome.decision,
          recordedAt: iso(now),
          recordedBy: actorRef(actor),
        }),
      );
    },
    { idempotent: true },
  );
}
