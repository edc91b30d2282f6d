import type { MutableRefObject, ReactNode } from 'react';
import { createContext, forwardRef, useContext, useRef, useState } from 'react';
import type { DiscardPromptProps } from './DiscardPrompt.js';
import { DiscardPrompt } from './DiscardPrompt.js';
import { WidgetDialog } from './WidgetDialog.js';

export interface DraftDialogProps {
  /** Controlled open state; pair with `onOpenChange`. */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog opens, and with `false` only once the user chose to close (asked first with input). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** The element that opens the dialog, rendered with Radix `asChild`. */
  trigger: ReactNode;
  /** The widget's class and the caller's, on the dialog content. */
  className: string;
  /** The widget's body, which renders `DraftDialog.Body` around its form. */
  children: ReactNode;
}

interface DraftDialogSession {
  // The open form's state, read when a close is asked for (the form lives inside the dialog's content).
  guard: MutableRefObject<{ hasInput: boolean }>;
  confirming: boolean;
  keepEditing: () => void;
  close: () => void;
}

const DraftDialogContext = createContext<DraftDialogSession | null>(null);

/**
 * The frame of every dialog that keeps typed input (referral, consultation request): Escape, 关闭 or a click outside
 * with input ask first (keep editing, keep the draft, discard) instead of closing, so one stray key loses nothing.
 * The widget's form hook lives in the content, so it mounts with the dialog and restores its draft when reopened;
 * the widget's body reports its input through `DraftDialog.Body`.
 * @example
 * <DraftDialog trigger={<button type="button">发起转诊</button>} className="yl-referral-dialog">
 *   <ReferralDialogBody … />
 * </DraftDialog>
 */
const DraftDialogRoot = forwardRef<HTMLDivElement, DraftDialogProps>(function DraftDialog(
  { open: openProp, defaultOpen = false, onOpenChange, trigger, className, children },
  ref,
) {
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const [confirming, setConfirming] = useState(false);
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
  const session: DraftDialogSession = {
    guard,
    confirming,
    keepEditing: () => setConfirming(false),
    close: () => {
      setConfirming(false);
      setOpen(false);
    },
  };
  return (
    <WidgetDialog
      ref={ref}
      open={open}
      onOpenChange={requestOpenChange}
      trigger={trigger}
      overlayClassName="yl-dialog-overlay"
      className={className}
    >
      <DraftDialogContext.Provider value={session}>{children}</DraftDialogContext.Provider>
    </WidgetDialog>
  );
});

export interface DraftDialogBodyProps {
  /** Whether closing now would lose typed input (a created item has none left to lose). */
  hasInput: boolean;
  title: ReactNode;
  description: ReactNode;
  closeLabel: string;
  /** The prompt shown when a close is asked for with input; the dialog supplies its close label and handlers. */
  discard: Omit<DiscardPromptProps, 'closeLabel' | 'onKeepEditing' | 'onClose'>;
  /** The form, its actions in `WidgetDialog.Footer`. */
  children: ReactNode;
}

/**
 * The dialog's header, description and form, and the discard prompt when a close was asked for with input.
 * @example
 * <DraftDialog.Body hasInput={form.hasInput} title="发起转诊" description="…" closeLabel="关闭" discard={…}>
 *   <ReferralFormView form={form} renderActions={(a) => <WidgetDialog.Footer>{a}</WidgetDialog.Footer>} />
 * </DraftDialog.Body>
 */
function DraftDialogBody({
  hasInput,
  title,
  description,
  closeLabel,
  discard,
  children,
}: DraftDialogBodyProps) {
  const session = useContext(DraftDialogContext);
  if (!session) {
    throw new Error('DraftDialog.Body must be rendered inside a DraftDialog');
  }
  session.guard.current.hasInput = hasInput;
  return (
    <>
      <WidgetDialog.Header closeLabel={closeLabel}>{title}</WidgetDialog.Header>
      <WidgetDialog.Description className="yl-dialog__description">{description}</WidgetDialog.Description>
      {children}
      {session.confirming && (
        <DiscardPrompt
          {...discard}
          closeLabel={closeLabel}
          onKeepEditing={session.keepEditing}
          onClose={session.close}
        />
      )}
    </>
  );
}

export const DraftDialog = Object.assign(DraftDialogRoot, {
  Body: DraftDialogBody,
  Footer: WidgetDialog.Footer,
});
