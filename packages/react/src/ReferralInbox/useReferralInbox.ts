import type { AnswerSla } from '@yilian/domain';
import {
  answerSla,
  isReferralNumberQuery,
  startOfShanghaiDay,
  addDays,
  statusesOfGroup,
} from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useCursorQueue } from '../internal/useCursorQueue.js';
import { useAlliance } from '../provider/AllianceProvider.js';
import type { ChangeSourceStatus, ReferralChangeSource } from './change-source.js';
import { subscribeChangeSource } from './change-source.js';

type Referral = Schemas['Referral'];

/** The caller's side of a referral: it receives it or it sends it. */
export type InboxSide = 'receiving' | 'sending';
/** A progress tab: every referral, or one status group of the domain (`REFERRAL_STATUS_GROUPS`). */
export type InboxGroupTab = 'all' | Schemas['ReferralStatusGroup'];

/** The filters of the queue besides its side and tab; dates are Shanghai calendar days (`YYYY-MM-DD`), inclusive. */
export interface ReferralInboxFilters {
  direction?: Schemas['ReferralDirection'] | undefined;
  status?: Schemas['ReferralStatus'] | undefined;
  urgency?: Schemas['ReferralUrgency'] | undefined;
  departmentId?: string | undefined;
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
}

/** Options of `useReferralInbox`. */
export interface UseReferralInboxOptions {
  /** The side shown first; `receiving` by default. */
  side?: InboxSide;
  /** Rows per page; 20 by default. */
  pageSize?: number;
  /**
   * How often the default change source reads the event feed when the live stream is unavailable (a proxy
   * buffers it) and the SDK polls instead; the SDK's default (5 s) unless given.
   */
  refreshIntervalMs?: number;
  /**
   * Where changes come from; the live event stream (`subscribeChangeSource`) unless given. `pollingChangeSource`
   * reads the feed on an interval instead.
   */
  changeSource?: ReferralChangeSource;
  /** The filters applied first, e.g. the clinician's own department. */
  initialFilters?: ReferralInboxFilters;
  /** A referral number (or its beginning) searched first. */
  initialQuery?: string;
}

/** What the queue knows of one referral's answer deadline now (see `answerSla` in `@yilian/domain`). */
export type InboxSla = AnswerSla;

/**
 * The one place the queue decides whether a referral is nearing or past its answer deadline. The server's
 * `overdue` flag (a green channel it escalated, `escalatedAt`) is overdue whatever this device's clock says; short
 * of it, the domain's `answerSla` counts down to `answerDueAt`, so a deadline that passes while the queue is open
 * shows at once, before the server's next read escalates it (every read sweeps first, so the flag only lags).
 * @param referral - the representation, with its `overdue`, `escalatedAt` and `answerDueAt`
 * @param now - the clock's instant
 * @example inboxSlaOf(referral, new Date()).state // 'overdue' when the server escalated it
 */
export function inboxSlaOf(referral: Referral, now: Date): InboxSla {
  const counted = answerSla(referral, now);
  if (!referral.overdue) {
    return counted;
  }
  const due = referral.answerDueAt ?? referral.escalatedAt;
  const dueAt = counted.state !== 'none' ? counted.dueAt : due ? new Date(due) : now;
  return { state: 'overdue', dueAt, remainingMs: Math.min(0, dueAt.getTime() - now.getTime()) };
}

/** A Shanghai calendar day as the instant its day starts, or the next day's start for an inclusive end. */
function dayBound(day: string | undefined, end: boolean): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return undefined;
  }
  return startOfShanghaiDay(end ? addDays(day, 1) : day).toISOString();
}

/**
 * The institution's referral work queue, headless: its side (receiver or sender), progress tab, filters, number
 * search and order, the rows page by page with `loadMore`, the counts of every tab, and live updates — changed
 * rows are re-read and new arrivals counted in `arrivals` (for a polite announcement) whenever the change source
 * reports them. A search that is not a referral number is refused here (`searchInvalid`) and never sent: patient
 * data stays out of URLs.
 * @param options - first side, page size, refresh interval, change source
 * @example const inbox = useReferralInbox({ side: 'receiving' }); inbox.setGroup('awaiting_answer');
 */
export function useReferralInbox(options: UseReferralInboxOptions = {}) {
  const { client, now } = useAlliance();
  const pageSize = options.pageSize ?? 20;
  const [side, setSide] = useState<InboxSide>(options.side ?? 'receiving');
  const [group, setGroupState] = useState<InboxGroupTab>('all');
  const [filters, setFiltersState] = useState<ReferralInboxFilters>(options.initialFilters ?? {});
  const [q, setQState] = useState((options.initialQuery ?? '').trim());
  const [sort, setSort] = useState<Schemas['ReferralSort']>('green_first');
  const [liveError, setLiveError] = useState<unknown>();
  const [liveStatus, setLiveStatus] = useState<ChangeSourceStatus | undefined>();
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine !== false);

  const searchInvalid = q !== '' && !isReferralNumberQuery(q);

  /** The filters both the list and the counts take (the counts of a side need no side; its tabs need no status). */
  const shared = useMemo(() => {
    const createdFrom = dayBound(filters.createdFrom, false);
    const createdTo = dayBound(filters.createdTo, true);
    return {
      ...(filters.direction ? { direction: filters.direction } : {}),
      ...(filters.urgency ? { urgency: filters.urgency } : {}),
      ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
      ...(createdFrom ? { createdFrom } : {}),
      ...(createdTo ? { createdTo } : {}),
      ...(q && !searchInvalid ? { q } : {}),
    };
  }, [
    filters.direction,
    filters.urgency,
    filters.departmentId,
    filters.createdFrom,
    filters.createdTo,
    q,
    searchInvalid,
  ]);

  const statuses = useMemo(() => {
    const ofGroup = group === 'all' ? undefined : statusesOfGroup(group);
    if (filters.status) {
      return ofGroup && !ofGroup.includes(filters.status) ? [] : [filters.status];
    }
    return ofGroup;
  }, [group, filters.status]);

  const me = useAsync((signal) => client.me({ signal }), [client]);
  const myInstitutionId = me.data?.institutionId;
  const departments = useAsync(
    async (signal) =>
      myInstitutionId ? (await client.institutions.departments(myInstitutionId, { signal })).items : [],
    [client, myInstitutionId],
  );
  const institutions = useAsync(
    (signal) => client.institutions.list(undefined, { signal }).toArray(200),
    [client],
  );

  const { applyChanges, reload, generation, countsGeneration, ...rows } = useCursorQueue<Referral>(
    {
      readPage: async (cursor, signal) => {
        if (searchInvalid || (statuses && statuses.length === 0)) {
          return { items: [], nextCursor: null };
        }
        return client.referrals
          .list(
            { ...shared, side, sort, limit: pageSize, ...(statuses ? { status: statuses } : {}) },
            { signal },
          )
          .page(cursor);
      },
      readOne: (id) => client.referrals.get(id),
    },
    [client, shared, side, sort, pageSize, statuses, searchInvalid],
  );
  const { items } = rows;
  const counts = useAsync(
    async (signal) => {
      if (searchInvalid) {
        return undefined;
      }
      const status = filters.status ? { status: [filters.status] } : {};
      const [bothSides, thisSide] = await Promise.all([
        client.referrals.counts({ ...shared, ...status }, { signal }),
        client.referrals.counts({ ...shared, ...status, side }, { signal }),
      ]);
      return { bySide: bothSides.bySide, byGroup: thisSide.byGroup, total: thisSide.total };
    },
    [client, shared, side, filters.status, searchInvalid, generation, countsGeneration],
  );

  // Live updates: rows on screen are re-read one by one (an escalation among them raises its alert as soon as the
  // row is back); an id the list does not hold is a new arrival (or a referral that moved into this tab), so the
  // first page and the counts are read again. Unmounting stops the source: its subscription is aborted.
  const source = useMemo(
    () =>
      options.changeSource ??
      subscribeChangeSource(
        client,
        options.refreshIntervalMs !== undefined ? { pollIntervalMs: options.refreshIntervalMs } : {},
      ),
    [client, options.changeSource, options.refreshIntervalMs],
  );
  useEffect(() => {
    if (!online) {
      setLiveStatus(undefined);
      return undefined;
    }
    return source.start(
      (ids) => {
        setLiveError(undefined);
        applyChanges(ids);
      },
      (error) => setLiveError(error),
      (status) => setLiveStatus(status),
    );
  }, [source, online, applyChanges]);

  useEffect(() => {
    if (typeof window === 'undefined') {
      return undefined;
    }
    const up = () => {
      setOnline(true);
      reload();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [reload]);

  // The countdown ticks once a second while a green-channel referral awaits its answer; otherwise the clock rests.
  const [clock, setClock] = useState(() => now());
  const counting = items.some((r) => r.urgency === 'green_channel' && r.status === 'submitted');
  useEffect(() => {
    setClock(now());
    if (!counting) {
      return undefined;
    }
    const id = setInterval(() => setClock(now()), 1000);
    return () => clearInterval(id);
  }, [counting, now]);

  // The names of the departments on the rows, both sides: one directory read per institution on screen.
  const partyIds = useMemo(
    () =>
      [...new Set(items.flatMap((r) => [r.sendingInstitutionId, r.receivingInstitutionId]))].sort().join(','),
    [items],
  );
  const departmentNames = useAsync(
    async (signal) => {
      const names = new Map<string, Schemas['Department']>();
      const lists = await Promise.all(
        partyIds
          .split(',')
          .filter(Boolean)
          .map((id) => client.institutions.departments(id, { signal }).then((l) => l.items)),
      );
      for (const department of lists.flat()) {
        names.set(department.id, department);
      }
      return names;
    },
    [client, partyIds],
  );

  const slas = useMemo(() => new Map(items.map((r) => [r.id, inboxSlaOf(r, clock)])), [items, clock]);

  const refresh = useCallback(() => {
    reload();
    me.reload();
  }, [reload, me]);

  return {
    side,
    setSide: useCallback((next: InboxSide) => {
      setSide(next);
      setGroupState('all');
    }, []),
    group,
    setGroup: setGroupState,
    filters,
    setFilters: useCallback(
      (next: Partial<ReferralInboxFilters>) => setFiltersState((previous) => ({ ...previous, ...next })),
      [],
    ),
    clearFilters: useCallback(() => setFiltersState({}), []),
    q,
    setQ: useCallback((next: string) => setQState(next.trim()), []),
    searchInvalid,
    sort,
    setSort,
    ...rows,
    error: rows.error ?? me.error,
    counts: counts.data,
    /** Where each row stands against its answer deadline now. */
    slas,
    /** The instant the countdowns and ages are taken at (ticks each second while a countdown runs). */
    clock,
    liveError,
    /** How changes arrive now: `live` (the stream), `polling`, `connecting`, `reconnecting`; none while offline. */
    liveStatus,
    online,
    refresh,
    me: me.data,
    departments: departments.data ?? [],
    /** The departments named on the rows, by id. */
    departmentsById: departmentNames.data ?? new Map<string, Schemas['Department']>(),
    institutions: institutions.data ?? [],
  };
}

/** What `useReferralInbox` returns. */
export type UseReferralInboxResult = ReturnType<typeof useReferralInbox>;
