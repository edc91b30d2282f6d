import type { ForwardRefExoticComponent, PropsWithoutRef, ReactNode, RefAttributes } from 'react';
import { Suspense, createElement, forwardRef } from 'react';
import type { AreaMessages } from '../i18n/define.js';
import { useMessages } from '../provider/AllianceProvider.js';

function AwaitMessages({ area, children }: { area: AreaMessages<string>; children: ReactNode }) {
  // Suspends until every area the widget will ask for is at hand, so its parts fetch their strings in one go.
  useMessages(area);
  return children;
}

/**
 * Gives a widget its own `<Suspense>`: in zh-TW or en, until its strings are fetched the widget renders nothing,
 * rather than zh-CN first or a blank page around it (#12). The ref and props go through unchanged.
 * @param Widget - the widget, as `forwardRef` made it
 * @param area - every area the widget and its parts use
 * @example export const ExpertCalendar = withMessages(ExpertCalendarContent, CALENDAR_MESSAGES);
 */
export function withMessages<TRef, TProps>(
  Widget: ForwardRefExoticComponent<PropsWithoutRef<TProps> & RefAttributes<TRef>>,
  area: AreaMessages<string>,
): ForwardRefExoticComponent<PropsWithoutRef<TProps> & RefAttributes<TRef>> {
  const Localized = forwardRef<TRef, TProps>(function Localized(props, ref) {
    return (
      <Suspense fallback={null}>
        <AwaitMessages area={area}>{createElement(Widget, { ...props, ref } as never)}</AwaitMessages>
      </Suspense>
    );
  });
  Localized.displayName = Widget.displayName ?? (Widget as { render?: { name?: string } }).render?.name;
  return Localized;
}
