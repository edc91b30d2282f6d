import type { Locale } from '@yilian/domain';
import { messages as domainZhCN } from '@yilian/domain/messages/zh-CN';

/** The locales loaded on demand: zh-CN, the default and the fallback, ships with the widgets. */
export type LazyLocale = Exclude<Locale, 'zh-CN'>;

/** One area file's strings: zh-CN at hand, the other locales fetched once and then cached here. */
export interface MessageSource {
  readonly area: string;
  readonly 'zh-CN': Readonly<Record<string, string>>;
  readonly load: Readonly<Record<LazyLocale, () => Promise<{ messages: Record<string, string> }>>>;
  readonly loaded: Partial<Record<LazyLocale, Record<string, string>>>;
  readonly pending: Partial<Record<LazyLocale, Promise<void>>>;
  /** Locales whose chunk could not be fetched (offline): read in zh-CN until `preloadLocale` tries again. */
  readonly failed: Partial<Record<LazyLocale, true>>;
}

/**
 * A widget's strings: the zh-CN table (which also gives the keys their type) and the area files to load for the other
 * locales. One area file, or several joined by `combineMessages`.
 */
export interface AreaMessages<TKey extends string> {
  readonly 'zh-CN': Readonly<Record<TKey, string>>;
  readonly sources: readonly MessageSource[];
}

/** The keys of an area; distributes over a union of areas. */
type KeyOf<TArea> = TArea extends AreaMessages<infer TKey> ? TKey : never;

/**
 * The domain's texts (problem and field error messages, enum labels: `label`, `formatProblem` in `./domain.ts`), loaded
 * like an area: zh-CN at hand, zh-TW and en from `@yilian/domain/messages/<locale>` on demand, so that a page ships
 * one locale of them rather than the three of the domain's main entry (#12). Every area waits for it too.
 */
export const DOMAIN_MESSAGES: MessageSource = {
  area: 'domain',
  'zh-CN': domainZhCN,
  load: {
    'zh-TW': () => import('@yilian/domain/messages/zh-TW'),
    en: () => import('@yilian/domain/messages/en'),
  },
  loaded: {},
  pending: {},
  failed: {},
};

// Every area whose module the page imported: `preloadLocale` fetches exactly the strings of the widgets in the bundle.
const registered: MessageSource[] = [DOMAIN_MESSAGES];

/**
 * Declares one area's strings: the zh-CN table, and the other locales as dynamic imports so that bundlers put each in
 * its own chunk, which a zh-CN page never fetches (#12). Run `scripts/split-messages.mjs` to write an area this way.
 * @param area - the area's name, e.g. `calendar`
 * @param zhCN - the zh-CN table, whose keys the other locales must have (they are typed `Record<keyof zhCN, string>`)
 * @param load - a dynamic import per other locale
 * @example defineMessages('calendar', messages, { 'zh-TW': () => import('./zh-TW/calendar.js'), en: () => import('./en/calendar.js') })
 */
export function defineMessages<const TKey extends string>(
  area: string,
  zhCN: Record<TKey, string>,
  load: Record<LazyLocale, () => Promise<{ messages: NoInfer<Record<TKey, string>> }>>,
): AreaMessages<TKey> {
  const source: MessageSource = { area, 'zh-CN': zhCN, load, loaded: {}, pending: {}, failed: {} };
  registered.push(source);
  // The widgets label enums and explain problems with the domain's texts: a widget renders once both are at hand.
  return { 'zh-CN': zhCN, sources: [source, DOMAIN_MESSAGES] };
}

/**
 * Joins areas for a widget that speaks with several (the form with the patient fields): one translator, one wait.
 * @example combineMessages(REFERRAL_MESSAGES, PATIENT_MESSAGES)
 */
export function combineMessages<TAreas extends readonly AreaMessages<string>[]>(
  ...areas: TAreas
): AreaMessages<KeyOf<TAreas[number]>> {
  const sources = [...new Set(areas.flatMap((area) => area.sources))];
  return {
    'zh-CN': Object.assign({}, ...areas.map((area) => area['zh-CN'])) as never,
    sources,
  };
}

/** The sources of an area's own strings, without the domain's texts (which `./domain.ts` reads). */
export function ownSources(sources: readonly MessageSource[]): MessageSource[] {
  return sources.filter((source) => source !== DOMAIN_MESSAGES);
}

/** The table of one source in a locale, if it is at hand (zh-CN always is). */
export function tableOf(source: MessageSource, locale: Locale): Record<string, string> | undefined {
  return locale === 'zh-CN' ? source['zh-CN'] : source.loaded[locale];
}

/** Fetches one source's table in a locale, once; later calls share the first. */
function loadSource(source: MessageSource, locale: LazyLocale): Promise<void> {
  source.pending[locale] ??= source.load[locale]().then(
    (module) => {
      source.loaded[locale] = module.messages;
    },
    (error: unknown) => {
      delete source.pending[locale];
      source.failed[locale] = true;
      throw error;
    },
  );
  return source.pending[locale];
}

const settled = (source: MessageSource, locale: LazyLocale) =>
  source.loaded[locale] !== undefined || source.failed[locale] === true;

// One promise per areas and locale, so that a widget that suspends on it is handed the same promise on every try.
const waits = new WeakMap<readonly MessageSource[], Partial<Record<LazyLocale, Promise<void>>>>();

/**
 * For rendering: resolves (never rejects) once every source of the areas has its table in `locale`, or has failed to
 * fetch it and will read in zh-CN rather than leave the widget empty; undefined when there is nothing to wait for, so
 * that a render goes on synchronously.
 */
export function whenLoaded(sources: readonly MessageSource[], locale: Locale): Promise<void> | undefined {
  if (locale === 'zh-CN' || sources.every((source) => settled(source, locale))) {
    return undefined;
  }
  const byLocale = waits.get(sources) ?? {};
  waits.set(sources, byLocale);
  byLocale[locale] ??= Promise.allSettled(
    sources.filter((source) => !settled(source, locale)).map((source) => loadSource(source, locale)),
  ).then(() => {
    delete byLocale[locale];
  });
  return byLocale[locale];
}

/** Fetches the sources' tables in a locale, again for those that failed before; rejects if one cannot be fetched. */
export async function fetchTables(sources: readonly MessageSource[], locale: Locale): Promise<void> {
  if (locale === 'zh-CN') {
    return;
  }
  await Promise.all(
    sources.map((source) => {
      delete source.failed[locale];
      return source.loaded[locale] ? undefined : loadSource(source, locale);
    }),
  );
}

/**
 * Fetches the widgets' strings in a locale before rendering, so that the first render is already in that language:
 * on the server before `renderToString`, or in the browser before `createRoot(…).render(…)`. It fetches the areas of
 * every widget the page has imported so far. Without it, a widget in zh-TW or en renders nothing until its strings
 * arrive (never zh-CN first; only if they cannot be fetched, offline, does it fall back to zh-CN). Rejects when a
 * chunk cannot be fetched.
 * @param locale - zh-CN (nothing to fetch), zh-TW or en
 * @example await preloadLocale('en'); root.render(<AllianceProvider client={client} locale="en"><ExpertCalendar /></AllianceProvider>);
 */
export function preloadLocale(locale: Locale): Promise<void> {
  return fetchTables(registered, locale);
}
