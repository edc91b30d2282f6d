import { useEffect, useRef } from 'react';

/** One line of the summary: a field's problem, linked to its control, or a problem of the whole form. */
export interface ErrorSummaryEntry {
  key: string;
  /** The field's label, where its link points and how it moves the focus there; none for the whole form. */
  link?: { label: string; href: string; focus: () => void } | undefined;
  message: string;
}

export interface ErrorSummaryProps {
  /** “有 3 处需要修改” */
  title: string;
  entries: readonly ErrorSummaryEntry[];
  /** Grows on every submit that found problems: each time, the summary is scrolled into view and focused. */
  generation: number;
  /** The widget's class block: the parts get `${block}__summary` and `${block}__summary-title`. */
  block: string;
}

/**
 * Every problem of a form after a submit, each linked to its field, as one alert that takes the focus; nothing
 * when there is none. Render it always (not only with entries), so a submit is told apart from a field left.
 * @param props - the title, the entries, the submit `generation`, the widget's class `block`
 * @example
 * <ErrorSummary title={t('referral.errors.summary', { count })} entries={entries}
 *   generation={form.errorGeneration} block="yl-referral-form" />
 */
export function ErrorSummary({ title, entries, generation, block }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement | null>(null);
  // note: focus moves only after the messages are rendered, so the screen reader reads the summary with them
  useEffect(() => {
    if (generation === 0) {
      return;
    }
    ref.current?.scrollIntoView({ block: 'nearest' });
    ref.current?.focus({ preventScroll: true });
  }, [generation]);
  if (entries.length === 0) {
    return null;
  }
  return (
    <div ref={ref} className={`${block}__summary`} role="alert" tabIndex={-1}>
      <p className={`${block}__summary-title`}>{title}</p>
      <ul>
        {entries.map(({ key, link, message }) =>
          link ? (
            <li key={key}>
              <a
                href={link.href}
                onClick={(event) => {
                  event.preventDefault();
                  link.focus();
                }}
              >
                {link.label}
              </a>
              {`：${message}`}
            </li>
          ) : (
            <li key={key}>{message}</li>
          ),
        )}
      </ul>
    </div>
  );
}
