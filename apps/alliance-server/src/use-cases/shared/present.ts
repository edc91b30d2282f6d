import type { components } from '@yilian/contract';
import { toShanghaiIso } from '@yilian/domain';
import type { Actor } from '../../auth.js';

type ActorRef = components['schemas']['ActorRef'];

/** An instant as the contract writes it: RFC 3339 with the Asia/Shanghai offset. */
export function iso(value: Date | string): string {
  return toShanghaiIso(value);
}

/** `iso` for nullable columns: absent stays absent (the contract has no nulls for optional instants). */
export function isoOrUndefined(value: Date | string | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : toShanghaiIso(value);
}

/** Drops `undefined` and `null` members so responses carry no keys the contract does not expect as null. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** The audit form of an actor. */
export function actorRef(actor: Actor): ActorRef {
  return compact({
    clinicianId: actor.clinicianId,
    patientId: actor.patientId,
    institutionId: actor.institutionId,
    role: actor.role,
    name: actor.name,
  });
}
