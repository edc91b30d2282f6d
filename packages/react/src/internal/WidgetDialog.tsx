import * as Dialog from '@radix-ui/react-dialog';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { forwardRef, useEffect, useRef } from 'react';
import { useAlliance } from '../provider/AllianceProvider.js';

export interface WidgetDialogProps extends ComponentPropsWithoutRef<typeof Dialog.Content> {
  /** Controlled open state; uncontrolled (closed first) when left out. */
  open?: boolean | undefined;
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** The element that opens the dialog, rendered with Radix `asChild`; none when the widget opens it itself. */
  trigger?: ReactNode;
  /** The widget's overlay class, beside `yl-root`. */
  overlayClassName: string;
}

/**
 * Every widget dialog's frame over `@radix-ui/react-dialog` (focus trap, Escape, focus back to the trigger): the
 * one place that puts the dialog in `yl-root` and gives it the provider's theme, because Radix portals it to
 * `<body>`, outside the widget and the page's theme. The ref, `className` and other props go to the content; the
 * title, description and close button are the Radix parts, re-exported here.
 * @example
 * <WidgetDialog trigger={<button type="button">详情</button>} overlayClassName="yl-dialog-overlay" className="yl-dialog">
 *   <WidgetDialog.Title>…</WidgetDialog.Title>
 * </WidgetDialog>
 */
const WidgetDialogRoot = forwardRef<HTMLDivElement, WidgetDialogProps>(function WidgetDialog(
  { open, defaultOpen, onOpenChange, trigger, overlayClassName, className, children, ...content },
  ref,
) {
  const { theme } = useAlliance();
  const themed = theme === 'dark' ? 'dark' : undefined;
  return (
    <Dialog.Root
      {...(open === undefined ? {} : { open })}
      {...(defaultOpen === undefined ? {} : { defaultOpen })}
      {...(onOpenChange ? { onOpenChange } : {})}
    >
      {trigger !== undefined && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
      <Dialog.Portal>
        <Dialog.Overlay className={`yl-root yl-dialog-overlay ${overlayClassName}`} data-yl-theme={themed} />
        <Dialog.Content
          {...content}
          ref={ref}
          // note: yl-dialog is the one shell (placement, sticky header and footer); the widget's class adds content
          className={['yl-root yl-widget yl-dialog', className].filter(Boolean).join(' ')}
          data-yl-theme={themed}
        >
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});

export interface WidgetDialogHeaderProps {
  /** The dialog's title (its accessible name). */
  children: ReactNode;
  /** The dismiss button's text: "关闭"/"Close", never "取消", which would read like a cancel command. */
  closeLabel: string;
}

/**
 * The title and the close button, in the same place in every dialog; it stays at the top while the body scrolls.
 * @example <WidgetDialog.Header closeLabel={t('common.close')}>接收</WidgetDialog.Header>
 */
function WidgetDialogHeader({ children, closeLabel }: WidgetDialogHeaderProps) {
  return (
    <div className="yl-dialog__header">
      <Dialog.Title className="yl-dialog__title">{children}</Dialog.Title>
      <Dialog.Close className="yl-button yl-dialog__close">{closeLabel}</Dialog.Close>
    </div>
  );
}

/**
 * The actions row, sticky at the bottom so the primary action is always in view, also on a 360 px phone.
 * @example <WidgetDialog.Footer><SubmitButton>确认</SubmitButton></WidgetDialog.Footer>
 */
function WidgetDialogFooter({ children }: { children: ReactNode }) {
  return <div className="yl-dialog__footer">{children}</div>;
}

/**
 * A ref for the dialog's error area: when `error` becomes set, the area is scrolled into view and focused, so the
 * user (sighted or not) lands on what went wrong instead of a button further down.
 * @param error - the current error (anything truthy counts)
 * @example const errorsRef = useRevealError(problem); … <div ref={errorsRef} tabIndex={-1}>…</div>
 */
export function useRevealError(error: unknown) {
  const ref = useRef<HTMLDivElement | null>(null);
  const shown = Boolean(error);
  useEffect(() => {
    if (shown && ref.current) {
      ref.current.scrollIntoView({ block: 'nearest' });
      ref.current.focus({ preventScroll: true });
    }
  }, [shown, error]);
  return ref;
}

export const WidgetDialog = Object.assign(WidgetDialogRoot, {
  Title: Dialog.Title,
  Description: Dialog.Description,
  Close: Dialog.Close,
  Header: WidgetDialogHeader,
  Footer: WidgetDialogFooter,
});
