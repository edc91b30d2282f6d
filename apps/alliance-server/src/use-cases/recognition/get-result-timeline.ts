import type { components } from '@yilian/contract';
import { listAudit } from '../../stores/audit-store.js';
import { toTimelineEvent } from '../shared/timeline.js';
import type { RecognitionContext } from './context.js';
import { visibleResult } from './visible-result.js';

/**
 * The audit timeline of a result the actor may see (any other is `not_found`): its registration, every adoption
 * decision and every re-test, oldest first.
 */
export async function getResultTimeline(
  { db, actor }: Pick<RecognitionContext, 'db' | 'actor'>,
  resultId: string,
): Promise<components['schemas']['Timeline']> {
  const result = await visibleResult(db, actor, resultId);
  const rows = await listAudit(db, 'result', result.id);
  return { items: rows.map(toTimelineEvent) };
}
