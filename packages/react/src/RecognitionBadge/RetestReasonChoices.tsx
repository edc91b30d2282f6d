import type { Locale } from '@yilian/domain';
import { label } from '../i18n/domain.js';
import type { Schemas } from '@yilian/sdk';
import type { Ref } from 'react';
import type { Translate } from '../i18n/messages.js';
import { groupRetestReasons } from './recognition-text.js';

type RetestReason = Schemas['RetestReason'];

export interface RetestReasonChoicesProps {
  /** The radios' shared `name`, and the prefix of the group's ids. */
  name: string;
  /** The reasons the server offers at this institution (national, then the region's extensions). */
  reasons: readonly RetestReason[];
  value: RetestReason | undefined;
  onChange: (reason: RetestReason) => void;
  /** The first radio, to move focus to when the choice is missing. */
  firstRef?: Ref<HTMLInputElement> | undefined;
  /** The message under the group when the choice is missing or refused. */
  error?: string | undefined;
  /** The widget's class block (`${block}__group`, `__choice`, `__error`). */
  block: string;
  locale: Locale;
  t: Translate;
}

/**
 * The re-test reasons as radios: the national list (five named situations and "other"), then, under their own
 * heading, the reasons the institution's region adds (DOMAIN §5). One group, so arrow keys move through all.
 */
export function RetestReasonChoices({
  name,
  reasons,
  value,
  onChange,
  firstRef,
  error,
  block,
  locale,
  t,
}: RetestReasonChoicesProps) {
  const { national, regional } = groupRetestReasons(reasons);
  const radio = (reason: RetestReason, index: number) => (
    <label key={reason} className={`${block}__choice`}>
      <input
        ref={index === 0 ? firstRef : undefined}
        type="radio"
        name={name}
        value={reason}
        checked={value === reason}
        aria-describedby={error ? `${name}-error` : undefined}
        onChange={() => onChange(reason)}
      />
      {label('retestReason', reason, locale)}
    </label>
  );
  return (
    <fieldset
      className={`${block}__group`}
      aria-describedby={error ? `${name}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('recognition.retest.reason')}</legend>
      {regional.length > 0 && <p className={`${block}__subhead`}>{t('recognition.retest.national')}</p>}
      {national.map(radio)}
      {regional.length > 0 && (
        <>
          <p className={`${block}__subhead`}>{t('recognition.retest.regional')}</p>
          {regional.map((reason, index) => radio(reason, national.length + index))}
        </>
      )}
      {error && (
        <p id={`${name}-error`} className={`${block}__error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
