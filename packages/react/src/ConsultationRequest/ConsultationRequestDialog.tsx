import type { ReactNode } from 'react';
import { forwardRef } from 'react';
import { CONSULTATION_MESSAGES } from '../i18n/consultation.js';
import { DraftDialog } from '../internal/DraftDialog.js';
import { useMessages } from '../provider/AllianceProvider.js';
import type { ConsultationRequestProps } from './ConsultationRequest.js';
import { FORM_MESSAGES, ConsultationRequestView } from './ConsultationRequest.js';
import { useConsultationRequest } from './useConsultationRequest.js';
import { withMessages } from '../internal/with-messages.js';

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

const ConsultationRequestDialogContent = forwardRef<HTMLDivElement, ConsultationRequestDialogProps>(
  function ConsultationRequestDialog(props, ref) {
    const { open, defaultOpen, onOpenChange, trigger, className, ...formProps } = props;
    const t = useMessages(CONSULTATION_MESSAGES);
    return (
      <DraftDialog
        ref={ref}
        open={open}
        defaultOpen={defaultOpen}
        onOpenChange={onOpenChange}
        trigger={
          trigger ?? (
            <button type="button" className="yl-button yl-button--primary">
              {t('consultation.dialog.trigger')}
            </button>
          )
        }
        className={['yl-consultation-dialog', className].filter(Boolean).join(' ')}
      >
        <DialogBody formProps={formProps} />
      </DraftDialog>
    );
  },
);

function DialogBody({ formProps }: { formProps: Omit<ConsultationRequestProps, 'className'> }) {
  const t = useMessages(CONSULTATION_MESSAGES);
  const { defaultValues, onValuesChange, onCreated, onError, draftKey, ...rest } = formProps;
  const form = useConsultationRequest({ defaultValues, onValuesChange, onCreated, onError, draftKey });
  return (
    <DraftDialog.Body
      hasInput={form.hasInput && form.status !== 'created'}
      title={t('consultation.form.title')}
      description={t('consultation.form.description')}
      closeLabel={t('common.close')}
      discard={{
        title: t('consultation.discard.title'),
        body: t('consultation.discard.body'),
        keepEditingLabel: t('consultation.discard.keepEditing'),
        actions: [
          { label: t('consultation.discard.keepLocal'), run: form.keepLocal },
          { label: t('consultation.discard.discard'), run: form.discard },
        ],
      }}
    >
      <ConsultationRequestView
        {...rest}
        form={form}
        renderActions={(actions) => <DraftDialog.Footer>{actions}</DraftDialog.Footer>}
      />
    </DraftDialog.Body>
  );
}

/**
 * The consultation request in the shared dialog shell (focus trap, Escape, focus back to the trigger): title and
 * 关闭 at the top, the primary action and where the typed request is kept in the sticky footer. Closing with input
 * asks first (keep editing, keep it in this tab and close, or discard), and a reopened dialog restores what was
 * kept. The ref and `className` go to the dialog content.
 * @example <ConsultationRequestDialog onCreated={(consultation) => toast(consultation.number)} />
 */
export const ConsultationRequestDialog = withMessages(ConsultationRequestDialogContent, FORM_MESSAGES);
