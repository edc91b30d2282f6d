import type { ReactNode } from 'react';
import { forwardRef, useState } from 'react';
import { WidgetDialog } from '../internal/WidgetDialog.js';
import { useMessages } from '../provider/AllianceProvider.js';
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
      <WidgetDialog
        ref={ref}
        open={open}
        onOpenChange={setOpen}
        trigger={
          trigger ?? (
            <button type="button" className="yl-button yl-button--primary">
              {t('referral.dialog.trigger')}
            </button>
          )
        }
        overlayClassName="yl-dialog-overlay"
        className={['yl-dialog yl-referral-dialog', className].filter(Boolean).join(' ')}
      >
        <div className="yl-dialog__header">
          <WidgetDialog.Title className="yl-dialog__title">{t('referral.form.title')}</WidgetDialog.Title>
          <WidgetDialog.Close className="yl-button yl-dialog__close">{t('common.close')}</WidgetDialog.Close>
        </div>
        <WidgetDialog.Description className="yl-dialog__description">
          {t('referral.form.description')}
        </WidgetDialog.Description>
        <ReferralForm {...formProps} />
      </WidgetDialog>
    );
  },
);
