import * as Dialog from '@radix-ui/react-dialog';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { forwardRef } from 'react';
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
        <Dialog.Overlay className={`yl-root ${overlayClassName}`} data-yl-theme={themed} />
        <Dialog.Content
          {...content}
          ref={ref}
          className={['yl-root yl-widget', className].filter(Boolean).join(' ')}
          data-yl-theme={themed}
        >
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});

export const WidgetDialog = Object.assign(WidgetDialogRoot, {
  Title: Dialog.Title,
  Description: Dialog.Description,
  Close: Dialog.Close,
});
