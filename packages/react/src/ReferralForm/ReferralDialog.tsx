import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { forwardRef, useState } from 'react';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type { ReferralFormProps } from './ReferralForm.js';
import { ReferralForm } from './ReferralForm.js';
import { REFERRAL_MESSAGES } from '../i18n/referral.js';

/** Props of `ReferralDialog`: the dialog's open state and trigger, and every prop of `ReferralForm`. */
export interface ReferralDialogProps extends ReferralFormProps {
  /** Controlled open state; pair with `onOpenChange`. */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog opens or closes (Escape, the close button, a click outside). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** The element that opens the dialog (rendered with Radix `asChild`); a button labelled 发起转诊 by default. */
  trigger?: ReactNode;
}

/**
 * The referral form in a modal dialog (`@radix-ui/react-dialog`: focus trap, Escape, focus back to the trigger).
 * The ref and `className` go to the dialog content.
 * @example <ReferralDialog onCreated={(referral) => toast(referral.number)} />
 */
export const ReferralDialog = forwardRef<HTMLDivElement, ReferralDialogProps>(
  function ReferralDialog(props, ref) {
    const { open: openProp, defaultOpen = false, onOpenChange, trigger, className, ...formProps } = props;
    const { theme } = useAlliance();
    const t = useMessages(REFERRAL_MESSAGES);
    const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
    const open = openProp ?? uncontrolledOpen;
    const setOpen = (next: boolean) => {
      if (openProp === undefined) {
        setUncontrolledOpen(next);
      }
      onOpenChange?.(next);
    };
    return (
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger asChild>
          {trigger ?? (
            <button type="button" className="yl-button yl-button--primary">
              {t('referral.dialog.trigger')}
            </button>
          )}
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay
            className="yl-root yl-dialog-overlay"
            data-yl-theme={theme === 'dark' ? 'dark' : undefined}
          />
          <Dialog.Content
            ref={ref}
            className={['yl-root yl-widget yl-dialog yl-referral-dialog', className]
              .filter(Boolean)
              .join(' ')}
            data-yl-theme={theme === 'dark' ? 'dark' : undefined}
          >
            <div className="yl-dialog__header">
              <Dialog.Title className="yl-dialog__title">{t('referral.form.title')}</Dialog.Title>
              <Dialog.Close className="yl-button yl-dialog__close">{t('common.close')}</Dialog.Close>
            </div>
            <Dialog.Description className="yl-dialog__description">
              {t('referral.form.description')}
            </Dialog.Description>
            <ReferralForm {...formProps} />
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    );
  },
);
