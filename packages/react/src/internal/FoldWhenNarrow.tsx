import type { FocusEvent, ReactNode } from 'react';
import { useState } from 'react';

/** What `useFoldWhenNarrow` gives: whether the region is folded, its toggle, and the props its region needs. */
export interface Fold {
  collapsed: boolean;
  toggle: () => void;
  region: {
    hidden: boolean;
    onFocus: () => void;
    onBlur: (event: FocusEvent<HTMLElement>) => void;
  };
}

/**
 * A region that folds behind a button at a phone's width and is always open wider. Folded with `hidden`, never
 * unmounted, so what was typed in it stays; and it stays open when the width narrows while focus is inside it,
 * because folding away the field being typed in would drop focus to the page.
 * @param narrow - from `useNarrow`
 * @example const fold = useFoldWhenNarrow(narrow); <fieldset id="f" {...fold.region}>…</fieldset>
 */
export function useFoldWhenNarrow(narrow: boolean): Fold {
  const [open, setOpen] = useState(false);
  const [focusInside, setFocusInside] = useState(false);
  const [narrowBefore, setNarrowBefore] = useState(narrow);
  if (narrow !== narrowBefore) {
    setNarrowBefore(narrow);
    if (narrow) {
      setOpen(focusInside);
    }
  }
  const collapsed = narrow && !open;
  return {
    collapsed,
    toggle: () => setOpen(collapsed),
    region: {
      hidden: collapsed,
      onFocus: () => setFocusInside(true),
      onBlur: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) {
          setFocusInside(false);
        }
      },
    },
  };
}

/** The button that unfolds a `useFoldWhenNarrow` region: names it, says whether it is open, points at it. */
export function FoldToggle({
  fold,
  controls,
  className,
  children,
}: {
  fold: Fold;
  controls: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className ? `yl-button yl-disclosure ${className}` : 'yl-button yl-disclosure'}
      aria-expanded={!fold.collapsed}
      aria-controls={controls}
      onClick={fold.toggle}
    >
      <span>{children}</span>
      <span className="yl-disclosure__chevron" aria-hidden="true">
        {fold.collapsed ? '▾' : '▴'}
      </span>
    </button>
  );
}
