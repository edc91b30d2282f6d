import type { Locale } from '@yilian/react';
import { AllianceProvider } from '@yilian/react';
import { label } from '@yilian/domain';
import { createAllianceClient } from '@yilian/sdk';
import type { ChangeEvent, MouseEvent } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AppointmentsPage } from './pages/AppointmentsPage.tsx';
import { CalendarPage } from './pages/CalendarPage.tsx';
import { FreeClinicPage } from './pages/FreeClinicPage.tsx';
import { IndicatorsPage } from './pages/IndicatorsPage.tsx';
import { ConsultationsPage } from './pages/ConsultationsPage.tsx';
import { RecognitionPage } from './pages/RecognitionPage.tsx';
import { ReferralsPage } from './pages/ReferralsPage.tsx';
import type { Persona } from './personas.ts';
import { fetchPersonas, initialPersona, rememberPersona } from './personas.ts';
import type { Page } from './route.ts';
import { PAGES, useHashPage } from './route.ts';
import type { PortalKey } from './strings.ts';
import { LOCALES, institutionName, portalTranslator } from './strings.ts';

type Personas = { status: 'loading' } | { status: 'error' } | { status: 'ready'; items: Persona[] };

const PAGE_TITLES: Record<Page, PortalKey> = {
  referrals: 'page.referrals',
  consultations: 'page.consultations',
  calendar: 'page.calendar',
  appointments: 'page.appointments',
  'free-clinic': 'page.freeClinic',
  'waiting-room': 'page.waitingRoom',
  recognition: 'page.recognition',
  indicators: 'page.indicators',
};

/** Who is shown 成效监测 in the navigation: the server answers anyone else with 403 (the dashboard says so). */
const INDICATOR_ROLES: readonly Persona['role'][] = ['coordinator', 'admin'];
/** What a patient's own account may use; the staff pages would only answer her with 403. */
const PATIENT_PAGES: readonly Page[] = ['calendar', 'appointments', 'waiting-room'];

/** The pages the navigation offers the persona, in the navigation's order. */
function pagesFor(persona: Persona | undefined): readonly Page[] {
  if (persona?.role === 'patient') {
    return PATIENT_PAGES;
  }
  return PAGES.filter((name) => name !== 'indicators' || (persona && INDICATOR_ROLES.includes(persona.role)));
}

export function App() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const t = useMemo(() => portalTranslator(locale), [locale]);
  const page = useHashPage();
  const [personas, setPersonas] = useState<Personas>({ status: 'loading' });
  const [persona, setPersona] = useState<Persona | undefined>(undefined);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchPersonas(controller.signal).then(
      (items) => {
        setPersonas({ status: 'ready', items });
        setPersona(initialPersona(items));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          console.warn('The demo personas could not be loaded:', error);
          setPersonas({ status: 'error' });
        }
      },
    );
    return () => controller.abort();
  }, []);

  // One client per persona and language: the token is the persona, and problems come back in the page's language.
  const client = useMemo(
    () =>
      persona
        ? createAllianceClient({ baseUrl: window.location.origin, token: persona.token, locale })
        : undefined,
    [persona, locale],
  );

  const hospital = persona ? institutionName(persona.institutionId, locale) : t('siteSubtitle');
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t(PAGE_TITLES[page])} · ${hospital} · ${t('siteTitle')}`;
  }, [locale, page, hospital, t]);

  const choosePersona = (event: ChangeEvent<HTMLSelectElement>) => {
    if (personas.status !== 'ready') {
      return;
    }
    const next = personas.items.find((p) => p.clinicianId === event.target.value);
    if (next) {
      rememberPersona(next);
      setPersona(next);
    }
  };

  useEffect(() => {
    // A patient who lands on a staff page (the default page is the referral queue) is taken to her booking page.
    if (persona?.role === 'patient' && !PATIENT_PAGES.includes(page)) {
      window.location.replace(`#/${PATIENT_PAGES[0]}`);
    }
  }, [persona, page]);

  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    // The hash is the route: move the focus instead of following the link.
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="portal">
      <a className="portal-skip" href="#main" onClick={skipToContent}>
        {t('skipToContent')}
      </a>
      <header className="portal-header">
        <div className="portal-header__bar">
          <div className="portal-brand">
            <span className="portal-brand__logo" aria-hidden="true">
              ✚
            </span>
            <div>
              <p className="portal-brand__hospital">{hospital}</p>
              <p className="portal-brand__service">{t('siteTitle')}</p>
            </div>
          </div>
          <div className="portal-controls">
            <div className="portal-field">
              <label htmlFor="portal-persona">{t('persona')}</label>
              <select
                id="portal-persona"
                value={persona?.clinicianId ?? ''}
                onChange={choosePersona}
                disabled={personas.status !== 'ready'}
              >
                {personas.status !== 'ready' && <option value="">{t('personasLoading')}</option>}
                {personas.status === 'ready' &&
                  personas.items.map((p) => (
                    <option key={p.clinicianId} value={p.clinicianId}>
                      {`${p.name} · ${institutionName(p.institutionId, locale)} · ${label('role', p.role, locale)}`}
                    </option>
                  ))}
              </select>
            </div>
            <div className="portal-field portal-field--narrow">
              <label htmlFor="portal-locale">{t('language')}</label>
              <select
                id="portal-locale"
                value={locale}
                onChange={(event) => setLocale(event.target.value as Locale)}
              >
                {LOCALES.map((l) => (
                  <option key={l.value} value={l.value} lang={l.lang}>
                    {l.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <nav className="portal-nav" aria-label={t('nav')}>
          <ul>
            {pagesFor(persona).map((name) => (
              <li key={name}>
                <a href={`#/${name}`} aria-current={name === page ? 'page' : undefined}>
                  {t(PAGE_TITLES[name])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="portal-main" ref={mainRef} tabIndex={-1}>
        {personas.status === 'error' && (
          <p className="portal-alert" role="alert">
            {t('personasFailed')}
          </p>
        )}
        {personas.status === 'loading' && <p role="status">{t('personasLoading')}</p>}
        {persona && client && (
          // Keyed by persona: switching identity starts every page afresh, with nothing of the previous one's.
          <AllianceProvider key={persona.clinicianId} client={client} locale={locale}>
            {page === 'referrals' && <ReferralsPage t={t} locale={locale} persona={persona} />}
            {page === 'consultations' && <ConsultationsPage t={t} locale={locale} persona={persona} />}
            {page === 'calendar' && <CalendarPage t={t} locale={locale} persona={persona} />}
            {page === 'appointments' && <AppointmentsPage t={t} />}
            {page === 'free-clinic' && <FreeClinicPage t={t} mode="desk" />}
            {page === 'waiting-room' && <FreeClinicPage t={t} mode="display" />}
            {page === 'recognition' && <RecognitionPage t={t} locale={locale} persona={persona} />}
            {page === 'indicators' && <IndicatorsPage t={t} />}
          </AllianceProvider>
        )}
      </main>
      <footer className="portal-footer">
        <p>{t('footer')}</p>
      </footer>
    </div>
  );
}
