import type { Locale } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';

/**
 * A server-provided name in the page's locale: traditional characters for zh-TW where the server has them (#14),
 * English where given, the simplified name otherwise.
 * @param name - a contract `LocalizedName`
 * @param locale - the page's locale
 * @example localizedName({ zh: '糖化血红蛋白', zhHant: '糖化血紅蛋白' }, 'zh-TW') // '糖化血紅蛋白'
 */
export function localizedName(
  name: Schemas['LocalizedName'] | undefined,
  locale: Locale,
): string | undefined {
  if (!name) {
    return undefined;
  }
  if (locale === 'en') {
    return name.en ?? name.zh;
  }
  if (locale === 'zh-TW') {
    return name.zhHant ?? name.zh;
  }
  return name.zh;
}
