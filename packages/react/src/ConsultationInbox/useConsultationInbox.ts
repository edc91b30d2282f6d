import { consultationStatusesOfGroup } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useCursorQueue } from '../internal/useCursorQueue.js';
import { useAlliance } from '../provider/AllianceProvider.js';

type Consultation = Schemas['Consultation'];

/** The caller's side of a consultation: it is invited (gives the opinion) or it invites (asks). */
export type ConsultationInboxSide = Schemas['ConsultationSide'];
/** A progress tab: every consultation, or one status group of the domain (`CONSULTATION_STATUS_GROUPS`). */
export type ConsultationInboxTab = 'all' | Schemas['ConsultationStatusGroup'];

/** How the queue is following changes now (see `ChangeSourceStatus` of the referral queue). */
export type ConsultationLiveStatus = 'connecting' | 'live' | 'polling' | 'reconnecting';

/** Every `consultation.*` type of the contract's feed: the queue follows these and nothing else. */
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

/** Options of `useConsultationInbox`. */
export interface UseConsultationInboxOptions {
  /** The side shown first; an expert's or a coordinator of the invited side's `invited` queue by default. */
  side?: ConsultationInboxSide | undefined;
  /** Rows per page; 20 by default. */
  pageSize?: number | undefined;
  /**
   * Only the consultations of the signed-in expert (scheduled, or asked for by name); on by default for the
   * `expert` role, whose queue is their own work, off for everyone else.
   */
  onlyMine?: boolean | undefined;
  /** Follow changes live through `client.events.subscribe` (default), or only on `refresh`. */
  live?: boolean | undefined;
}

/**
 * The institution's remote-consultation queue, headless: its side (invited or inviting), progress tab (the domain's
 * status groups, with the counts of every tab and side from the server), the rows page by page with `loadMore`, and
 * live updates: a change to a row on screen re-reads it; a consultation the list does not hold reads the first page
 * and the counts again, and is counted in `arrivals` for a polite announcement.
 * @param options - first side, page size, `onlyMine`, `live`
 * @example const inbox = useConsultationInbox({ side: 'invited' }); inbox.setTab('to_schedule');
 */
export function useConsultationInbox(options: UseConsultationInboxOptions = {}) {
  const { client } = useAlliance();
  const pageSize = options.pageSize ?? 20;
  const live = options.live ?? true;
  const me = useAsync((signal) => client.me({ signal }), [client]);
  const role = me.data?.role;
  const [sideChoice, setSideChoice] = useState<ConsultationInboxSide | undefined>(options.side);
  // Until the caller chooses, the side follows their role: an inviting doctor mostly sends.
  const side: ConsultationInboxSide = sideChoice ?? (role === 'referrer' ? 'inviting' : 'invited');
  const [tab, setTab] = useState<ConsultationInboxTab>('all');
  const onlyMine = (options.onlyMine ?? role === 'expert') && side === 'invited';
  const expertClinicianId = onlyMine ? me.data?.clinicianId : undefined;
  const ready = me.data !== undefined;
  const [liveStatus, setLiveStatus] = useState<ConsultationLiveStatus | undefined>();
  const [liveError, setLiveError] = useState<unknown>();

  const query = useMemo(
    () => ({
      side,
      ...(tab === 'all' ? {} : { status: consultationStatusesOfGroup(tab) }),
      ...(expertClinicianId ? { expertClinicianId } : {}),
    }),
    [side, tab, expertClinicianId],
  );

  const { applyChanges, reload, generation, countsGeneration, ...rows } = useCursorQueue<Consultation>(
    {
      readPage: (cursor, signal) =>
        ready
          ? client.consultations.list({ ...query, limit: pageSize }, { signal }).page(cursor)
          : new Promise<never>(() => undefined),
      readOne: (id) => client.consultations.get(id),
    },
    [client, query, pageSize, ready],
  );
  const counts = useAsync(
    async (signal) => {
      if (!ready) {
        return new Promise<never>(() => undefined);
      }
      const mine = expertClinicianId ? { expertClinicianId } : {};
      const [bothSides, thisSide] = await Promise.all([
        client.consultations.counts(mine, { signal }),
        client.consultations.counts({ ...mine, side }, { signal }),
      ]);
      return { bySide: bothSides.bySide, byGroup: thisSide.byGroup, total: thisSide.total };
    },
    [client, side, expertClinicianId, ready, generation, countsGeneration],
  );

  // Live: rows on screen are re-read one by one; an id the list does not hold is new (or moved into this tab), so
  // the first page and the counts are read again. Unmounting aborts the subscription.
  useEffect(() => {
    if (!live || !ready) {
      return undefined;
    }
    const controller = new AbortController();
    void (async () => {
      try {
        for await (const event of client.events.subscribe({
          types: CONSULTATION_EVENT_TYPES,
          signal: controller.signal,
          onStatus: (status) => {
            if (!controller.signal.aborted) {
              setLiveStatus(status.state);
            }
          },
        })) {
          if (controller.signal.aborted) {
            return;
          }
          setLiveError(undefined);
          applyChanges([event.resourceId]);
        }
      } catch (error) {
        // The SDK gives up only on a refusal (401, 403…): reconnecting would be refused the same way.
        if (!controller.signal.aborted) {
          setLiveError(error);
        }
      }
    })();
    return () => controller.abort();
  }, [client, live, ready, applyChanges]);

  return {
    side,
    setSide: useCallback((next: ConsultationInboxSide) => {
      setSideChoice(next);
      setTab('all');
    }, []),
    tab,
    setTab,
    /** Whether the list is the signed-in expert's own consultations. */
    onlyMine,
    ...rows,
    error: rows.error ?? me.error,
    counts: counts.data,
    liveStatus,
    liveError,
    refresh: reload,
    me: me.data,
  };
}

/** What `useConsultationInbox` returns. */
export type UseConsultationInboxResult = ReturnType<typeof useConsultationInbox>;
