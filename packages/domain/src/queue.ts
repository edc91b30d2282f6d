import type { components } from '@yilian/contract';

type Schemas = components['schemas'];
type TicketStatus = Schemas['QueueTicketStatus'];

/**
 * The statuses of a 义诊 queue ticket, in the order a ticket passes them.
 * @example QUEUE_TICKET_STATUSES.includes('left') // true
 */
export const QUEUE_TICKET_STATUSES = Object.freeze([
  'waiting',
  'called',
  'seen',
  'left',
] as const satisfies readonly TicketStatus[]);

/**
 * Whether a ticket is still in the queue (waiting or called), so it may be called or closed.
 * @param status - the ticket's status
 * @example isOpenTicket('called') // true
 */
export function isOpenTicket(status: TicketStatus): boolean {
  return status === 'waiting' || status === 'called';
}

/**
 * Whether a ticket may close with an outcome (DOMAIN §4 义诊 queue): a called ticket as seen or left, a waiting
 * one only as left (a patient is seen after being called); a closed ticket never again.
 * @param status - the ticket's status
 * @param outcome - `seen` or `left` (left without being seen)
 * @example checkTicketClose('waiting', 'seen') // { ok: false, problem: 'invalid_transition' }
 */
export function checkTicketClose(
  status: TicketStatus,
  outcome: Schemas['QueueTicketClose']['outcome'],
): { ok: true } | { ok: false; problem: 'invalid_transition' } {
  if (status === 'called' || (status === 'waiting' && outcome === 'left')) {
    return { ok: true };
  }
  return { ok: false, problem: 'invalid_transition' };
}
