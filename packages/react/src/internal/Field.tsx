import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { useAlliance } from '../provider/AllianceProvider.js';

export interface FieldProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The control's id: the label points at it, and the hint and error take `${id}-hint` and `${id}-error`. */
  id: string;
  label: ReactNode;
  /** The widget's class block: the parts get `${block}__field`, `__label`, `__hint`, `__error` (its stylesheet). */
  block: string;
  hint?: ReactNode | undefined;
  /** The message to show under the control; the control should carry `fieldControlProps(…)` to point at it. */
  error?: ReactNode | undefined;
  /** A marker after the label: `*` (hidden from screen readers, which read `aria-required`) or “(optional)”. */
  marker?: 'required' | 'optional' | undefined;
  children: ReactNode;
}

/**
 * One form field as every widget lays it out: label, control, hint, error.
 * @param props - the control's `id`, `label`, the widget's class `block`, `hint`, `error`, `marker`
 * @example
 * <Field id={id} label={t('calendar.form.name')} block="yl-calendar-dialog" error={message}>
 *   <input {...fieldControlProps(id, { error: message })} value={name} onChange={…} />
 * </Field>
 */
export function Field({ id, label, block, hint, error, marker, className, children, ...rest }: FieldProps) {
  const { t } = useAlliance();
  return (
    <div {...rest} className={[`${block}__field`, className].filter(Boolean).join(' ')}>
      <label className={`${block}__label`} htmlFor={id}>
        {label}
        {marker === 'required' && <span aria-hidden="true"> *</span>}
        {marker === 'optional' && <span className={`${block}__optional`}> ({t('common.optional')})</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className={`${block}__hint`}>
          {hint}
        </p>
      )}
      <FieldError id={id} block={block}>
        {error}
      </FieldError>
    </div>
  );
}

/**
 * A field's message under its control (`${id}-error`, what `fieldControlProps` points at), for a control `Field`
 * cannot lay out: a group of radios or a checkbox in its own label. Renders nothing without a message.
 * @param props - the control's `id`, the widget's class `block`, and the message
 * @example <FieldError id={id} block="yl-referral-form">{message}</FieldError>
 */
export function FieldError({ id, block, children }: { id: string; block: string; children?: ReactNode }) {
  return children ? (
    <p id={`${id}-error`} className={`${block}__error`}>
      {children}
    </p>
  ) : null;
}

/**
 * The accessibility attributes of a field's control: `aria-invalid` while it has an error, and `aria-describedby`
 * pointing at its error and hint.
 * @param id - the control's id, as given to `Field`
 * @param state - whether the field has an `error` and a `hint` now
 * @example <input {...fieldControlProps(id, { error, hint: true })} />
 */
export function fieldControlProps(id: string, state: { error?: unknown; hint?: unknown }) {
  const describedBy = [state.error ? `${id}-error` : '', state.hint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  return {
    id,
    'aria-invalid': state.error ? true : undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  } as const;
}
