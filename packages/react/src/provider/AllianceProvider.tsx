import type { AllianceClient } from '@yilian/sdk';
import type { Locale } from '@yilian/domain';
import type { ReactNode } from 'react';
import { setNonce } from 'get-nonce';
import { createContext, useContext, useDeferredValue, useMemo } from 'react';
import type { AreaMessages } from '../i18n/define.js';
import { whenLoaded } from '../i18n/define.js';
import type { Translate } from '../i18n/messages.js';
import { createTranslator } from '../i18n/messages.js';

export interface AllianceContextValue {
  client: AllianceClient;
  locale: Locale;
  /** Translates the common strings; widgets use `useMessages(theirArea)` for their own. */
  t: Translate;
  /** The clock widgets reason with (booking windows, recognition dates); `() => new Date()` unless given. */
  now: () => Date;
  /** The theme the dialogs carry (`data-yl-theme`) where they are portalled to `<body>`, outside the page's theme. */
  theme: 'light' | 'dark';
}

const AllianceContext = createContext<AllianceContextValue | null>(null);

export interface AllianceProviderProps {
  /** A client from `createAllianceClient` (`@yilian/sdk`). */
  client: AllianceClient;
  /** The language of every widget inside: zh-CN (default), zh-TW or en. */
  locale?: Locale;
  /** A clock for the widgets; tests and demos pin it. */
  now?: () => Date;
  /**
   * Your Content-Security-Policy nonce. Radix dialogs lock the page's scrolling with one `<style>` element; with the
   * nonce it passes `style-src 'self' 'nonce-…'`. Without it the dialogs still work, but a strict policy refuses the
   * scroll lock.
   */
  nonce?: string;
  /**
   * The theme of the widgets' dialogs: `'light'` (default) or `'dark'`. Radix portals a dialog to `<body>`, outside the
   * element where you put `data-yl-theme="dark"`, so tell the provider too and the dialogs follow.
   * @example <AllianceProvider client={client} theme="dark">…</AllianceProvider>
   */
  theme?: 'light' | 'dark';
  children?: ReactNode;
}

const systemNow = () => new Date();

/**
 * Gives every widget inside its client, language, clock and theme.
 * @example <AllianceProvider client={createAllianceClient({ baseUrl, getToken })} locale="zh-CN"><ReferralForm /></AllianceProvider>
 */
export function AllianceProvider({
  client,
  locale = 'zh-CN',
  now = systemNow,
  nonce,
  theme = 'light',
  children,
}: AllianceProviderProps) {
  if (nonce) {
    // get-nonce is where react-style-singleton (under Radix's scroll lock) reads the nonce of the styles it adds.
    setNonce(nonce);
  }
  // A change of language renders in the background: the widgets keep the old one until the new strings are fetched,
  // rather than blanking while they load.
  const shownLocale = useDeferredValue(locale);
  const value = useMemo(
    () => ({ client, locale: shownLocale, now, theme, t: createTranslator(shownLocale) }),
    [client, shownLocale, now, theme],
  );
  return <AllianceContext.Provider value={value}>{children}</AllianceContext.Provider>;
}

/**
 * The provider's client, locale, translator, clock and theme.
 * @example const { client, t } = useAlliance();
 */
export function useAlliance(): AllianceContextValue {
  const value = useContext(AllianceContext);
  if (!value) {
    throw new Error('Yilian widgets must be rendered inside <AllianceProvider client={…}>.');
  }
  return value;
}

/**
 * A translator for the common strings and one area's strings, in the provider's locale. The first time an area is
 * needed in a locale, it suspends while its strings are fetched (each widget waits inside its own `<Suspense>`,
 * showing nothing rather than another language); `preloadLocale` fetches them beforehand.
 * @param area - e.g. `REFERRAL_MESSAGES`
 * @example const t = useMessages(REFERRAL_MESSAGES); t('referral.form.title')
 */
export function useMessages<TKey extends string>(area: AreaMessages<TKey>) {
  const { locale } = useAlliance();
  const wait = whenLoaded(area.sources, locale);
  if (wait) {
    // note: the same promise on every try (whenLoaded caches it), as React 18 and 19 both expect of a thrown one
    throw wait;
  }
  return useMemo(() => createTranslator(locale, area), [locale, area]);
}
