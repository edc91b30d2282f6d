import type { MutableRefObject, ReactNode } from 'react';
import { forwardRef, useRef, useState } from 'react';
import { CONSULTATION_MESSAGES } from '../i18n/consultation.js';
import { DiscardPrompt } from '../internal/DiscardPrompt.js';
import { WidgetDialog } from '../internal/WidgetDialog.js';
import { useMessages } from '../provider/AllianceProvider.js';
import type { ConsultationRequestProps } from './ConsultationRequest.js';
import { ConsultationRequestView } from './ConsultationRequest.js';
import { useConsultationRequest } from './useConsultationRequest.js';

/** Props of `ConsultationRequestDialog`: the dialog's open state and trigger, and every prop of `ConsultationRequest`. */
export interface ConsultationRequestDialogProps extends ConsultationRequestProps {
  /** Controlled open state; pair with `onOpenChange`. */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. */
  defaultOpen?: boolean | undefined;
  /**
   * Called when the dialog opens or closes. With typed input, Escape, the close button or a click outside first
   * ask whether to discard it; `false` comes only once the user chose to close.
   */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** The element that opens the dialog (rendered with Radix `asChild`); a button labelled 申请远程会诊 by default. */
  trigger?: ReactNode;
}

/**
 * The consultation request in the shared dialog shell (focus trap, Escape, focus back to the trigger): title and
 * 关闭 at the top, the primary action and where the typed request is kept in the sticky footer. Closing with input
 * asks first (keep editing, keep it in this tab and close, or discard), and a reopened dialog restores what was
 * kept. The ref and `className` go to the dialog content.
 * @example <ConsultationRequestDialog onCreated={(consultation) => toast(consultation.number)} />
 */
export const ConsultationRequestDialog = forwardRef<HTMLDivElement, ConsultationRequestDialogProps>(
  function ConsultationRequestDialog(props, ref) {
    const { open: openProp, defaultOpen = false, onOpenChange, trigger, className, ...formProps } = props;
    const t = useMessages(CONSULTATION_MESSAGES);
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
              {t('consultation.dialog.trigger')}
            </button>
          )
        }
        overlayClassName="yl-dialog-overlay"
        className={['yl-consultation-dialog', className].filter(Boolean).join(' ')}
      >
        <DialogBody
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

function DialogBody({
  formProps,
  guard,
  confirming,
  onKeepEditing,
  onClose,
}: {
  formProps: Omit<ConsultationRequestProps, 'className'>;
  guard: MutableRefObject<{ hasInput: boolean }>;
  confirming: boolean;
  onKeepEditing: () => void;
  onClose: () => void;
}) {
  const t = useMessages(CONSULTATION_MESSAGES);
  const { defaultValues, onValuesChange, onCreated, onError, draftKey, ...rest } = formProps;
  const form = useConsultationRequest({ defaultValues, onValuesChange, onCreated, onError, draftKey });
  guard.current.hasInput = form.hasInput && form.status !== 'created';
  return (
    <>
      <WidgetDialog.Header closeLabel={t('common.close')}>{t('consultation.form.title')}</WidgetDialog.Header>
      <WidgetDialog.Description className="yl-dialog__description">
        {t('consultation.form.description')}
      </WidgetDialog.Description>
      <ConsultationRequestView
        {...rest}
        form={form}
        renderActions={(actions) => <WidgetDialog.Footer>{actions}</WidgetDialog.Footer>}
      />
      {confirming && (
        <DiscardPrompt
          title={t('consultation.discard.title')}
          body={t('consultation.discard.body')}
          keepEditingLabel={t('consultation.discard.keepEditing')}
          closeLabel={t('common.close')}
          actions={[
            { label: t('consultation.discard.keepLocal'), run: form.keepLocal },
            { label: t('consultation.discard.discard'), run: form.discard },
          ]}
          onKeepEditing={onKeepEditing}
          onClose={onClose}
        />
      )}
    </>
  );
}
