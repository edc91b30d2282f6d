import type { ComponentPropsWithoutRef } from 'react';
import { forwardRef, useState } from 'react';
import { useAlliance } from '../provider/AllianceProvider.js';
import { dateValueOf, parseDateText } from './date-text.js';

export interface DateFieldProps extends Omit<
  ComponentPropsWithoutRef<'input'>,
  'id' | 'type' | 'value' | 'defaultValue' | 'onChange'
> {
  /** The control's id; its format hint (and message when the text is not a day) takes `${id}-format`. */
  id: string;
  /** `YYYY-MM-DD`, '' when empty, or text that is not a day (as `onChange` gave it). */
  value: string;
  /** `YYYY-MM-DD` once the text is a day, '' when blank, otherwise the text as typed (see `dateValueOf`). */
  onChange: (value: string) => void;
  /** The widget's class block: the field's own “not a date” message takes `${block}__error`. */
  block: string;
  /** `onChange` gets '' for text that is not a day (a filter cannot search by half-typed text). */
  daysOnly?: boolean | undefined;
}

/**
 * A day typed year first (年-月-日), the order of the widget's locale whatever the browser's language: a native
 * `<input type="date">` shows mm/dd/yyyy in a zh-CN page when Chromium's UI is English (#11). A text field with a
 * format hint, a number pad on phones, and its own message when the text left is not a day — unless the form
 * already says something about the field (`aria-invalid`), whose message then stands alone. Public (exported by
 * `@yilian/react`) so that a hospital's own forms around the widgets take dates the same way; it needs the
 * `AllianceProvider` for its words.
 * @param props - `id`, `value`, `onChange`, the widget's class `block`, and any `<input>` attribute
 * @example <DateField {...fieldControlProps(id, { error })} block="yl-referral-form" value={date} onChange={setDate} />
 */
export const DateField = forwardRef<HTMLInputElement, DateFieldProps>(function DateField(
  {
    id,
    value,
    onChange,
    block,
    daysOnly,
    onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': invalid,
    ...rest
  },
  ref,
) {
  const { t } = useAlliance();
  const [text, setText] = useState(value);
  const [left, setLeft] = useState(false);
  const day = parseDateText(text);
  // The value changed from outside (a restored draft, the birth date an ID number gives, a reset): show it, unless it
  // is only what the text here already means (2026/1/5 stays as typed until the field is left).
  if (value !== dateValueOf(text, daysOnly) && value !== text) {
    setText(value);
  }
  const notADay = left && text.trim() !== '' && day === undefined;
  return (
    <>
      <input
        {...rest}
        ref={ref}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('common.date.placeholder')}
        aria-invalid={invalid || notADay || undefined}
        aria-describedby={describedBy ? `${describedBy} ${id}-format` : `${id}-format`}
        value={text}
        onChange={(event) => {
          setLeft(false);
          setText(event.target.value);
          onChange(dateValueOf(event.target.value, daysOnly));
        }}
        onBlur={(event) => {
          setLeft(true);
          // Once left, a day reads the one way it is stored: 2026/1/5 becomes 2026-01-05.
          setText(day ?? text);
          onBlur?.(event);
        }}
      />
      {/* The format, read with the field; shown as its message when the text left is not a day and the form has
          none of its own for it. */}
      <p id={`${id}-format`} className={notADay && !invalid ? `${block}__error` : 'yl-visually-hidden'}>
        {t('common.date.hint')}
      </p>
    </>
  );
});
