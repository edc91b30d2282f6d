import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type Schemas = components['schemas'];

/** An adoption decision as stored (`adoption_decisions`). */
export interface AdoptionDecisionRow {
  id: string;
  result_id: string;
  item_code: string;
  outcome: Schemas['AdoptionOutcome'];
  reason: Schemas['RetestReason'] | null;
  reason_text: string | null;
  explained_to_patient: boolean;
  check_decision: 'recognized' | 'shared';
  hr_mark: string | null;
  department_code: string;
  /** The deciding institution, whose price is stored. */
  institution_id: string;
  price_fen: number | null;
  decided_at: Date;
  decided_by: Schemas['ActorRef'];
}

/** Stores an adoption decision. */
export async function insertAdoptionDecision(tx: Queryable, row: AdoptionDecisionRow): Promise<void> {
  await tx.query(
    `INSERT INTO adoption_decisions (id, result_id, item_code, outcome, reason, reason_text, explained_to_patient,
       check_decision, hr_mark, department_code, institution_id, price_fen, decided_at, decided_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      row.id,
      row.result_id,
      row.item_code,
      row.outcome,
      row.reason,
      row.reason_text,
      row.explained_to_patient,
      row.check_decision,
      row.hr_mark,
      row.department_code,
      row.institution_id,
      row.price_fen,
      row.decided_at,
      JSON.stringify(row.decided_by),
    ],
  );
}

/** The recognition figures of a period, counted from the adoption records. */
export interface RecognitionFigures {
  /** Decisions recorded on recognisable (recognized or shared) results: the rate's denominator. */
  decisions: number;
  adopted: number;
  notAdopted: number;
  /** The sum of the prices of adopted results, in fen: what patients did not pay for repeat tests. */
  savingsFen: number;
  /** Adopted results whose price the deciding institution does not list (not in `savingsFen`). */
  adoptedWithoutPrice: number;
}

/**
 * The recognition rate's counts and the savings of the decisions taken in [from, to) at the given institutions
 * (every institution when omitted): DOMAIN §5, rate = adopted / recognisable, savings = Σ price of adopted. The
 * indicators (#17) read a month through it, with the month's bounds in Asia/Shanghai.
 */
export async function recognitionFigures(
  db: Queryable,
  filter: { from: Date; to: Date; institutionIds?: readonly string[] | undefined },
): Promise<RecognitionFigures> {
  const { rows } = await db.query<{
    decisions: string | number;
    adopted: string | number;
    not_adopted: string | number;
    savings_fen: string | number;
    adopted_without_price: string | number;
  }>(
    `SELECT count(*) AS decisions,
       count(*) FILTER (WHERE outcome = 'adopted') AS adopted,
       count(*) FILTER (WHERE outcome = 'not_adopted') AS not_adopted,
       COALESCE(sum(price_fen) FILTER (WHERE outcome = 'adopted'), 0) AS savings_fen,
       count(*) FILTER (WHERE outcome = 'adopted' AND price_fen IS NULL) AS adopted_without_price
     FROM adoption_decisions
     WHERE decided_at >= $1 AND decided_at < $2 AND ($3::text[] IS NULL OR institution_id = ANY($3))`,
    [filter.from, filter.to, filter.institutionIds === undefined ? null : [...filter.institutionIds]],
  );
  const [row] = rows;
  // count() and sum() come back as bigint text from PostgreSQL and as numbers from PGlite.
  return {
    decisions: Number(row?.decisions ?? 0),
    adopted: Number(row?.adopted ?? 0),
    notAdopted: Number(row?.not_adopted ?? 0),
    savingsFen: Number(row?.savings_fen ?? 0),
    adoptedWithoutPrice: Number(row?.adopted_without_price ?? 0),
  };
}
