import type { components } from '@yilian/contract';
import type { AuditRow } from '../../stores/audit-store.js';
import { eventId } from './event-id.js';
import { iso } from './present.js';

/** One audit row as a timeline event of the contract: a referral's and an appointment's alike. */
export function toTimelineEvent(row: AuditRow): components['schemas']['TimelineEvent'] {
  return {
    id: eventId(row.id),
    at: iso(row.at),
    actor: row.actor,
    action: row.action,
    fromStatus: row.from_status,
    ...(row.to_status === null ? {} : { toStatus: row.to_status }),
    ...(row.reason_code === null ? {} : { reasonCode: row.reason_code }),
    ...(row.note === null ? {} : { note: row.note }),
  };
}
