import { allowedCommands } from '@yilian/domain';
import type { Schemas, WriteOptions } from '@yilian/sdk';
import { useCallback, useMemo } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';

/**
 * What `useReferral` loads: the referral, its timeline, who is looking, the institutions they can see, and the
 * departments and doctors the referral names (so the case reads as names, not ids).
 */
export interface ReferralView {
  referral: Schemas['Referral'];
  timeline: Schemas['TimelineEvent'][];
  me: Schemas['Me'];
  institutions: Schemas['Institution'][];
  /** The departments of the sending and the receiving institution. */
  departments: Schemas['Department'][];
  /** The doctors the referral names: who created it, the receiving doctor and the one of the appointment. */
  clinicians: Schemas['Clinician'][];
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}

/**
 * One referral as a closed loop: the referral, its audit timeline, the commands the caller may issue now
 * (domain `allowedCommands`), and `transition`, which applies a command to the version on screen and reloads.
 * @param referralId - the referral id
 * @example const { data, commands, transition } = useReferral(referralId);
 */
export function useReferral(referralId: string) {
  const { client } = useAlliance();
  const state = useAsync<ReferralView>(
    async (signal) => {
      const [referral, timeline, me, institutions] = await Promise.all([
        client.referrals.get(referralId, { signal }),
        client.referrals.timeline(referralId, { signal }),
        client.me({ signal }),
        client.institutions.list(undefined, { signal }).toArray(200),
      ]);
      // The names the case shows; both institutions are parties, so the caller may read their directories.
      const [departmentLists, clinicians] = await Promise.all([
        Promise.all(
          unique([referral.sendingInstitutionId, referral.receivingInstitutionId]).map((institutionId) =>
            client.institutions.departments(institutionId, { signal }),
          ),
        ),
        Promise.all(
          unique([
            referral.createdBy.clinicianId,
            referral.receivingClinicianId,
            referral.appointment?.clinicianId,
          ]).map((clinicianId) => client.clinicians.get(clinicianId, { signal })),
        ),
      ]);
      const departments = departmentLists.flatMap((list) => list.items);
      return { referral, timeline: timeline.items, me, institutions, departments, clinicians };
    },
    [client, referralId],
  );

  const { data, reload } = state;
  const commands = useMemo(
    () =>
      data
        ? allowedCommands(data.referral, {
            role: data.me.role,
            institutionId: data.me.institutionId,
            clinicianId: data.me.clinicianId,
          })
        : [],
    [data],
  );

  const transition = useCallback(
    async (body: Schemas['ReferralTransition'], options?: WriteOptions) => {
      if (!data) {
        throw new Error('The referral is not loaded yet.');
      }
      // The version on screen is the one the user decided on; a newer one answers 412 version_conflict.
      const updated = await client.referrals.transition(
        { id: data.referral.id, version: data.referral.version },
        body,
        options,
      );
      reload();
      return updated;
    },
    [client, data, reload],
  );

  return { ...state, commands, transition };
}

/** What `useReferral` returns. */
export type UseReferralResult = ReturnType<typeof useReferral>;
