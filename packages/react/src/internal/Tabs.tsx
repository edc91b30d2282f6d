import type { KeyboardEvent } from 'react';
import { useRef } from 'react';

export interface TabsProps<TValue extends string> {
  /** The tablist's accessible name. */
  label: string;
  values: readonly TValue[];
  selected: TValue;
  onSelect: (value: TValue) => void;
  /** A tab's text (with its count, if any). */
  text: (value: TValue) => string;
  /** The id of the tabpanel every tab controls (one panel, its content follows the selection). */
  panelId: string;
  /** The id of a tab, for the panel's `aria-labelledby`. */
  idOf: (value: TValue) => string;
  /** The tablist's classes. */
  className: string;
  /** Each tab's class; the work queues' `yl-inbox__tab` unless given. */
  tabClassName?: string | undefined;
}

/**
 * A tablist with roving focus: arrows, Home and End move between tabs and select them (automatic activation). The
 * work queues (referrals, consultations) share it.
 * @param props - the tabs, the selected one, and the panel they control
 * @example <Tabs label="按进度" values={['all', 'open']} selected={tab} onSelect={setTab} text={(v) => v}
 *   panelId={panelId} idOf={(v) => `${id}-${v}`} className="yl-inbox__tabs" />
 */
export function Tabs<TValue extends string>(props: TabsProps<TValue>) {
  const refs = useRef(new Map<TValue, HTMLButtonElement>());
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = props.values.length - 1;
    const target =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (target === undefined) {
      return;
    }
    event.preventDefault();
    const value = props.values[target]!;
    props.onSelect(value);
    refs.current.get(value)?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className={props.className}>
      {props.values.map((value, index) => (
        <button
          key={value}
          ref={(node) => {
            if (node) {
              refs.current.set(value, node);
            } else {
              refs.current.delete(value);
            }
          }}
          type="button"
          role="tab"
          id={props.idOf(value)}
          aria-selected={value === props.selected}
          aria-controls={props.panelId}
          tabIndex={value === props.selected ? 0 : -1}
          className={props.tabClassName ?? 'yl-inbox__tab'}
          onClick={() => props.onSelect(value)}
          onKeyDown={(event) => move(event, index)}
        >
          {props.text(value)}
        </button>
      ))}
    </div>
  );
}
