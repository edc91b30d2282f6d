import type { ReactNode } from 'react';
import { ProblemNotice } from './ProblemNotice.js';
import { Skeleton } from './Skeleton.js';

/** The state of a queue's rows, as `useCursorQueue` (through the widget's hook) gives it. */
export interface QueueListState<TItem> {
  items: readonly TItem[];
  status: 'loading' | 'success' | 'error';
  error: unknown;
  moreError: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => Promise<void>;
  refresh: () => void;
}

export interface QueueListProps<TItem> {
  queue: QueueListState<TItem>;
  /** The column headings, shown above the rows on wide screens (each row labels its own cells for phones). */
  columns: readonly string[];
  /** The list's accessible name. */
  label: string;
  renderRow: (item: TItem) => ReactNode;
  /** What an empty list says. */
  empty: ReactNode;
  /** “显示 20 / 共 57 条”, once the count of the tab is known. */
  shown?: string | undefined;
  loadingLabel: string;
  loadMoreLabel: string;
  loadingMoreLabel: string;
}

/**
 * A work queue's rows (referrals, consultations): a skeleton while the first page loads, the problem with a retry,
 * the empty text, or the rows under their headings; then how many are shown and 加载更多.
 * @param props - the queue's state, the headings, the row renderer and the texts
 * @example
 * <QueueList queue={inbox} columns={[t('inbox.column.number')]} label={t('inbox.list')} renderRow={row}
 *   empty={t('inbox.empty')} loadingLabel={t('common.loading')} loadMoreLabel="加载更多" loadingMoreLabel="正在加载…" />
 */
export function QueueList<TItem>({
  queue,
  columns,
  label,
  renderRow,
  empty,
  shown,
  loadingLabel,
  loadMoreLabel,
  loadingMoreLabel,
}: QueueListProps<TItem>) {
  const none = queue.items.length === 0;
  return (
    <>
      {queue.status === 'error' && none ? (
        <ProblemNotice error={queue.error} onRetry={queue.refresh} />
      ) : queue.status === 'loading' && none ? (
        <Skeleton label={loadingLabel} className="yl-inbox__skeleton" />
      ) : none ? (
        <p className="yl-inbox__empty">{empty}</p>
      ) : (
        <>
          <div className="yl-inbox__head" aria-hidden="true">
            {columns.map((column) => (
              <span key={column}>{column}</span>
            ))}
          </div>
          <ul className="yl-inbox__list" aria-label={label}>
            {queue.items.map(renderRow)}
          </ul>
        </>
      )}
      {queue.moreError !== undefined && <ProblemNotice error={queue.moreError} onRetry={queue.loadMore} />}
      {!none && (
        <div className="yl-inbox__more">
          {shown !== undefined && <span className="yl-inbox__shown">{shown}</span>}
          {queue.hasMore && (
            <button
              type="button"
              className="yl-button"
              disabled={queue.loadingMore}
              onClick={() => void queue.loadMore()}
            >
              {queue.loadingMore ? loadingMoreLabel : loadMoreLabel}
            </button>
          )}
        </div>
      )}
    </>
  );
}
