import { allowedConsultationCommands } from '@yilian/domain';
import type { Schemas, WriteOptions } from '@yilian/sdk';
import { useCallback, useEffect, useMemo } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';

/**
 * What `useConsultation` loads: the consultation, its audit timeline, who is looking, the institutions they can see,
 * and the departments and doctors it names (so the case reads as names, not ids).
 */
export interface ConsultationView {
  consultation: Schemas['Consultation'];
  timeline: Schemas['TimelineEvent'][];
  me: Schemas['Me'];
  institutions: Schemas['Institution'][];
  /** The departments of both institutions. */
  departments: Schemas['Department'][];
  /** The doctors it names: the inviting doctor, the experts asked for and scheduled. */
  clinicians: Schemas['Clinician'][];
}

/** The feed's consultation events: the tracker follows these and nothing else. */
const CONSULTATION_EVENT_TYPES = [
  'consultation.requested',
  'consultation.scheduled',
  'consultation.declined',
  'consultation.cancelled',
  'consultation.session_started',
  'consultation.opinion_signed',
  'consultation.reported',
  'consultation.closed',
] as const satisfies readonly Schemas['EventType'][];

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}

/**
 * One remote consultation as a closed loop: the consultation, its timeline, the commands the caller may issue now
 * (domain `allowedConsultationCommands`: schedule for the invited coordinator, the opinion for each scheduled
 * expert, acknowledgement for the inviting side…), and `transition`, which applies a command to the version on
 * screen (`If-Match`) and reloads.
 * @param consultationId - the consultation id
 * @param options - `live`: reload when another party moves it (`client.events.subscribe`); on by default
 * @example const { data, commands, transition } = useConsultation(consultationId);
 */
export function useConsultation(consultationId: string, options: { live?: boolean | undefined } = {}) {
  const { client } = useAlliance();
  const live = options.live ?? true;
  const state = useAsync<ConsultationView>(
    async (signal) => {
      const [consultation, timeline, me, institutions] = await Promise.all([
        client.consultations.get(consultationId, { signal }),
        client.consultations.timeline(consultationId, { signal }),
        client.me({ signal }),
        client.institutions.list(undefined, { signal }).toArray(200),
      ]);
      const [departmentLists, clinicians] = await Promise.all([
        Promise.all(
          unique([consultation.invitingInstitutionId, consultation.invitedInstitutionId]).map((id) =>
            client.institutions.departments(id, { signal }),
          ),
        ),
        Promise.all(
          unique([
            consultation.invitingClinicianId,
            ...consultation.requestedExpertIds,
            ...(consultation.schedule?.expertIds ?? []),
          ]).map((id) => client.clinicians.get(id, { signal })),
        ),
      ]);
      return {
        consultation,
        timeline: timeline.items,
        me,
        institutions,
        departments: departmentLists.flatMap((list) => list.items),
        clinicians,
      };
    },
    [client, consultationId],
  );

  const { data, reload } = state;

  // Live: another party's step (a schedule, an expert's signature) reloads the consultation on screen, so the
  // inviting doctor sees the opinion arrive without a reload. Unmounting aborts the subscription.
  const loaded = data !== undefined;
  useEffect(() => {
    if (!live || !loaded) {
      return undefined;
    }
    const controller = new AbortController();
    void (async () => {
      try {
        for await (const event of client.events.subscribe({
          types: CONSULTATION_EVENT_TYPES,
          signal: controller.signal,
        })) {
          if (controller.signal.aborted) {
            return;
          }
          if (event.resourceId === consultationId) {
            reload();
          }
        }
      } catch {
        // The stream gave up on a refusal: the tracker still reloads after the viewer's own commands.
      }
    })();
    return () => controller.abort();
  }, [client, consultationId, live, loaded, reload]);
  const commands = useMemo(
    () =>
      data
        ? allowedConsultationCommands(data.consultation, {
            role: data.me.role,
            institutionId: data.me.institutionId,
            clinicianId: data.me.clinicianId,
          })
        : [],
    [data],
  );

  const transition = useCallback(
    async (body: Schemas['ConsultationTransition'], options?: WriteOptions) => {
      if (!data) {
        throw new Error('The consultation is not loaded yet.');
      }
      // The version on screen is the one the user decided on; a newer one answers 412 version_conflict.
      const updated = await client.consultations.transition(
        { id: data.consultation.id, version: data.consultation.version },
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

/** What `useConsultation` returns. */
export type UseConsultationResult = ReturnType<typeof useConsultation>;
