import type { MutableRefObject, ReactNode } from 'react';
import { forwardRef, useRef, useState } from 'react';
import { DiscardPrompt } from '../internal/DiscardPrompt.js';
import { WidgetDialog } from '../internal/WidgetDialog.js';
import { useMessages } from '../provider/AllianceProvider.js';
import type { ReferralFormProps } from './ReferralForm.js';
import { ReferralFormView } from './ReferralForm.js';
import type { UseReferralFormResult } from './useReferralForm.js';
import { useReferralForm } from './useReferralForm.js';
import { REFERRAL_MESSAGES } from '../i18n/referral.js';

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

/**
 * The referral form in the shared dialog shell (`@radix-ui/react-dialog`: focus trap, Escape, focus back to the
 * trigger): title and 关闭 at the top, the primary action and the draft's status in the sticky footer. Nothing
 * typed is lost by one accidental key or click: closing with input asks first (keep editing, discard, or keep the
 * saved draft), and a reopened dialog restores the draft. The ref and `className` go to the dialog content.
 * @example <ReferralDialog onCreated={(referral) => toast(referral.number)} />
 */
export const ReferralDialog = forwardRef<HTMLDivElement, ReferralDialogProps>(
  function ReferralDialog(props, ref) {
    const { open: openProp, defaultOpen = false, onOpenChange, trigger, className, ...formProps } = props;
    const t = useMessages(REFERRAL_MESSAGES);
    const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
    const [confirming, setConfirming] = useState(false);
    // The open form's state, read when a close is asked for (the form lives inside the dialog's content).
    const guard = useRef<{ hasInput: boolean }>({ hasInput: false });
    const open = openProp ?? uncontrolledOpen;
    const setOpen = (next: boolean) => {
      if (openProp === undefined) {
        setUncontrolledOpen(next);
      }
      onOpenChange?.(next);
    };
    // Escape, a click outside and 关闭 all arrive here: with input, ask instead of closing.
    const requestOpenChange = (next: boolean) => {
      if (!next && guard.current.hasInput) {
        setConfirming(true);
        return;
      }
      setOpen(next);
    };
    return (
      <WidgetDialog
        ref={ref}
        open={open}
        onOpenChange={requestOpenChange}
        trigger={
          trigger ?? (
            <button type="button" className="yl-button yl-button--primary">
              {t('referral.dialog.trigger')}
            </button>
          )
        }
        overlayClassName="yl-dialog-overlay"
        className={['yl-referral-dialog', className].filter(Boolean).join(' ')}
      >
        <ReferralDialogBody
          formProps={formProps}
          guard={guard}
          confirming={confirming}
          onKeepEditing={() => setConfirming(false)}
          onClose={() => {
            setConfirming(false);
            setOpen(false);
          }}
        />
      </WidgetDialog>
    );
  },
);

function ReferralDialogBody({
  formProps,
  guard,
  confirming,
  onKeepEditing,
  onClose,
}: {
  formProps: Omit<ReferralFormProps, 'className'>;
  guard: MutableRefObject<{ hasInput: boolean }>;
  confirming: boolean;
  onKeepEditing: () => void;
  onClose: () => void;
}) {
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
  guard.current.hasInput = form.hasInput && form.status !== 'created';
  return (
    <>
      <WidgetDialog.Header closeLabel={t('common.close')}>{t('referral.form.title')}</WidgetDialog.Header>
      <WidgetDialog.Description className="yl-dialog__description">
        {t('referral.form.description')}
      </WidgetDialog.Description>
      <ReferralFormView
        {...rest}
        form={form}
        renderActions={(actions) => <WidgetDialog.Footer>{actions}</WidgetDialog.Footer>}
      />
      {confirming && <ReferralDiscardPrompt form={form} onKeepEditing={onKeepEditing} onClose={onClose} />}
    </>
  );
}

/** 放弃填写？ — keep editing (the default, focused first), discard, or keep the saved draft and close. */
function ReferralDiscardPrompt({
  form,
  onKeepEditing,
  onClose,
}: {
  form: UseReferralFormResult;
  onKeepEditing: () => void;
  onClose: () => void;
}) {
  const t = useMessages(REFERRAL_MESSAGES);
  return (
    <DiscardPrompt
      className="yl-referral-dialog__confirm"
      title={t('referral.discard.title')}
      body={
        form.draft
          ? t('referral.discard.bodyDraft', { number: form.draft.number })
          : t('referral.discard.body')
      }
      keepEditingLabel={t('referral.discard.keepEditing')}
      closeLabel={t('common.close')}
      actions={[
        ...(form.draft ? [{ label: t('referral.discard.keepDraft'), run: form.keepDraft }] : []),
        { label: t('referral.discard.discard'), run: form.discard },
      ]}
      onKeepEditing={onKeepEditing}
      onClose={onClose}
    />
  );
}
