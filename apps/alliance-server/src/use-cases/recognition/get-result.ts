import type { components } from '@yilian/contract';
import type { RecognitionContext } from './context.js';
import { presentResult } from './present-results.js';
import { visibleResult } from './visible-result.js';

/** A result the actor may see, with its HR mark; `not_found` for any other id. */
export async function getResult(
  { db, actor }: Pick<RecognitionContext, 'db' | 'actor'>,
  resultId: string,
): Promise<components['schemas']['Result']> {
  return presentResult(db, actor, await visibleResult(db, actor, resultId));
}
