/**
 * Declares one area's strings in the three locales; zh-TW and en must have exactly the keys of zh-CN.
 * @example defineMessages({ 'zh-CN': { 'x.title': '转诊' }, 'zh-TW': { 'x.title': '轉診' }, en: { 'x.title': 'Referral' } })
 */
export function defineMessages<const TKeys extends string>(catalogue: {
  'zh-CN': Record<TKeys, string>;
  'zh-TW': NoInfer<Record<TKeys, string>>;
  en: NoInfer<Record<TKeys, string>>;
}) {
  return catalogue;
}
