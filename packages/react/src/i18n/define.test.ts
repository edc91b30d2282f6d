import * as domain from '@yilian/domain';
import { describe, expect, it } from 'vitest';
import { loadMessages } from './all.js';
import {
  DOMAIN_MESSAGES,
  combineMessages,
  defineMessages,
  fetchTables,
  preloadLocale,
  unavailable,
  whenLoaded,
} from './define.js';
import { formatFieldError, formatProblem, label, labelValues } from './domain.js';
import { createTranslator } from './messages.js';

/** An area whose chunks, one per locale, the test hands over (or refuses) when it decides. */
function controlledArea(name: string) {
  const requests: { locale: string; resolve: () => void; reject: () => void }[] = [];
  const chunk = (locale: 'zh-CN' | 'zh-TW' | 'en', text: string) => () =>
    new Promise<{ messages: { [key: string]: string } }>((resolve, reject) => {
      requests.push({
        locale,
        resolve: () => resolve({ messages: { [`${name}.title`]: text } }),
        reject: () => reject(new Error('chunk not fetched')),
      });
    });
  const area = defineMessages(name, {
    'zh-CN': chunk('zh-CN', '标题'),
    'zh-TW': chunk('zh-TW', '標題'),
    en: chunk('en', 'Title'),
  });
  return { area, requests };
}

/** Lets the queued promise callbacks run (a chunk's table is stored, the next fetch is asked for). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('messages loaded by locale', () => {
  it('given zh-CN not yet fetched, when a widget renders, then it waits for zh-CN alone, the default locale being a chunk like the others', async () => {
    const { area, requests } = controlledArea('a');
    const wait = whenLoaded(area.sources, 'zh-CN');
    expect(wait).toBeInstanceOf(Promise);
    expect(requests.map((request) => request.locale)).toEqual(['zh-CN']);
    requests[0]?.resolve();
    await wait;
    expect(whenLoaded(area.sources, 'zh-CN')).toBeUndefined();
    expect(createTranslator('zh-CN', area)('a.title' as never)).toBe('标题');
  });

  it('given en not yet fetched, when widgets render, then they share one fetch and one promise, read en after it, and never fetch zh-CN', async () => {
    const { area, requests } = controlledArea('b');
    const first = whenLoaded(area.sources, 'en');
    expect(first).toBeInstanceOf(Promise);
    expect(whenLoaded(area.sources, 'en')).toBe(first);
    expect(requests.map((request) => request.locale)).toEqual(['en']);
    requests[0]?.resolve();
    await first;
    expect(whenLoaded(area.sources, 'en')).toBeUndefined();
    expect(createTranslator('en', area)('b.title' as never)).toBe('Title');
    expect(requests).toHaveLength(1);
  });

  it('given a chunk that cannot be fetched, when a widget waits, then it fetches zh-CN instead and reads it; preloadLocale tries again and says it failed', async () => {
    const { area, requests } = controlledArea('c');
    const wait = whenLoaded(area.sources, 'zh-TW');
    requests[0]?.reject();
    await settle();
    expect(requests.map((request) => request.locale)).toEqual(['zh-TW', 'zh-CN']);
    requests[1]?.resolve();
    await expect(wait).resolves.toBeUndefined();
    expect(whenLoaded(area.sources, 'zh-TW')).toBeUndefined();
    expect(unavailable(area.sources, 'zh-TW')).toBe(false);
    expect(createTranslator('zh-TW', area)('c.title' as never)).toBe('标题');
    const preload = preloadLocale('zh-TW');
    expect(requests.filter((request) => request.locale === 'zh-TW')).toHaveLength(2);
    requests.at(-1)?.reject();
    await expect(preload).rejects.toThrow('chunk not fetched');
  });

  it('given neither the locale nor zh-CN can be fetched, when a widget waits, then the wait ends and the area says it is unavailable, until a retry fetches it', async () => {
    const { area, requests } = controlledArea('f');
    const wait = whenLoaded(area.sources, 'en');
    requests[0]?.reject();
    await settle();
    requests[1]?.reject();
    await expect(wait).resolves.toBeUndefined();
    expect(whenLoaded(area.sources, 'en')).toBeUndefined();
    expect(unavailable(area.sources, 'en')).toBe(true);
    const retry = fetchTables(area.sources, 'en');
    requests.at(-1)?.resolve();
    await retry;
    expect(unavailable(area.sources, 'en')).toBe(false);
    expect(createTranslator('en', area)('f.title' as never)).toBe('Title');
  });

  it('given areas joined for one widget, when they wait, then each area is fetched once', () => {
    const { area, requests } = controlledArea('d');
    const joined = combineMessages(area, area);
    // its own strings and the domain's texts, once each
    expect(joined.sources).toEqual(area.sources);
    expect(joined.sources).toHaveLength(2);
    void whenLoaded(joined.sources, 'en');
    expect(requests).toHaveLength(1);
  });

  it('given the real catalogue, when zh-TW and en are loaded, then each has exactly the keys of zh-CN', async () => {
    const zhCN = Object.keys(await loadMessages('zh-CN')).sort();
    expect(Object.keys(await loadMessages('zh-TW')).sort()).toEqual(zhCN);
    expect(Object.keys(await loadMessages('en')).sort()).toEqual(zhCN);
    expect((await loadMessages('en'))['calendar.title']).toBe('Expert schedule');
  });

  it('given a widget area, when it waits for en, then the domain texts it shows arrive in en with it', async () => {
    const { area, requests } = controlledArea('e');
    expect(area.sources).toContain(DOMAIN_MESSAGES);
    const wait = whenLoaded(area.sources, 'en');
    requests[0]?.resolve();
    await wait;
    expect(label('activityKind', 'clinic', 'en')).toBe('Clinic');
    expect(formatProblem('slot_full', 'en')).toBe('This slot is fully booked.');
    expect(formatFieldError('too_long', 'en', { max: 32 })).toBe('At most 32 characters.');
  });

  it('given every locale loaded, then the widgets say what the domain main entry says, in the same order', async () => {
    await fetchTables([DOMAIN_MESSAGES], 'zh-CN');
    await fetchTables([DOMAIN_MESSAGES], 'zh-TW');
    await fetchTables([DOMAIN_MESSAGES], 'en');
    const keys = Object.keys(DOMAIN_MESSAGES.loaded['zh-CN'] ?? {});
    expect(keys.length).toBeGreaterThan(100);
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      for (const key of keys) {
        const [kind, ...rest] = key.split('.');
        const code = rest.join('.');
        if (kind === 'problem') {
          expect(formatProblem(code as never, locale)).toBe(domain.formatProblem(code as never, locale));
        } else if (kind === 'field') {
          const params = { min: 1, max: 2, maxDays: 3 };
          expect(formatFieldError(code as never, locale, params)).toBe(
            domain.formatFieldError(code as never, locale, params),
          );
        } else {
          const [labelKind, ...value] = rest;
          expect(label(labelKind as never, value.join('.') as never, locale)).toBe(
            domain.label(labelKind as never, value.join('.') as never, locale),
          );
        }
      }
    }
    for (const kind of new Set(
      keys.filter((key) => key.startsWith('label.')).map((key) => key.split('.')[1]),
    )) {
      expect(labelValues(kind as never)).toEqual(domain.labelValues(kind as never));
    }
    expect(label('sex', 'nonsense' as never, 'en')).toBe('nonsense');
    expect(formatProblem('slot_full', 'fr' as never)).toBe(domain.formatProblem('slot_full', 'zh-CN'));
  });
});
