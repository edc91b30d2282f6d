import type { ReactNode } from 'react';
import { forwardRef } from 'react';
import { DraftDialog } from '../internal/DraftDialog.js';
import { useMessages } from '../provider/AllianceProvider.js';
import type { ReferralFormProps } from './ReferralForm.js';
import { FORM_MESSAGES, ReferralFormView } from './ReferralForm.js';
import { useReferralForm } from './useReferralForm.js';
import { REFERRAL_MESSAGES } from '../i18n/referral.js';
import { withMessages } from '../internal/with-messages.js';

/** Props of `ReferralDialog`: the dialog's open state and trigger, and every prop of `ReferralForm`. */
export interface ReferralDialogProps extends ReferralFormProps {
  /** Controlled open state; pair with `onOpenChange`. */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. */
  defaultOpen?: boolean | undefined;
  /**
   * Called when the dialog opens or closes. With typed input, Escape, the close button or a click outside first
   * ask whether to discard it; `false` comes only once the user chose to close.
   */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** The element that opens the dialog (rendered with Radix `asChild`); a button labelled 发起转诊 by default. */
  trigger?: ReactNode;
}

const ReferralDialogContent = forwardRef<HTMLDivElement, ReferralDialogProps>(
  function ReferralDialog(props, ref) {
    const { open, defaultOpen, onOpenChange, trigger, className, ...formProps } = props;
    const t = useMessages(REFERRAL_MESSAGES);
    return (
      <DraftDialog
        ref={ref}
        open={open}
        defaultOpen={defaultOpen}
        onOpenChange={onOpenChange}
        trigger={
          trigger ?? (
            <button type="button" className="yl-button yl-button--primary">
              {t('referral.dialog.trigger')}
            </button>
          )
        }
        className={['yl-referral-dialog', className].filter(Boolean).join(' ')}
      >
        <ReferralDialogBody formProps={formProps} />
      </DraftDialog>
    );
  },
);

function ReferralDialogBody({ formProps }: { formProps: Omit<ReferralFormProps, 'className'> }) {
  const t = useMessages(REFERRAL_MESSAGES);
  const {
    values,
    defaultValues,
    onValuesChange,
    onCreated,
    onError,
    submit,
    draftId,
    draftKey,
    autosave,
    onDraftSaved,
    ...rest
  } = formProps;
  const form = useReferralForm({
    values,
    defaultValues,
    onValuesChange,
    onCreated,
    onError,
    submit,
    draftId,
    draftKey,
    autosave,
    onDraftSaved,
  });
  return (
    <DraftDialog.Body
      hasInput={form.hasInput && form.status !== 'created'}
      title={t('referral.form.title')}
      description={t('referral.form.description')}
      closeLabel={t('common.close')}
      // 放弃填写？ — keep editing (the default, focused first), keep the saved draft and close, or discard.
      discard={{
        className: 'yl-referral-dialog__confirm',
        title: t('referral.discard.title'),
        body: form.draft
          ? t('referral.discard.bodyDraft', { number: form.draft.number })
          : t('referral.discard.body'),
        keepEditingLabel: t('referral.discard.keepEditing'),
        actions: [
          ...(form.draft ? [{ label: t('referral.discard.keepDraft'), run: form.keepDraft }] : []),
          { label: t('referral.discard.discard'), run: form.discard },
        ],
      }}
    >
      <ReferralFormView
        {...rest}
        form={form}
        renderActions={(actions) => <DraftDialog.Footer>{actions}</DraftDialog.Footer>}
      />
    </DraftDialog.Body>
  );
}

/**
 * The referral form in the shared dialog shell (`@radix-ui/react-dialog`: focus trap, Escape, focus back to the
 * trigger): title and 关闭 at the top, the primary action and the draft's status in the sticky footer. Nothing
 * typed is lost by one accidental key or click: closing with input asks first (keep editing, discard, or keep the
 * saved draft), and a reopened dialog restores the draft. The ref and `className` go to the dialog content.
 * @example <ReferralDialog onCreated={(referral) => toast(referral.number)} />
 */
export const ReferralDialog = withMessages(ReferralDialogContent, FORM_MESSAGES);
