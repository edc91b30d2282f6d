import type { Locale } from '@yilian/react';
import { ExpertCalendar } from '@yilian/react';
import type { Schemas } from '@yilian/sdk';
import { useState } from 'react';
import type { Persona } from '../personas.ts';
import type { PortalTranslate } from '../strings.ts';

interface PageProps {
  t: PortalTranslate;
  locale: Locale;
  persona: Persona;
}

export function CalendarPage({ t, locale }: PageProps) {
  // The banner follows the last change: a move or a cancellation replaces the time it showed.
  const [change, setChange] = useState<
    { kind: 'booked' | 'rescheduled' | 'cancelled'; appointment: Schemas['Appointment'] } | undefined
  >(undefined);
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <>
      <h1 className="portal-title">{t('page.calendar')}</h1>
      <p className="portal-intro">{t('calendar.intro')}</p>
      <p className="portal-success" role="status">
        {change
          ? t(`calendar.${change.kind}`, { when: format.format(new Date(change.appointment.startsAt)) })
          : ''}
      </p>
      <ExpertCalendar
        className="portal-calendar portal-panel"
        onBooked={(appointment) => setChange({ kind: 'booked', appointment })}
        onRescheduled={(appointment) => setChange({ kind: 'rescheduled', appointment })}
        onCancelled={(appointment) => setChange({ kind: 'cancelled', appointment })}
      />
    </>
  );
}
