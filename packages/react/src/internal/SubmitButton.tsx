import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { forwardRef } from 'react';

export interface SubmitButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'type'> {
  /** The write is in flight: the button is disabled, `aria-busy`, and shows `pendingLabel`. */
  pending: boolean;
  /** What the button says while pending (“正在提交…”); its usual label otherwise. */
  pendingLabel?: ReactNode;
}

/**
 * A form's primary submit button, disabled and `aria-busy` while its write is in flight (one click, one write).
 * @param props - `pending`, `pendingLabel`, and any attribute of `<button>`
 * @example <SubmitButton pending={booking.isPending} pendingLabel={t('calendar.form.busy')}>{t('calendar.form.submit')}</SubmitButton>
 */
export const SubmitButton = forwardRef<HTMLButtonElement, SubmitButtonProps>(function SubmitButton(
  { pending, pendingLabel, disabled, className, children, ...rest },
  ref,
) {
  return (
    <button
      {...rest}
      ref={ref}
      type="submit"
      className={['yl-button yl-button--primary', className].filter(Boolean).join(' ')}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
    >
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
});
