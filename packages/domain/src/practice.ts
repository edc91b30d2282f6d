import type { components } from '@yilian/contract';
import { shanghaiDate, type InstantInput } from './shanghai-time.js';

type Schemas = components['schemas'];
type ActivityKind = Schemas['ActivityKind'];

/**
 * A clinician's practice site (多机构执业): the main institution or a filed (备案) one, valid over
 * `[validFrom, validTo]` in Asia/Shanghai days (a contract `PracticeSite` fits).
 * @example const site: PracticeSiteInput = { institutionId: 'ins_cangzhou_central', kind: 'filed', validFrom: '2026-01-01' };
 */
export type PracticeSiteInput = Pick<Schemas['PracticeSite'], 'institutionId' | 'validFrom' | 'validTo'> & {
  kind?: Schemas['PracticeSite']['kind'];
};

/**
 * The activity kinds that are clinical practice at the host, so they need the expert's practice registered or
 * filed there on the day (DOMAIN §4 [R12]): 坐诊, 手术指导, 查房. Lectures and remote consultations do not (the
 * inviting side keeps the clinical decision of a remote consultation).
 * @example PRACTICE_REQUIRED_KINDS.includes('ward_round') // true
 */
export const PRACTICE_REQUIRED_KINDS = Object.freeze([
  'clinic',
  'surgery_guidance',
  'ward_round',
] as const satisfies readonly ActivityKind[]);

/**
 * Whether an activity of this kind needs the experts' practice registered at the host.
 * @param kind - a contract `ActivityKind`
 * @example needsRegisteredPractice('lecture') // false
 */
export function needsRegisteredPractice(kind: ActivityKind): boolean {
  return (PRACTICE_REQUIRED_KINDS as readonly ActivityKind[]).includes(kind);
}

/**
 * Whether the sites let a clinician practise at an institution on a day: a site there whose validity covers the
 * day (both ends included).
 * @param sites - the clinician's practice sites
 * @param institutionId - the host
 * @param on - an instant (its Asia/Shanghai day counts) or a `YYYY-MM-DD` day
 * @example mayPractiseAt(sites, 'ins_cangzhou_central', '2026-11-25') // true when filed there
 */
export function mayPractiseAt(
  sites: readonly PracticeSiteInput[],
  institutionId: string,
  on: InstantInput,
): boolean {
  const day = typeof on === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : shanghaiDate(on);
  return sites.some(
    (site) =>
      site.institutionId === institutionId &&
      site.validFrom <= day &&
      (site.validTo === undefined || day <= site.validTo),
  );
}

/**
 * The experts who may not hold an activity of `kind` at the host over `[startsAt, endsAt]`: for a kind that
 * needs registered practice, each expert without a site covering every day of the activity; none otherwise.
 * @param activity - kind, host, interval
 * @param practice - each expert's practice sites, by clinician id (an expert with none is unregistered)
 * @example unregisteredExperts({ kind: 'clinic', hostInstitutionId: 'ins_baogang', startsAt, endsAt, expertIds: ['cln_a'] }, new Map()) // ['cln_a']
 */
export function unregisteredExperts(
  activity: {
    kind: ActivityKind;
    hostInstitutionId: string;
    startsAt: InstantInput;
    endsAt: InstantInput;
    expertIds: readonly string[];
  },
  practice: ReadonlyMap<string, readonly PracticeSiteInput[]>,
): string[] {
  if (!needsRegisteredPractice(activity.kind)) {
    return [];
  }
  return activity.expertIds.filter((expertId) => {
    const sites = practice.get(expertId) ?? [];
    return !(
      mayPractiseAt(sites, activity.hostInstitutionId, activity.startsAt) &&
      mayPractiseAt(sites, activity.hostInstitutionId, activity.endsAt)
    );
  });
}
