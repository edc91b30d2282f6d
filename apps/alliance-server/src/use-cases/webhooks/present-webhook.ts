import type { components } from '@yilian/contract';
import type { DeliveryRow, EndpointRow } from '../../stores/webhook-store.js';
import { eventId } from '../shared/event-id.js';
import { compact, iso, isoOrUndefined } from '../shared/present.js';

type Schemas = components['schemas'];

/** An endpoint without its secret, which leaves the server only once, when the endpoint is created. */
export function toEndpoint(row: EndpointRow): Schemas['WebhookEndpoint'] {
  return compact({
    id: row.id,
    url: row.url,
    eventTypes: row.event_types,
    description: row.description ?? undefined,
    createdAt: iso(row.created_at),
  });
}

export function toDelivery(row: DeliveryRow): Schemas['WebhookDelivery'] {
  return {
    ...compact({
      id: row.id,
      endpointId: row.endpoint_id,
      eventId: eventId(row.event_sequence),
      attempt: row.attempt,
      status: row.status,
      attemptedAt: iso(row.attempted_at),
      nextAttemptAt: isoOrUndefined(row.next_attempt_at),
    }),
    // Nullable in the contract: null says the attempt got no HTTP answer (network error or timeout).
    responseStatus: row.response_status,
  };
}
