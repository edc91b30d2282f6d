import type { FieldIssue } from '@yilian/domain';
import { isRecognisable, toShanghaiIso, validateAdoption } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IdempotentMutation, IdempotentMutationState } from '../hooks/create-idempotent-mutation.js';
import { createIdempotentMutation } from '../hooks/create-idempotent-mutation.js';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';

type AdoptionDecision = Schemas['AdoptionDecision'];
type AdoptionDecisionCreate = Schemas['AdoptionDecisionCreate'];
type RetestReason = Schemas['RetestReason'];

/**
 * The patient whose order is checked, by identity document (it travels in the request body, never in a URL).
 * @example const patient: OrderCheckPatient = { idType: 'resident_id_card', idNumber: '110105199003071239' };
 */
export interface OrderCheckPatient {
  idType: Schemas['IdType'];
  idNumber: string;
}

/**
 * Options of `useOrderCheck` (and the props `OrderCheck` shares).
 * @example const options: UseOrderCheckOptions = { patient, itemCodes: ['LAB_HBA1C', 'LAB_K'], departmentCode: '03.07' };
 */
export interface UseOrderCheckOptions {
  /** The patient; nothing is checked without one. */
  patient: OrderCheckPatient | undefined;
  /** The items about to be ordered (检验/检查申请), in the order form's order; nothing is checked while empty. */
  itemCodes: readonly string[];
  /** The ordering doctor's department (诊疗科目 code), recorded with each decision. */
  departmentCode: string;
  /** Where the order is placed; the caller's own institution by default. */
  requestingInstitutionId?: string | undefined;
  /** The instant of the check; the provider's clock by default. */
  at?: Date | string | undefined;
  /** Called with each adoption decision the server recorded. */
  onDecisionRecorded?: ((decision: AdoptionDecision) => void) | undefined;
}

/**
 * What the doctor has chosen on one line so far; kept while the check reloads, so nothing typed is lost.
 * @example const draft: OrderLineDraft = { reason: 'other', reasonText: '术前需最新结果', explained: true };
 */
export interface OrderLineDraft {
  reason: RetestReason | undefined;
  reasonText: string;
  explained: boolean;
}

/** One ordered item: the server's line, the doctor's draft, and where its decision stands. */
export interface OrderCheckLineState {
  line: Schemas['OrderCheckLine'];
  /** A recognisable (`recognized` or `shared`) result to adopt or not. */
  decidable: boolean;
  draft: OrderLineDraft;
  /** The field issues of the last attempt to decide, from `validateAdoption` (pointers into the contract body). */
  issues: FieldIssue[];
  /** The write of the decision: idle, pending, error (retry reuses its key) or success. */
  write: IdempotentMutationState<AdoptionDecision>;
  /** The recorded decision, once the server has it. */
  decision: AdoptionDecision | undefined;
}

/** The running totals of the order. */
export interface OrderCheckSummary {
  /** Lines whose best result is recognisable. */
  covered: number;
  /** Lines with a recorded decision. */
  decided: number;
  adopted: number;
  /** What the adopted results save the patient, in fen (the prices the server recorded with the decisions). */
  savedFen: number;
  /** What adopting every covered line would save, in fen. */
  potentialFen: number;
}

/** What `useOrderCheck` returns. */
export interface UseOrderCheckResult {
  status: 'idle' | 'loading' | 'success' | 'error';
  error: unknown;
  /** Runs the check again (after an error, or to refresh). */
  reload: () => void;
  check: Schemas['OrderCheck'] | undefined;
  lines: OrderCheckLineState[];
  /** The performing institutions of the lines' results, by id (for their names). */
  institutions: ReadonlyMap<string, Schemas['Institution']>;
  summary: OrderCheckSummary;
  /** Changes the draft of a line; a changed draft is a new attempt (a new idempotency key). */
  setDraft: (itemCode: string, patch: Partial<OrderLineDraft>) => void;
  /** Records that the line's result is adopted (采纳), with the draft's "explained to the patient". */
  adopt: (itemCode: string) => Promise<OrderDecisionAttempt>;
  /** Records that it is not adopted (不采纳) with the draft's reason, text and explanation. */
  decline: (itemCode: string) => Promise<OrderDecisionAttempt>;
}

/**
 * How an attempt to decide a line ended: recorded, refused before sending (field issues, e.g. no reason), or failed
 * on the way (the line's `write.error` has it; trying again reuses the idempotency key).
 * @example const attempt = await order.decline('LAB_K'); if (attempt.status === 'invalid') focus(attempt.issues[0]);
 */
export type OrderDecisionAttempt =
  | { status: 'recorded'; decision: AdoptionDecision }
  | { status: 'invalid'; issues: FieldIssue[] }
  | { status: 'failed'; error: unknown };

const EMPTY_DRAFT: OrderLineDraft = { reason: undefined, reasonText: '', explained: false };
const IDLE_WRITE: IdempotentMutationState<AdoptionDecision> = {
  status: 'idle',
  isPending: false,
  data: undefined,
  error: undefined,
};

/**
 * The order check (检验/检查申请前的互认核对), headless: checks the items a doctor is about to order against the
 * patient's results across the alliance in one request, then records per line the doctor's decision — adopted, or
 * not adopted with a national or regional re-test reason — with an idempotency key per attempt, and keeps the
 * running savings. Drafts survive a reload of the check.
 * @param options - the patient, the item codes, the doctor's department, and optionally the institution and instant
 * @example
 * const order = useOrderCheck({ patient, itemCodes: ['LAB_HBA1C', 'LAB_K'], departmentCode: '03.07' });
 * order.lines.map(({ line, decidable }) => decidable && <button onClick={() => void order.adopt(line.itemCode)}>采纳</button>);
 */
export function useOrderCheck(options: UseOrderCheckOptions): UseOrderCheckResult {
  const { client, now } = useAlliance();
  const { patient, itemCodes, departmentCode, requestingInstitutionId } = options;
  const enabled = patient !== undefined && patient.idNumber.trim() !== '' && itemCodes.length > 0;
  const atKey = options.at === undefined ? '' : toShanghaiIso(options.at);
  const itemsKey = itemCodes.join('\n');
  const onRecordedRef = useRef(options.onDecisionRecorded);
  onRecordedRef.current = options.onDecisionRecorded;

  const loaded = useAsync(
    async (signal) => {
      if (!enabled) {
        return undefined;
      }
      const check = await client.recognition.checkOrder(
        {
          idType: patient.idType,
          idNumber: patient.idNumber.trim(),
          itemCodes: [...itemCodes],
          ...(requestingInstitutionId ? { requestingInstitutionId } : {}),
          at: atKey === '' ? toShanghaiIso(now()) : atKey,
        },
        { signal },
      );
      const ids = [
        ...new Set(check.lines.flatMap((line) => (line.result ? [line.result.performingInstitutionId] : []))),
      ];
      // A name that cannot be loaded is not a reason to hide the check: the line falls back to the id.
      const found = await Promise.all(
        ids.map((id) => client.institutions.get(id, { signal }).catch(() => undefined)),
      );
      const institutions = new Map(
        found.flatMap((institution) => (institution ? [[institution.id, institution] as const] : [])),
      );
      return { check, institutions };
    },
    // `now` is left out on purpose, as in useRecognition: a new arrow each render must not re-run the check.
    [client, enabled, patient?.idType, patient?.idNumber, itemsKey, requestingInstitutionId, atKey],
  );

  const [drafts, setDrafts] = useState<ReadonlyMap<string, OrderLineDraft>>(new Map());
  const [issues, setIssues] = useState<ReadonlyMap<string, FieldIssue[]>>(new Map());
  const [, setVersion] = useState(0);
  // One write per line, created on first use and kept across reloads (a retry after a failure reuses its key).
  const writes = useRef(new Map<string, IdempotentMutation<AdoptionDecisionCreate, AdoptionDecision>>());
  const unsubscribes = useRef(new Map<string, () => void>());
  useEffect(
    () => () => {
      for (const unsubscribe of unsubscribes.current.values()) {
        unsubscribe();
      }
      unsubscribes.current.clear();
    },
    [],
  );

  const writeOf = useCallback(
    (itemCode: string) => {
      let write = writes.current.get(itemCode);
      if (!write) {
        write = createIdempotentMutation((body: AdoptionDecisionCreate, { idempotencyKey }) =>
          client.recognition.recordAdoption(body, { idempotencyKey }),
        );
        writes.current.set(itemCode, write);
        unsubscribes.current.set(
          itemCode,
          write.subscribe(() => setVersion((version) => version + 1)),
        );
      }
      return write;
    },
    [client],
  );

  const check = enabled ? loaded.data?.check : undefined;
  const lines: OrderCheckLineState[] = (check?.lines ?? []).map((line) => {
    const write = writes.current.get(line.itemCode)?.getSnapshot() ?? IDLE_WRITE;
    const decision =
      write.status === 'success' && write.data.resultId === line.result?.id ? write.data : undefined;
    return {
      line,
      decidable:
        line.outcome !== undefined && line.result !== undefined && isRecognisable(line.outcome.decision),
      draft: drafts.get(line.itemCode) ?? EMPTY_DRAFT,
      issues: issues.get(line.itemCode) ?? [],
      write,
      decision,
    };
  });

  const setDraft = useCallback((itemCode: string, patch: Partial<OrderLineDraft>) => {
    setDrafts((previous) =>
      new Map(previous).set(itemCode, { ...(previous.get(itemCode) ?? EMPTY_DRAFT), ...patch }),
    );
    // The message of a field the doctor just changed no longer applies to what they see.
    setIssues((previous) => {
      const current = previous.get(itemCode);
      if (!current || current.length === 0) {
        return previous;
      }
      const changed: string[] = Object.keys(patch).map((key) =>
        key === 'explained' ? '/explainedToPatient' : key === 'reason' ? '/reason' : '/reasonText',
      );
      return new Map(previous).set(
        itemCode,
        current.filter((issue) => !changed.includes(issue.pointer)),
      );
    });
  }, []);

  const decide = async (
    itemCode: string,
    outcome: Schemas['AdoptionOutcome'],
  ): Promise<OrderDecisionAttempt> => {
    const state = lines.find((candidate) => candidate.line.itemCode === itemCode);
    if (!state?.decidable || !state.line.result || !state.line.outcome) {
      return { status: 'invalid', issues: [{ pointer: '/resultId', code: 'required' }] };
    }
    const { draft } = state;
    const text = draft.reasonText.trim();
    const body: AdoptionDecisionCreate = {
      resultId: state.line.result.id,
      outcome,
      explainedToPatient: draft.explained,
      departmentCode,
      ...(outcome === 'not_adopted' && draft.reason !== undefined ? { reason: draft.reason } : {}),
      ...(outcome === 'not_adopted' && text !== '' ? { reasonText: text } : {}),
    };
    const found = validateAdoption(body, state.line.outcome.retestReasons);
    setIssues((previous) => new Map(previous).set(itemCode, found));
    if (found.length > 0) {
      return { status: 'invalid', issues: found };
    }
    try {
      const decision = await writeOf(itemCode).mutate(body);
      onRecordedRef.current?.(decision);
      return { status: 'recorded', decision };
    } catch (error) {
      return { status: 'failed', error };
    }
  };

  const summary: OrderCheckSummary = {
    covered: check?.coveredCount ?? 0,
    decided: lines.filter((state) => state.decision).length,
    adopted: lines.filter((state) => state.decision?.outcome === 'adopted').length,
    savedFen: lines.reduce(
      (sum, state) =>
        state.decision?.outcome === 'adopted'
          ? sum + (state.decision.priceFen ?? state.line.priceFen ?? 0)
          : sum,
      0,
    ),
    potentialFen: check?.potentialSavingsFen ?? 0,
  };

  return {
    status: !enabled ? 'idle' : loaded.status,
    error: enabled ? loaded.error : undefined,
    reload: loaded.reload,
    check,
    lines,
    institutions: (enabled ? loaded.data?.institutions : undefined) ?? new Map(),
    summary,
    setDraft,
    adopt: (itemCode) => decide(itemCode, 'adopted'),
    decline: (itemCode) => decide(itemCode, 'not_adopted'),
  };
}
