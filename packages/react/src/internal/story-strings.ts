// For stories of a widget whose strings cannot be fetched (offline: neither the page's language nor zh-CN).
import type { Locale } from '@yilian/domain';
import { LOCALES } from '@yilian/domain';
import type { AreaMessages, MessageSource } from '../i18n/define.js';
import { ownSources } from '../i18n/define.js';

/**
 * Makes an area's own chunks fail to load for one story, as on a page that lost its network after it loaded: the
 * `loader` (run after the preview's `preloadLocale`) forgets the tables fetched so far and fails every fetch; the
 * `beforeEach` cleanup puts the chunks and tables back before the next story. `online()` lets the next fetch (the
 * widget's Retry) through. Module state, like the page's: each story that uses it gets its own.
 * @example const strings = stringsOffline(CALENDAR_MESSAGES); export const StringsUnavailable = { beforeEach: strings.beforeEach, loaders: [strings.loader] };
 */
export function stringsOffline(area: AreaMessages<string>) {
  const sources = ownSources(area.sources);
  let offline = false;
  let saved: { source: MessageSource; load: MessageSource['load']; loaded: MessageSource['loaded'] }[] = [];
  const reset = (source: MessageSource) => {
    for (const locale of LOCALES) {
      delete source.loaded[locale];
      delete source.pending[locale];
      delete source.failed[locale];
    }
  };
  return {
    beforeEach: () => () => {
      for (const { source, load, loaded } of saved) {
        reset(source);
        Object.assign(source.load, load);
        Object.assign(source.loaded, loaded);
      }
      saved = [];
      offline = false;
    },
    loader: () => {
      offline = true;
      saved = sources.map((source) => ({ source, load: { ...source.load }, loaded: { ...source.loaded } }));
      for (const { source, load } of saved) {
        reset(source);
        for (const locale of LOCALES) {
          (source.load as Record<Locale, MessageSource['load'][Locale]>)[locale] = () =>
            offline
              ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
              : load[locale]();
        }
      }
      return {};
    },
    online: () => {
      offline = false;
    },
  };
}
