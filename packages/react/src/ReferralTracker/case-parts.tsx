// The building blocks the tracker's case and step details share: who and what things are called, how times read,
// headings at a configurable level, a definition list of fields, and long text that folds.
import type { Locale } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { Translate } from '../i18n/messages.js';
import type { ReferralView } from './useReferral.js';
import { label } from '../i18n/domain.js';

/** A heading level the tracker may use; its sections are one below its title, steps one below those. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Everything a section or a step detail needs to render: the loaded view and how to say things. */
export interface CaseContext {
  view: ReferralView;
  locale: Locale;
  t: Translate;
  /** The level of this part's own headings. */
  level: HeadingLevel;
  /** The display names of the ids a referral carries. */
  names: Names;
  /** An instant as a Beijing-time date and time. */
  instant: (value: string) => string;
  /** A `YYYY-MM-DD` calendar day in the locale's order. */
  day: (value: string) => string;
  /** The provider's clock. */
  now: Date;
}

export interface Names {
  institution: (id: string | undefined) => string | undefined;
  department: (id: string | undefined) => string | undefined;
  clinician: (id: string | undefined) => string | undefined;
}

export function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

function localized(name: Schemas['LocalizedName'], locale: Locale): string {
  return locale === 'en' ? (name.en ?? name.zh) : name.zh;
}

/** Names from the view's directory; an id the directory does not know stays unnamed rather than shown raw. */
export function namesOf(view: ReferralView, locale: Locale): Names {
  return {
    institution: (id) => {
      const found = view.institutions.find((candidate) => candidate.id === id);
      return found && localized(found.name, locale);
    },
    department: (id) => {
      const found = view.departments.find((candidate) => candidate.id === id);
      return found && localized(found.name, locale);
    },
    clinician: (id) => {
      const found = view.clinicians.find((candidate) => candidate.id === id);
      if (!found) {
        return undefined;
      }
      const title = label('clinicianTitle', found.title, locale);
      return locale === 'en' ? `${found.name} (${title})` : `${found.name}（${title}）`;
    },
  };
}

/** `a · b`, leaving out the parts that are missing. */
export function joined(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined && part !== '');
  return present.length > 0 ? present.join(' · ') : undefined;
}

export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/** The next heading level down, kept at h6 at most. */
export function below(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** A definition list of fields: the term beside its value, or above it for long text and on narrow screens. */
export function FieldList({ children }: { children: ReactNode }) {
  return <dl className="yl-referral-tracker__fields">{children}</dl>;
}

/** One field; nothing when the value is missing, so optional fields simply do not appear. */
export function FieldItem({
  term,
  block = false,
  children,
}: {
  term: string;
  /** Long text: the value goes under its term, across the whole width. */
  block?: boolean;
  children: ReactNode;
}) {
  if (children === undefined || children === null || children === false || children === '') {
    return null;
  }
  return (
    <div className={cx('yl-referral-tracker__field', block && 'yl-referral-tracker__field--block')}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Text longer than this (characters or lines) may not fit in the folded height: it is measured. */
const FOLD_CHARS = 120;
const FOLD_LINES = 6;

/**
 * Free text as written (line breaks kept, long words broken so nothing overflows a phone). A text taller than six
 * lines at the width it has is folded, with a button that says whether it is open; printing shows it whole.
 */
export function LongText({ text, t }: { text: string; t: Translate }) {
  const id = useId();
  const ref = useRef<HTMLDivElement | null>(null);
  const [open, setOpen] = useState(false);
  // Whether the folded height cuts the text off, at the width it has now (a phone folds more than a desktop).
  const [cut, setCut] = useState(false);
  const long = text.length > FOLD_CHARS || text.split('\n').length > FOLD_LINES;
  useEffect(() => {
    const element = ref.current;
    if (!long || open || !element) {
      return undefined;
    }
    const measure = () => setCut(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, [long, open, text]);
  return (
    <>
      <div
        ref={ref}
        id={id}
        className={cx(
          'yl-referral-tracker__text',
          long && !open && 'yl-referral-tracker__text--folded',
          long && !open && cut && 'yl-referral-tracker__text--cut',
        )}
      >
        {text}
      </div>
      {long && (cut || open) && (
        <button
          type="button"
          className="yl-referral-tracker__more"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((previous) => !previous)}
        >
          {open ? t('tracker.longText.less') : t('tracker.longText.more')}
        </button>
      )}
    </>
  );
}
