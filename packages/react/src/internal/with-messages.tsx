import type { ForwardRefExoticComponent, PropsWithoutRef, ReactNode, RefAttributes } from 'react';
import { NetworkError } from '@yilian/sdk';
import { Suspense, createElement, forwardRef, useReducer } from 'react';
import type { AreaMessages } from '../i18n/define.js';
import { fetchTables, unavailable } from '../i18n/define.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import { ProblemNotice } from './ProblemNotice.js';

function AwaitMessages({ area, children }: { area: AreaMessages<string>; children: ReactNode }) {
  // Suspends until every area the widget will ask for is at hand, so its parts fetch their strings in one go.
  useMessages(area);
  const { locale } = useAlliance();
  const [, fetched] = useReducer((count: number) => count + 1, 0);
  if (!unavailable(area.sources, locale)) {
    return children;
  }
  // Neither the page's language nor zh-CN could be fetched (offline): the offline notice and Retry, in the common
  // strings every page has in all three languages, not bare keys.
  const retry = () => {
    void fetchTables(area.sources, locale)
      .catch(() => undefined)
      .finally(fetched);
  };
  return (
    <ProblemNotice error={new NetworkError("the widget's strings could not be fetched")} onRetry={retry} />
  );
}

/**
 * Gives a widget its own `<Suspense>`: until its strings in the page's language are fetched the widget renders
 * nothing, rather than another language first or a blank page around it (#12); if they cannot be fetched at all
 * (offline), it says so and offers to try again. The ref and props go through unchanged.
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
