import type { ReactNode } from 'react';
import { useRef, useState } from 'react';
import { WidgetDialog } from './WidgetDialog.js';

/** One way out of the prompt besides keeping on editing: its label and what it does before the dialog closes. */
export interface DiscardPromptAction {
  label: string;
  run: () => Promise<void>;
}

export interface DiscardPromptProps {
  /** “放弃填写？” */
  title: ReactNode;
  /** What closing would lose (or keep). */
  body: ReactNode;
  /** The safe choice, focused first: back to the form with everything still there. */
  keepEditingLabel: string;
  closeLabel: string;
  /** The other choices, in order (keep a draft and close, discard …); each closes the form when it has run. */
  actions: readonly DiscardPromptAction[];
  onKeepEditing: () => void;
  /** Called after an action ran (whether it succeeded or not: the user chose to close). */
  onClose: () => void;
  /** The widget's class on the prompt's content. */
  className?: string | undefined;
}

/**
 * The prompt a form dialog shows when it is closed with typed input (Escape, 关闭, a click outside): an
 * `alertdialog` in the shared shell whose first choice, focused, keeps the input, so a second stray Enter loses
 * nothing. Every form dialog (referral, consultation) asks the same way.
 * @param props - title, body, the keep-editing label, and the other actions
 * @example
 * <DiscardPrompt title="放弃填写？" body="…" keepEditingLabel="继续填写" closeLabel="关闭"
 *   actions={[{ label: '放弃填写', run: form.discard }]} onKeepEditing={back} onClose={close} />
 */
export function DiscardPrompt({
  title,
  body,
  keepEditingLabel,
  closeLabel,
  actions,
  onKeepEditing,
  onClose,
  className,
}: DiscardPromptProps) {
  const [busy, setBusy] = useState(false);
  const keepEditing = useRef<HTMLButtonElement | null>(null);
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch {
      // The user chose to close: what could not be withdrawn stays where it was saved.
    } finally {
      setBusy(false);
      onClose();
    }
  };
  return (
    <WidgetDialog
      open
      onOpenChange={(next) => {
        if (!next) {
          onKeepEditing();
        }
      }}
      overlayClassName="yl-dialog-overlay"
      className={className}
      role="alertdialog"
      aria-busy={busy || undefined}
      onOpenAutoFocus={(event) => {
        // The safe choice gets the focus, so a second stray Enter keeps the input.
        event.preventDefault();
        keepEditing.current?.focus();
      }}
    >
      <WidgetDialog.Header closeLabel={closeLabel}>{title}</WidgetDialog.Header>
      <WidgetDialog.Description className="yl-dialog__description">{body}</WidgetDialog.Description>
      <div className="yl-dialog__confirm-actions">
        <button
          ref={keepEditing}
          type="button"
          className="yl-button yl-button--primary"
          onClick={onKeepEditing}
        >
          {keepEditingLabel}
        </button>
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className="yl-button"
            disabled={busy}
            onClick={() => void act(action.run)}
          >
            {action.label}
          </button>
        ))}
      </div>
    </WidgetDialog>
  );
}
