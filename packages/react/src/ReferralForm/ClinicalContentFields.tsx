import type { Schemas } from '@yilian/sdk';
import type { FieldIssue } from '@yilian/domain';
import {
  ESCORT_ROLES,
  ESCORT_TRANSPORTS,
  validateReferralContent,
  validateReferralContentShape,
} from '@yilian/domain';
import type { ComponentPropsWithoutRef } from 'react';
import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { REFERRAL_CONTENT_MESSAGES } from '../i18n/referral-content.js';
import { DateField } from '../internal/DateField.js';
import { Field, FieldError, fieldControlProps } from '../internal/Field.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type { ClinicalContentField, ClinicalContentValue } from './clinical-content.js';
import { CLINICAL_CONTENT_LIMITS, contentFieldOf, issueOf } from './clinical-content.js';
import { formatFieldError, label } from '../i18n/domain.js';

// The referral form's class block: plugged into the form, these fields look like its own.
const BLOCK = 'yl-referral-form';

export interface ClinicalContentFieldsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onChange' | 'id'> {
  /** The base of the controls' ids (`${id}-${field}`); one is made when not given. */
  id?: string | undefined;
  /** A down-referral shows the 回转单 (main results, rehab plan, medications, follow-up dates), all required. */
  direction: Schemas['ReferralDirection'];
  /** A green-channel referral shows the escort, with who escorts and the transport required. */
  urgency: Schemas['ReferralUrgency'];
  value: ClinicalContentValue;
  /** The whole value after a change, and the field that changed. */
  onChange: (value: ClinicalContentValue, field: ClinicalContentField) => void;
  /**
   * Field issues by the contract's JSON Pointers: from `validateReferralContent` / `validateReferralContentShape`
   * before sending, or a `validation_failed` problem's `errors` after. Shown in the provider's locale.
   */
  issues?: readonly FieldIssue[] | undefined;
}

function ClinicalContentFieldsContent({
  id,
  direction,
  urgency,
  value,
  onChange,
  issues = [],
  className,
  ...rest
}: ClinicalContentFieldsProps) {
  const generated = useId();
  const base = id ?? generated;
  const { locale } = useAlliance();
  const t = useMessages(REFERRAL_CONTENT_MESSAGES);
  const dateInputs = useRef<(HTMLInputElement | null)[]>([]);
  // After “add”, the new date's input takes the focus; after “remove”, the add button keeps it.
  const [focusDate, setFocusDate] = useState<number | undefined>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusDate !== undefined) {
      (focusDate >= 0 ? dateInputs.current[focusDate] : addButton.current)?.focus();
      setFocusDate(undefined);
    }
  }, [focusDate]);

  const controlId = (field: ClinicalContentField, index?: number) =>
    index === undefined ? `${base}-${field}` : `${base}-${field}-${index}`;
  const errorOf = (field: ClinicalContentField, index?: number) => {
    const issue = issueOf(issues, field, index);
    return issue ? formatFieldError(issue.code, locale, issue.params) : undefined;
  };
  const set = <TField extends ClinicalContentField>(field: TField, next: ClinicalContentValue[TField]) =>
    onChange({ ...value, [field]: next }, field);

  const text = (
    field: Exclude<ClinicalContentField, 'followUpDates' | 'escortRole' | 'transport'>,
    options: { required?: boolean; multiline?: boolean; wide?: boolean; hint?: string } = {},
  ) => {
    const inputId = controlId(field);
    const error = errorOf(field);
    const props = {
      ...fieldControlProps(inputId, { error, hint: options.hint }),
      className: `${BLOCK}__input`,
      value: value[field],
      maxLength: CLINICAL_CONTENT_LIMITS[field],
      'aria-required': options.required || undefined,
      onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    };
    return (
      <Field
        key={field}
        id={inputId}
        block={BLOCK}
        label={t(`referralContent.${field}`)}
        marker={options.required ? 'required' : 'optional'}
        hint={options.hint}
        error={error}
        className={options.wide || options.multiline ? `${BLOCK}__field--wide` : undefined}
      >
        {options.multiline ? <textarea {...props} rows={3} /> : <input {...props} type="text" />}
      </Field>
    );
  };

  const select = <TField extends 'escortRole' | 'transport'>(
    field: TField,
    values: readonly Exclude<ClinicalContentValue[TField], ''>[],
    kind: 'escortRole' | 'escortTransport',
    required: boolean,
  ) => {
    const inputId = controlId(field);
    const error = errorOf(field);
    return (
      <Field
        id={inputId}
        block={BLOCK}
        label={t(`referralContent.${field}`)}
        marker={required ? 'required' : 'optional'}
        error={error}
      >
        <select
          {...fieldControlProps(inputId, { error })}
          className={`${BLOCK}__input`}
          value={value[field]}
          aria-required={required || undefined}
          onChange={(event) => set(field, event.target.value as ClinicalContentValue[TField])}
        >
          <option value="">{t('referralContent.choose')}</option>
          {values.map((option) => (
            <option key={option} value={option}>
              {label(kind, option as never, locale)}
            </option>
          ))}
        </select>
      </Field>
    );
  };

  const tcmStarted = [
    value.tcmDiseaseName,
    value.tcmDiseaseCode,
    value.tcmSyndromeName,
    value.tcmSyndromeCode,
  ].some((part) => part.trim() !== '');
  // Which fields are required is the domain's rule, as the form's: what it asks of this content with nothing typed
  // (an escort begun, and, once any part of it is typed, a TCM diagnosis begun).
  const required = new Set(
    [
      ...validateReferralContent({ direction, urgency, escort: {} }),
      ...(tcmStarted
        ? validateReferralContentShape({ tcmDiagnosis: { diseaseName: '', syndromeName: '' } })
        : []),
    ].flatMap((issue) => contentFieldOf(issue.pointer) ?? []),
  );
  const datesError = errorOf('followUpDates');
  const datesId = controlId('followUpDates');

  return (
    <div {...rest} className={['yl-widget yl-clinical-content', className].filter(Boolean).join(' ')}>
      <fieldset className={`${BLOCK}__section`}>
        <legend className={`${BLOCK}__legend`}>{t('referralContent.records')}</legend>
        {text('outpatientNo')}
        {text('inpatientNo')}
        {text('insuranceCardNumber', { wide: true })}
      </fieldset>

      <fieldset className={`${BLOCK}__section`}>
        <legend className={`${BLOCK}__legend`}>{t('referralContent.tcm')}</legend>
        <p className={`${BLOCK}__hint`}>{t('referralContent.tcm.hint')}</p>
        {text('tcmDiseaseName', { required: required.has('tcmDiseaseName') })}
        {text('tcmDiseaseCode')}
        {text('tcmSyndromeName', { required: required.has('tcmSyndromeName') })}
        {text('tcmSyndromeCode')}
      </fieldset>

      {urgency === 'green_channel' && (
        <fieldset className={`${BLOCK}__section`}>
          <legend className={`${BLOCK}__legend`}>{t('referralContent.escort')}</legend>
          <p className={`${BLOCK}__hint`}>{t('referralContent.escort.hint')}</p>
          {text('escortedBy', { required: required.has('escortedBy') })}
          {select('escortRole', ESCORT_ROLES, 'escortRole', required.has('escortRole'))}
          {select('transport', ESCORT_TRANSPORTS, 'escortTransport', required.has('transport'))}
          {text('handoverItems', { multiline: true })}
        </fieldset>
      )}

      {direction === 'down' && (
        <fieldset className={`${BLOCK}__section`}>
          <legend className={`${BLOCK}__legend`}>{t('referralContent.return')}</legend>
          {text('mainResults', { required: required.has('mainResults'), multiline: true })}
          {text('rehabPlan', { required: required.has('rehabPlan'), multiline: true })}
          {text('medications', { required: required.has('medications'), multiline: true })}
          <fieldset
            className={`${BLOCK}__field ${BLOCK}__field--wide yl-clinical-content__dates`}
            aria-describedby={datesError ? `${datesId}-error` : undefined}
          >
            <legend className={`${BLOCK}__label`}>
              {t('referralContent.followUpDates')}
              {required.has('followUpDates') && <span aria-hidden="true"> *</span>}
            </legend>
            {value.followUpDates.map((date, index) => {
              const dateId = controlId('followUpDates', index);
              const error = errorOf('followUpDates', index);
              const n = index + 1;
              return (
                <div key={index} className="yl-clinical-content__date">
                  <label className="yl-visually-hidden" htmlFor={dateId}>
                    {t('referralContent.followUpDate', { n })}
                  </label>
                  <DateField
                    {...fieldControlProps(dateId, { error })}
                    ref={(element) => {
                      dateInputs.current[index] = element;
                    }}
                    block={BLOCK}
                    className={`${BLOCK}__input`}
                    value={date}
                    aria-required={(index === 0 && required.has('followUpDates')) || undefined}
                    onChange={(next) =>
                      set(
                        'followUpDates',
                        value.followUpDates.map((d, i) => (i === index ? next : d)),
                      )
                    }
                  />
                  <button
                    type="button"
                    className="yl-button"
                    aria-label={t('referralContent.removeFollowUp', { n })}
                    onClick={() => {
                      set(
                        'followUpDates',
                        value.followUpDates.filter((_, i) => i !== index),
                      );
                      setFocusDate(-1);
                    }}
                  >
                    ×
                  </button>
                  <FieldError id={dateId} block={BLOCK}>
                    {error}
                  </FieldError>
                </div>
              );
            })}
            <button
              ref={addButton}
              type="button"
              className="yl-button yl-clinical-content__add"
              disabled={value.followUpDates.length >= 20}
              onClick={() => {
                set('followUpDates', [...value.followUpDates, '']);
                setFocusDate(value.followUpDates.length);
              }}
            >
              {t('referralContent.addFollowUp')}
            </button>
            <FieldError id={datesId} block={BLOCK}>
              {datesError}
            </FieldError>
          </fieldset>
        </fieldset>
      )}
    </div>
  );
}

/**
 * The referral's clinical content beyond diagnosis and reason (DOMAIN §3 转诊单 fields): the patient's record
 * numbers at the sending side and insurance card number, the TCM diagnosis (病名 + 证型), the escort of a
 * green-channel patient, and a down-referral's 回转单. Controlled: the form's hook holds the value; which fields are
 * required follows the domain's `validateReferralContent`, whose issues (or the server's) it shows under each field.
 * @param props - `direction`, `urgency`, `value`, `onChange`, `issues`, and any `<div>` attribute
 * @example
 * <ClinicalContentFields direction="down" urgency="routine" value={content} issues={validateReferralContent(body)}
 *   onChange={(next) => setContent(next)} />
 */
export function ClinicalContentFields(props: ClinicalContentFieldsProps) {
  // In zh-TW or en, the fields wait for their strings on their own rather than show zh-CN first (#12).
  return (
    <Suspense fallback={null}>
      <ClinicalContentFieldsContent {...props} />
    </Suspense>
  );
}
