import type { DependencyList } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';

/** One page of a cursor-paged list, as the SDK's `list(…).page(cursor)` returns it. */
export interface CursorPage<TItem> {
  items: TItem[];
  nextCursor: string | null;
}

export interface UseCursorQueueOptions<TItem> {
  /** Reads the first page (no cursor) or the page after `cursor`, with the queue's current filters. */
  readPage: (cursor: string | undefined, signal: AbortSignal | undefined) => Promise<CursorPage<TItem>>;
  /** Re-reads one row that changed. */
  readOne: (id: string) => Promise<TItem>;
}

/**
 * The rows of a work queue (referrals, consultations), headless: the first page read again whenever `deps` change
 * or `reload` is called, `loadMore` adding the pages after it, and live changes applied — a row on screen is re-read
 * in place, an id the list does not hold reads the first page again and, once there, counts in `arrivals`.
 * `generation` and `countsGeneration` tell the widget when to read its counts again.
 * @param options - how to read a page and one row
 * @param deps - the filters: a change starts the list again from its first page
 * @example
 * const queue = useCursorQueue({ readPage: (cursor, signal) => client.consultations.list(q, { signal }).page(cursor),
 *   readOne: (id) => client.consultations.get(id) }, [client, q]);
 */
export function useCursorQueue<TItem extends { id: string }>(
  options: UseCursorQueueOptions<TItem>,
  deps: DependencyList,
) {
  // `generation` reads the first page (and the widget's counts) again; `countsGeneration` the counts alone (a
  // change to rows already on screen moves them between tabs, but keeps the rows the user paged to).
  const [generation, setGeneration] = useState(0);
  const [countsGeneration, setCountsGeneration] = useState(0);
  const [extra, setExtra] = useState<CursorPage<TItem> | undefined>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>();
  const [patched, setPatched] = useState<ReadonlyMap<string, TItem>>(new Map());
  const [arrivals, setArrivals] = useState(0);
  const latest = useRef(options);
  latest.current = options;

  const page = useAsync(
    (signal) => latest.current.readPage(undefined, signal),
    // note: the caller's deps decide when to read again; `readPage` is always the latest one
    [...deps, generation],
  );

  // A new first page starts the list again: drop what `loadMore` and live patches added to the previous one.
  useEffect(() => {
    setExtra(undefined);
    setMoreError(undefined);
    setPatched(new Map());
  }, [page.data]);

  const items = useMemo(
    () => [...(page.data?.items ?? []), ...(extra?.items ?? [])].map((item) => patched.get(item.id) ?? item),
    [page.data, extra, patched],
  );
  const nextCursor = extra ? extra.nextCursor : (page.data?.nextCursor ?? null);

  const loadMore = useCallback(async () => {
    if (!nextCursor || loadingMore) {
      return;
    }
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const more = await latest.current.readPage(nextCursor, undefined);
      setExtra((previous) => ({
        items: [...(previous?.items ?? []), ...more.items],
        nextCursor: more.nextCursor,
      }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [nextCursor, loadingMore]);

  const itemsRef = useRef(items);
  itemsRef.current = items;
  const pendingArrivals = useRef<{ before: Set<string>; candidates: Set<string> } | undefined>(undefined);

  const applyChanges = useCallback((ids: readonly string[]) => {
    const shown = new Set(itemsRef.current.map((item) => item.id));
    for (const id of ids.filter((changed) => shown.has(changed))) {
      latest.current.readOne(id).then(
        (item) => setPatched((previous) => new Map(previous).set(id, item)),
        // The row could not be re-read (a refused or dropped request): read the page again rather than keep
        // showing a row the server has changed — an escalation must not stay hidden.
        () => setGeneration((g) => g + 1),
      );
    }
    const unknown = ids.filter((id) => !shown.has(id));
    if (unknown.length > 0) {
      pendingArrivals.current = {
        before: shown,
        candidates: new Set([...(pendingArrivals.current?.candidates ?? []), ...unknown]),
      };
      setGeneration((g) => g + 1);
    } else {
      setCountsGeneration((g) => g + 1);
    }
  }, []);

  // Counted once the first page that followed a change has loaded: how many of the reported ids it brought.
  useEffect(() => {
    const pending = pendingArrivals.current;
    if (!pending || !page.data) {
      return;
    }
    pendingArrivals.current = undefined;
    const arrived = page.data.items.filter(
      (item) => pending.candidates.has(item.id) && !pending.before.has(item.id),
    );
    if (arrived.length > 0) {
      setArrivals((n) => n + arrived.length);
    }
  }, [page.data]);

  return {
    /** The rows loaded so far (the first page and what `loadMore` added), live updates applied. */
    items,
    /** The first page's load: `loading` (a skeleton), `error`, or `success`. */
    status: page.status,
    error: page.error,
    hasMore: nextCursor !== null,
    loadMore,
    loadingMore,
    moreError,
    /** Rows that arrived or moved in through live updates since mount (for a polite announcement). */
    arrivals,
    /** Applies the ids a change source reported. */
    applyChanges,
    reload: useCallback(() => setGeneration((g) => g + 1), []),
    generation,
    countsGeneration,
  };
}
