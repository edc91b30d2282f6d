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
  const [booked, setBooked] = useState<Schemas['Appointment'] | undefined>(undefined);
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
        {booked?.startsAt ? t('calendar.booked', { when: format.format(new Date(booked.startsAt)) }) : ''}
      </p>
      <ExpertCalendar className="portal-calendar portal-panel" onBooked={setBooked} />
    </>
  );
}
