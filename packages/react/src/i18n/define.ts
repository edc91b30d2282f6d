import type { Locale } from '@yilian/domain';

/** One area file's strings: every locale fetched once, on demand, and then cached here. */
export interface MessageSource {
  readonly area: string;
  readonly load: Readonly<Record<Locale, () => Promise<{ messages: Record<string, string> }>>>;
  readonly loaded: Partial<Record<Locale, Record<string, string>>>;
  readonly pending: Partial<Record<Locale, Promise<void>>>;
  /** Locales whose chunk could not be fetched (offline): read in zh-CN, if at hand, until `preloadLocale` tries again. */
  readonly failed: Partial<Record<Locale, true>>;
}

/**
 * A widget's strings: the area files to load, one locale at a time. One area file, or several joined by
 * `combineMessages`. `keys` is for the type checker only: the keys of the area's zh-CN table.
 */
export interface AreaMessages<TKey extends string> {
  readonly sources: readonly MessageSource[];
  readonly keys?: TKey;
}

/** The keys of an area; distributes over a union of areas. */
export type KeyOf<TArea> = TArea extends AreaMessages<infer TKey> ? TKey : never;

/**
 * The domain's texts (problem and field error messages, enum labels: `label`, `formatProblem` in `./domain.ts`), loaded
 * like an area, from `@yilian/domain/messages/<locale>` on demand, so that a page ships one locale of them rather than
 * the three of the domain's main entry (#12). Every area waits for it too.
 */
export const DOMAIN_MESSAGES: MessageSource = {
  area: 'domain',
  load: {
    'zh-CN': () => import('@yilian/domain/messages/zh-CN'),
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
 * Declares one area's strings as a dynamic import per locale, so that bundlers put each in its own chunk and a page
 * fetches only its own locale's: an en page carries no zh-CN strings, and no page carries another's (#12). The zh-CN
 * table gives the keys their type; the other locales' tables are typed `Record<keyof zhCN, string>`.
 * @param area - the area's name, e.g. `calendar`
 * @param load - a dynamic import per locale
 * @example defineMessages('calendar', { 'zh-CN': () => import('./zh-CN/calendar.js'), 'zh-TW': () => import('./zh-TW/calendar.js'), en: () => import('./en/calendar.js') })
 */
export function defineMessages<const TKey extends string>(
  area: string,
  load: { 'zh-CN': () => Promise<{ messages: Record<TKey, string> }> } & Record<
    Exclude<Locale, 'zh-CN'>,
    () => Promise<{ messages: NoInfer<Record<TKey, string>> }>
  >,
): AreaMessages<TKey> {
  const source: MessageSource = { area, load, loaded: {}, pending: {}, failed: {} };
  registered.push(source);
  // The widgets label enums and explain problems with the domain's texts: a widget renders once both are at hand.
  return { sources: [source, DOMAIN_MESSAGES] };
}

/**
 * Joins areas for a widget that speaks with several (the form with the patient fields): one translator, one wait.
 * @example combineMessages(REFERRAL_MESSAGES, PATIENT_MESSAGES)
 */
export function combineMessages<TAreas extends readonly AreaMessages<string>[]>(
  ...areas: TAreas
): AreaMessages<KeyOf<TAreas[number]>> {
  return { sources: [...new Set(areas.flatMap((area) => area.sources))] };
}

/** The sources of an area's own strings, without the domain's texts (which `./domain.ts` reads). */
export function ownSources(sources: readonly MessageSource[]): MessageSource[] {
  return sources.filter((source) => source !== DOMAIN_MESSAGES);
}

/**
 * The table of one source to read in a locale: its own, or zh-CN where the locale's could not be fetched (offline) or
 * is not a locale of the contract; undefined while neither is at hand.
 */
export function tableOf(source: MessageSource, locale: Locale): Record<string, string> | undefined {
  return source.loaded[locale] ?? source.loaded['zh-CN'];
}

/** Fetches one source's table in a locale, once; later calls share the first. */
function loadSource(source: MessageSource, locale: Locale): Promise<void> {
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

// Done waiting: its table is at hand, or neither it nor the zh-CN fallback can be fetched now.
const settled = (source: MessageSource, locale: Locale) =>
  source.loaded[locale] !== undefined ||
  (source.failed[locale] === true &&
    (source.loaded['zh-CN'] !== undefined || source.failed['zh-CN'] === true));

// One promise per areas and locale, so that a widget that suspends on it is handed the same promise on every try.
const waits = new WeakMap<readonly MessageSource[], Partial<Record<Locale, Promise<void>>>>();

/**
 * For rendering: resolves (never rejects) once every source of the areas has its table in `locale`, or has failed to
 * fetch it and has zh-CN instead (or cannot have either: `unavailable` then says so); undefined when there is nothing
 * to wait for, so that a render goes on synchronously.
 */
export function whenLoaded(sources: readonly MessageSource[], locale: Locale): Promise<void> | undefined {
  if (sources.every((source) => settled(source, locale))) {
    return undefined;
  }
  const byLocale = waits.get(sources) ?? {};
  waits.set(sources, byLocale);
  byLocale[locale] ??= Promise.allSettled(
    sources
      .filter((source) => !settled(source, locale))
      .map((source) =>
        // The zh-CN fallback is fetched only once the locale's own table has failed.
        loadSource(source, locale).catch(() =>
          locale === 'zh-CN' ? undefined : loadSource(source, 'zh-CN'),
        ),
      ),
  ).then(() => {
    delete byLocale[locale];
  });
  return byLocale[locale];
}

/** Whether some source has no table to read in `locale`, not even zh-CN: its chunks could not be fetched (offline). */
export function unavailable(sources: readonly MessageSource[], locale: Locale): boolean {
  return sources.some((source) => tableOf(source, locale) === undefined);
}

/** Fetches the sources' tables in a locale, again for those that failed before; rejects if one cannot be fetched. */
export async function fetchTables(sources: readonly MessageSource[], locale: Locale): Promise<void> {
  await Promise.all(
    sources.map((source) => {
      delete source.failed[locale];
      return source.loaded[locale] ? undefined : loadSource(source, locale);
    }),
  );
}

/**
 * Fetches the widgets' strings in a locale before rendering, so that the first render already shows them: on the
 * server before `renderToString` (required there, zh-CN included: a server render does not wait), or in the browser
 * before `createRoot(…).render(…)`. It fetches the areas of every widget the page has imported so far. Without it, a
 * widget renders nothing until its strings arrive (never another language first; only if they cannot be fetched,
 * offline, does it fall back to zh-CN, and failing that it offers to try again). Rejects when a chunk cannot be fetched.
 * @param locale - zh-CN, zh-TW or en
 * @example await preloadLocale('en'); root.render(<AllianceProvider client={client} locale="en"><ExpertCalendar /></AllianceProvider>);
 */
export function preloadLocale(locale: Locale): Promise<void> {
  return fetchTables(registered, locale);
}
