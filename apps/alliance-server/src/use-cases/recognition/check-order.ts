import type { components } from '@yilian/contract';
import { RECOGNITION_DECISION_RANK, isRecognisable, validateResidentId } from '@yilian/domain';
import type { FieldIssue } from '../../failure.js';
import { failures } from '../../failure.js';
import { allianceNeighbours } from '../../stores/alliance-store.js';
import { catalogueListings } from '../../stores/recognition-list-store.js';
import type { ResultRow } from '../../stores/result-store.js';
import { resultRowsForItems } from '../../stores/result-store.js';
import { patientKey } from '../shared/patient.js';
import { iso } from '../shared/present.js';
import type { RecognitionContext } from './context.js';
import { decideRecognition, recognitionFacts } from './decide-recognition.js';
import { toCatalogueItem } from './present-recognition.js';
import { presentResults } from './present-results.js';

type Schemas = components['schemas'];
type RecognitionOutcome = Schemas['RecognitionOutcome'];

// Enough history per item to find a recognisable result; older ones are past any window or superseded.
const RESULTS_PER_ITEM = 20;

/**
 * The order check (检验/检查申请前): for each item a doctor is about to order for a patient, the best result of that
 * patient among those the actor may see (its alliances' institutions), judged at the requesting institution by the
 * lists of its regions — or `no_result`. Best is the most favourable decision, the newest among equals. One
 * request for the whole order; it changes nothing. The requesting institution is the actor's own or one of its
 * alliances (any other is `forbidden`).
 */
export async function checkOrder(
  { db, actor, now, config }: RecognitionContext,
  request: Schemas['OrderCheckRequest'],
): Promise<Schemas['OrderCheck']> {
  const issues: FieldIssue[] = [];
  if (request.idType === 'resident_id_card') {
    const check = validateResidentId(request.idNumber, { at: now });
    if (!check.ok) {
      issues.push({ pointer: '/idNumber', code: check.code });
    }
  }
  const seen = new Set<string>();
  request.itemCodes.forEach((code, index) => {
    if (seen.has(code)) {
      issues.push({ pointer: `/itemCodes/${index}`, code: 'duplicate_item' });
    }
    seen.add(code);
  });
  if (issues.length > 0) {
    throw failures.validation(issues);
  }
  const neighbours = await allianceNeighbours(db, actor.institutionId);
  const requester = request.requestingInstitutionId ?? actor.institutionId;
  if (requester !== actor.institutionId && !neighbours.includes(requester)) {
    throw failures.forbidden();
  }
  const at = request.at ?? iso(now);
  const codes = request.itemCodes;
  const rows = await resultRowsForItems(db, {
    patientKey: await patientKey(config.patientKeySecret, request.idType, request.idNumber),
    institutionIds: neighbours,
    itemCodes: codes,
    performedBy: new Date(at),
    perItem: RESULTS_PER_ITEM,
  });
  const [facts, anyListing] = await Promise.all([
    recognitionFacts(db, requester, codes, [...new Set(rows.map((r) => r.performing_institution_id))]),
    catalogueListings(db, codes),
  ]);

  const best = new Map<string, { row: ResultRow; outcome: RecognitionOutcome }>();
  const considered = new Map<string, number>();
  for (const row of rows) {
    considered.set(row.item_code, (considered.get(row.item_code) ?? 0) + 1);
    const outcome = decideRecognition(
      facts,
      {
        id: row.id,
        itemCode: row.item_code,
        performingInstitutionId: row.performing_institution_id,
        performedAt: iso(row.performed_at),
        ...(row.study === null ? {} : { study: row.study }),
      },
      requester,
      at,
    );
    const current = best.get(row.item_code);
    // Rows come newest first, so a later row replaces the best only when strictly more favourable.
    if (
      current === undefined ||
      RECOGNITION_DECISION_RANK[outcome.decision] < RECOGNITION_DECISION_RANK[current.outcome.decision]
    ) {
      best.set(row.item_code, { row, outcome });
    }
  }
  // An item outside the requesting institution's lists is still named, from a list elsewhere.
  const elsewhere = new Map<string, Schemas['CatalogueItem']>();
  for (const row of anyListing) {
    if (!elsewhere.has(row.code)) {
      elsewhere.set(row.code, toCatalogueItem(row));
    }
  }
  const chosen = [...best.values()];
  const presented = new Map(
    (
      await presentResults(
        db,
        actor,
        chosen.map((c) => c.row),
      )
    ).map((result) => [result.id, result]),
  );

  const lines = codes.map((itemCode): Schemas['OrderCheckLine'] => {
    const listing = facts.listings.find((item) => item.code === itemCode) ?? elsewhere.get(itemCode);
    const itemName = listing?.name;
    const priceFen = facts.prices.get(itemCode);
    const found = best.get(itemCode);
    const result = found === undefined ? undefined : presented.get(found.row.id);
    return {
      itemCode,
      ...(itemName === undefined ? {} : { itemName }),
      ...(listing === undefined ? {} : { kind: listing.kind }),
      status: found?.outcome.decision ?? 'no_result',
      ...(found === undefined ? {} : { outcome: found.outcome }),
      ...(result === undefined ? {} : { result }),
      ...(priceFen === undefined ? {} : { priceFen }),
      resultsConsidered: considered.get(itemCode) ?? 0,
    };
  });
  const covered = lines.filter((line) => line.status !== 'no_result' && isRecognisable(line.status));
  return {
    requestingInstitutionId: requester,
    at: iso(at),
    lines,
    coveredCount: covered.length,
    potentialSavingsFen: covered.reduce((sum, line) => sum + (line.priceFen ?? 0), 0),
  };
}
