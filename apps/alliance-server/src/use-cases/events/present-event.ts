import type { components } from '@yilian/contract';
import type { EventRow } from '../../stores/event-store.js';
import { iso } from '../shared/present.js';
import { eventId } from '../shared/event-id.js';

/** An event as the feed and webhooks send it: ids and states only, never patient data. */
export function toEvent(row: EventRow): components['schemas']['Event'] {
  return {
    id: eventId(row.sequence),
    sequence: Number(row.sequence),
    type: row.type,
    occurredAt: iso(row.occurred_at),
    resourceId: row.resource_id,
    data: row.data,
  };
}
