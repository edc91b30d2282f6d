import type { ForwardRefExoticComponent, PropsWithoutRef, ReactNode, RefAttributes } from 'react';
import { Suspense, createElement, forwardRef, useReducer, useState } from 'react';
import type { AreaMessages } from '../i18n/define.js';
import { fetchTables, unavailable } from '../i18n/define.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';

function AwaitMessages({ area, children }: { area: AreaMessages<string>; children: ReactNode }) {
  // Suspends until every area the widget will ask for is at hand, so its parts fetch their strings in one go.
  useMessages(area);
  const { locale, t } = useAlliance();
  const [, fetched] = useReducer((count: number) => count + 1, 0);
  const [retrying, setRetrying] = useState(false);
  if (!unavailable(area.sources, locale)) {
    return children;
  }
  // Neither the page's language nor zh-CN could be fetched (offline): rather than bare keys, the one thing to do,
  // in the common strings every page has in all three languages.
  const retry = () => {
    setRetrying(true);
    void fetchTables(area.sources, locale)
      .catch(() => undefined)
      .finally(() => {
        setRetrying(false);
        fetched();
      });
  };
  return (
    <div className="yl-notice yl-notice--offline" role="alert">
      <p className="yl-notice__message">{t('common.offline')}</p>
      <button type="button" className="yl-button" disabled={retrying} onClick={retry}>
        {t('common.retry')}
      </button>
    </div>
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
