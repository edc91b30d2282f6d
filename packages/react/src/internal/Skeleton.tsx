import { useId } from 'react';

export interface SkeletonProps {
  /** What is loading, read out in the user's language (“加载中…”); never shown. */
  label: string;
  /** The widget's class beside `yl-skeleton-group`, for its own spacing. */
  className?: string | undefined;
}

/**
 * The placeholder every widget shows while its first data loads: grey lines shaped like the content to come, and
 * for a screen reader a polite status named by a visually hidden label (the lines themselves are hidden from it).
 * @param props - the `label` and the widget's `className`
 * @example <Skeleton label={t('common.loading')} className="yl-inbox__skeleton" />
 */
export function Skeleton({ label, className }: SkeletonProps) {
  const labelId = useId();
  return (
    <div
      role="status"
      aria-labelledby={labelId}
      className={['yl-skeleton-group', className].filter(Boolean).join(' ')}
    >
      <span id={labelId} className="yl-visually-hidden">
        {label}
      </span>
      <span className="yl-skeleton yl-skeleton--title" aria-hidden="true" />
      <span className="yl-skeleton" aria-hidden="true" />
      <span className="yl-skeleton" aria-hidden="true" />
      <span className="yl-skeleton yl-skeleton--short" aria-hidden="true" />
    </div>
  );
}
