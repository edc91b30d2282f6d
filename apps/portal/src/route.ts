import { useEffect, useState } from 'react';

export const PAGES = [
  'referrals',
  'consultations',
  'calendar',
  'appointments',
  'free-clinic',
  'waiting-room',
  'recognition',
  'indicators',
] as const;
export type Page = (typeof PAGES)[number];

function fromHash(hash: string): Page {
  const name = hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(name) ? (name as Page) : 'referrals';
}

/** Hash routing (`#/referrals`, `#/calendar`, `#/appointments`, …): no router, works on any static host. */
export function useHashPage(): Page {
  const [page, setPage] = useState<Page>(() => fromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setPage(fromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return page;
}
