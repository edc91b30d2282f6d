import type { Locale } from '@yilian/domain';
import {
  convertLegacyResidentId,
  formatFieldError,
  label,
  labelValues,
  maskIdNumber,
  shanghaiDate,
  toShanghaiIso,
  validateResidentId,
} from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ComponentPropsWithoutRef, FormEvent, ReactNode } from 'react';
import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import type { Translate } from '../i18n/messages.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type {
  ReferralFieldError,
  ReferralFormAttachment,
  ReferralFormField,
  UseReferralFormOptions,
} from './useReferralForm.js';
import {
  REFERRAL_FORM_FIELD_ORDER,
  REFERRAL_FORM_LIMITS,
  isMinor,
  useReferralForm,
} from './useReferralForm.js';
import { REFERRAL_MESSAGES } from '../i18n/referral.js';

type Referral = Schemas['Referral'];

/** Props of `ReferralForm`: the form's options plus any attribute of its root `<div>`. */
export interface ReferralFormProps
  extends
    UseReferralFormOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onError' | 'onSubmit'> {}

const FIELD_LABELS: Record<ReferralFormField, Parameters<Translate>[0]> = {
  direction: 'referral.field.direction',
  parentReferralId: 'referral.field.parentReferralId',
  receivingInstitutionId: 'referral.field.receivingInstitution',
  receivingDepartmentId: 'referral.field.receivingDepartment',
  urgency: 'referral.field.urgency',
  greenChannelCategory: 'referral.field.greenChannelCategory',
  diagnosisCode: 'referral.field.diagnosisCode',
  diagnosisText: 'referral.field.diagnosisText',
  reason: 'referral.field.reason',
  clinicalSummary: 'referral.field.clinicalSummary',
  patientName: 'referral.field.patientName',
  patientSex: 'referral.field.patientSex',
  patientBirthDate: 'referral.field.patientBirthDate',
  patientIdType: 'referral.field.patientIdType',
  patientIdNumber: 'referral.field.patientIdNumber',
  patientPhone: 'referral.field.patientPhone',
  guardianName: 'referral.field.guardianName',
  consent: 'referral.form.consent',
  attachments: 'referral.field.attachments',
};

function fieldMessage(
  field: ReferralFormField | undefined,
  error: ReferralFieldError,
  locale: Locale,
): string {
  const limit = field === undefined ? undefined : REFERRAL_FORM_LIMITS[field];
  return formatFieldError(
    error.code,
    locale,
    error.params ?? (limit === undefined ? undefined : { max: limit, min: 1 }),
  );
}

function institutionName(name: Schemas['LocalizedName'], locale: Locale): string {
  return locale === 'en' ? (name.en ?? name.zh) : name.zh;
}

/**
 * The 转诊单: direction, receiving institution and department from the alliance directory, urgency with the green
 * channel, patient identity (身份证号 checked as typed, then masked), diagnosis, reason, summary, results to attach
 * and the patient's separate consent; submits once per attempt and shows the created referral's number and status.
 * @example <ReferralForm onCreated={(referral) => navigate(`/referrals/${referral.id}`)} />
 */
export const ReferralForm = forwardRef<HTMLDivElement, ReferralFormProps>(function ReferralForm(props, ref) {
  const {
    values: valuesProp,
    defaultValues,
    onValuesChange,
    onCreated,
    onError,
    submit,
    className,
    ...rest
  } = props;
  const { locale, now } = useAlliance();
  const t = useMessages(REFERRAL_MESSAGES);
  const form = useReferralForm({
    values: valuesProp,
    defaultValues,
    onValuesChange,
    onCreated,
    onError,
    submit,
  });
  const { values, setValues, errors, directory, departments, status, created, problem } = form;
  const id = useId();
  const fieldId = (field: ReferralFormField) => `${id}-${field}`;
  const rootRef = useRef<HTMLDivElement | null>(null);
  const [idTouched, setIdTouched] = useState(false);
  const [idMasked, setIdMasked] = useState(false);

  const setRefs = (node: HTMLDivElement | null) => {
    rootRef.current = node;
    if (typeof ref === 'function') {
      ref(node);
    } else if (ref) {
      ref.current = node;
    }
  };

  // note: focus moves only after the messages are rendered, so the screen reader reads the field with its message
  useEffect(() => {
    if (form.errorGeneration === 0) {
      return;
    }
    const first = REFERRAL_FORM_FIELD_ORDER.find((field) => errors[field] !== undefined);
    if (first === 'patientIdNumber') {
      setIdMasked(false);
    }
    const target =
      first === undefined
        ? rootRef.current?.querySelector<HTMLElement>('.yl-referral-form__summary')
        : findControl(first);
    target?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new round of messages moves the focus
  }, [form.errorGeneration]);

  function findControl(field: ReferralFormField): HTMLElement | null {
    const root = rootRef.current;
    if (!root) {
      return null;
    }
    return (
      root.querySelector<HTMLElement>(`[id="${fieldId(field)}"]`) ??
      root.querySelector<HTMLElement>(`[data-field="${field}"] input`)
    );
  }

  if (directory.status === 'loading' && !directory.data) {
    return (
      <div {...rest} ref={setRefs} className={cx('yl-widget yl-referral-form', className)} aria-busy="true">
        <p role="status">{t('common.loading')}</p>
      </div>
    );
  }
  if (!directory.data) {
    return (
      <div {...rest} ref={setRefs} className={cx('yl-widget yl-referral-form', className)}>
        <ProblemNotice error={directory.error} onRetry={directory.reload} />
      </div>
    );
  }
  const { me, partners } = directory.data;
  if (me.role !== 'referrer' && me.role !== 'coordinator') {
    return (
      <div {...rest} ref={setRefs} className={cx('yl-widget yl-referral-form', className)}>
        <div className="yl-notice yl-notice--forbidden" role="alert">
          <p className="yl-notice__message">{t('common.permissionDenied')}</p>
        </div>
      </div>
    );
  }

  if (status === 'created' && created) {
    return (
      <div {...rest} ref={setRefs} className={cx('yl-widget yl-referral-form', className)}>
        <Created referral={created} locale={locale} t={t} onAnother={form.reset} />
      </div>
    );
  }

  const at = now();
  const isResidentId = values.patientIdType === 'resident_id_card';
  const idValue = values.patientIdNumber.trim();
  const idCheck = isResidentId && idValue !== '' ? validateResidentId(idValue, { at }) : undefined;
  const idLive = idCheck && !idCheck.ok && (idTouched || idValue.length >= 15) ? idCheck : undefined;
  const idValid = isResidentId ? idCheck?.ok === true : idValue !== '' && idTouched;
  const masked = idMasked && idValid;
  const converted = idLive?.code === 'resident_id_legacy_15' ? convertLegacyResidentId(idValue) : undefined;
  const minor = isMinor(values.patientBirthDate, at);
  const errorOf = (field: ReferralFormField): ReferralFieldError | undefined =>
    errors[field] ??
    (field === 'patientIdNumber' && idLive && !idLive.ok ? { code: idLive.code } : undefined);
  const summary = REFERRAL_FORM_FIELD_ORDER.filter((field) => errors[field] !== undefined);
  const formLevel = errors.form ?? [];
  const submitting = status === 'submitting';

  const control = (field: ReferralFormField, hint?: boolean) => {
    const error = errorOf(field);
    const describedBy = [error ? `${fieldId(field)}-error` : '', hint ? `${fieldId(field)}-hint` : '']
      .filter(Boolean)
      .join(' ');
    return {
      id: fieldId(field),
      name: field,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy === '' ? undefined : describedBy,
    } as const;
  };
  const message = (field: ReferralFormField): ReactNode => {
    const error = errorOf(field);
    return error ? (
      <p className="yl-referral-form__error" id={`${fieldId(field)}-error`}>
        {fieldMessage(field, error, locale)}
      </p>
    ) : null;
  };
  const fieldLabel = (field: ReferralFormField, required: boolean) => (
    <label className="yl-referral-form__label" htmlFor={fieldId(field)}>
      {t(FIELD_LABELS[field])}
      {required ? (
        <span aria-hidden="true"> *</span>
      ) : (
        <span className="yl-referral-form__optional"> ({t('common.optional')})</span>
      )}
    </label>
  );
  const textField = (
    field:
      | 'diagnosisCode'
      | 'diagnosisText'
      | 'patientName'
      | 'patientPhone'
      | 'guardianName'
      | 'parentReferralId',
    required: boolean,
    extra: ComponentPropsWithoutRef<'input'> = {},
  ) => (
    <div className="yl-referral-form__field" data-field={field}>
      {fieldLabel(field, required)}
      <input
        {...control(field)}
        {...extra}
        className="yl-referral-form__input"
        aria-required={required || undefined}
        maxLength={REFERRAL_FORM_LIMITS[field]}
        value={values[field]}
        onChange={(event) => setValues({ [field]: event.target.value })}
      />
      {message(field)}
    </div>
  );
  const textArea = (field: 'reason' | 'clinicalSummary', required: boolean) => (
    <div className="yl-referral-form__field yl-referral-form__field--wide" data-field={field}>
      {fieldLabel(field, required)}
      <textarea
        {...control(field)}
        className="yl-referral-form__input"
        rows={3}
        aria-required={required || undefined}
        maxLength={REFERRAL_FORM_LIMITS[field]}
        value={values[field]}
        onChange={(event) => setValues({ [field]: event.target.value })}
      />
      {message(field)}
    </div>
  );
  const radios = <TValue extends string>(
    field: 'direction' | 'urgency',
    options: readonly TValue[],
    text: (value: TValue) => string,
  ) => (
    <fieldset
      className="yl-referral-form__field yl-referral-form__choices"
      data-field={field}
      aria-describedby={errorOf(field) ? `${fieldId(field)}-error` : undefined}
    >
      <legend className="yl-referral-form__label">{t(FIELD_LABELS[field])}</legend>
      {options.map((option, index) => (
        <label
          key={option}
          className={cx(
            'yl-referral-form__choice',
            option === 'green_channel' && 'yl-referral-form__choice--green',
          )}
        >
          <input
            type="radio"
            name={`${id}-${field}`}
            id={index === 0 ? fieldId(field) : undefined}
            value={option}
            checked={values[field] === option}
            onChange={() =>
              setValues(
                field === 'urgency' && option !== 'green_channel'
                  ? { urgency: option as ReferralFormValuesUrgency, greenChannelCategory: '' }
                  : { [field]: option },
              )
            }
          />
          {text(option)}
        </label>
      ))}
      {message(field)}
    </fieldset>
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit();
  };

  const onIdChange = (raw: string) => {
    const patch: Partial<typeof values> = { patientIdNumber: raw };
    const check = isResidentId ? validateResidentId(raw, { at }) : undefined;
    if (check?.ok && values.patientBirthDate === '') {
      // The number carries the birth date and sex; fill them so they cannot disagree.
      patch.patientBirthDate = check.birthDate;
      if (values.patientSex === '') {
        patch.patientSex = check.sex;
      }
    }
    setValues(patch);
  };

  return (
    <div {...rest} ref={setRefs} className={cx('yl-widget yl-referral-form', className)}>
      <form
        className="yl-referral-form__form"
        noValidate
        onSubmit={onSubmit}
        aria-label={t('referral.form.title')}
      >
        {(summary.length > 0 || formLevel.length > 0) && (
          <div className="yl-referral-form__summary" role="alert" tabIndex={-1}>
            <p className="yl-referral-form__summary-title">
              {t('referral.errors.summary', { count: summary.length + formLevel.length })}
            </p>
            <ul>
              {summary.map((field) => {
                const error = errors[field];
                return error ? (
                  <li key={field}>
                    <a
                      href={`#${fieldId(field)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        if (field === 'patientIdNumber') {
                          setIdMasked(false);
                        }
                        findControl(field)?.focus();
                      }}
                    >
                      {t(FIELD_LABELS[field])}
                    </a>
                    {`：${fieldMessage(field, error, locale)}`}
                  </li>
                ) : null;
              })}
              {formLevel.map((error, index) => (
                <li key={`${error.code}-${index}`}>{fieldMessage(undefined, error, locale)}</li>
              ))}
            </ul>
          </div>
        )}

        <fieldset className="yl-referral-form__section">
          <legend className="yl-referral-form__legend">{t('referral.form.routing')}</legend>
          {radios('direction', labelValues('referralDirection'), (value) =>
            label('referralDirection', value, locale),
          )}
          <div className="yl-referral-form__field" data-field="receivingInstitutionId">
            {fieldLabel('receivingInstitutionId', true)}
            <select
              {...control('receivingInstitutionId')}
              className="yl-referral-form__input"
              aria-required
              value={values.receivingInstitutionId}
              onChange={(event) =>
                setValues({ receivingInstitutionId: event.target.value, receivingDepartmentId: '' })
              }
            >
              <option value="">{t('referral.choose')}</option>
              {partners.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {institutionName(partner.name, locale)}
                </option>
              ))}
            </select>
            {message('receivingInstitutionId')}
          </div>
          <div className="yl-referral-form__field" data-field="receivingDepartmentId">
            {fieldLabel('receivingDepartmentId', false)}
            <select
              {...control('receivingDepartmentId')}
              className="yl-referral-form__input"
              value={values.receivingDepartmentId}
              disabled={values.receivingInstitutionId === ''}
              aria-busy={departments.status === 'loading' || undefined}
              onChange={(event) => setValues({ receivingDepartmentId: event.target.value })}
            >
              <option value="">{t('referral.choose')}</option>
              {(departments.data ?? []).map((department) => (
                <option key={department.id} value={department.id}>
                  {institutionName(department.name, locale)}
                </option>
              ))}
            </select>
            {message('receivingDepartmentId')}
            {departments.status === 'error' && (
              <ProblemNotice error={departments.error} onRetry={departments.reload} />
            )}
          </div>
          {values.direction === 'down' && textField('parentReferralId', true)}
          {radios('urgency', labelValues('referralUrgency'), (value) =>
            label('referralUrgency', value, locale),
          )}
          {values.urgency === 'green_channel' && (
            <div className="yl-referral-form__field" data-field="greenChannelCategory">
              {fieldLabel('greenChannelCategory', true)}
              <select
                {...control('greenChannelCategory')}
                className="yl-referral-form__input"
                aria-required
                value={values.greenChannelCategory}
                onChange={(event) =>
                  setValues({
                    greenChannelCategory: event.target.value as typeof values.greenChannelCategory,
                  })
                }
              >
                <option value="">{t('referral.choose')}</option>
                {labelValues('greenChannelCategory').map((category) => (
                  <option key={category} value={category}>
                    {label('greenChannelCategory', category, locale)}
                  </option>
                ))}
              </select>
              {message('greenChannelCategory')}
            </div>
          )}
        </fieldset>

        <fieldset className="yl-referral-form__section">
          <legend className="yl-referral-form__legend">{t('referral.form.patient')}</legend>
          {textField('patientName', true, { autoComplete: 'off' })}
          <div className="yl-referral-form__field" data-field="patientSex">
            {fieldLabel('patientSex', true)}
            <select
              {...control('patientSex')}
              className="yl-referral-form__input"
              aria-required
              value={values.patientSex}
              onChange={(event) => setValues({ patientSex: event.target.value as typeof values.patientSex })}
            >
              <option value="">{t('referral.choose')}</option>
              {labelValues('sex').map((sex) => (
                <option key={sex} value={sex}>
                  {label('sex', sex, locale)}
                </option>
              ))}
            </select>
            {message('patientSex')}
          </div>
          <div className="yl-referral-form__field" data-field="patientBirthDate">
            {fieldLabel('patientBirthDate', true)}
            <input
              {...control('patientBirthDate')}
              type="date"
              className="yl-referral-form__input"
              aria-required
              max={shanghaiDate(at)}
              value={values.patientBirthDate}
              onChange={(event) => setValues({ patientBirthDate: event.target.value })}
            />
            {message('patientBirthDate')}
          </div>
          <div className="yl-referral-form__field" data-field="patientIdType">
            {fieldLabel('patientIdType', true)}
            <select
              {...control('patientIdType')}
              className="yl-referral-form__input"
              aria-required
              value={values.patientIdType}
              onChange={(event) => {
                setIdMasked(false);
                setValues({ patientIdType: event.target.value as typeof values.patientIdType });
              }}
            >
              {labelValues('idType').map((idType) => (
                <option key={idType} value={idType}>
                  {label('idType', idType, locale)}
                </option>
              ))}
            </select>
            {message('patientIdType')}
          </div>
          <div className="yl-referral-form__field" data-field="patientIdNumber">
            {fieldLabel('patientIdNumber', true)}
            <div className="yl-referral-form__id">
              <input
                {...control('patientIdNumber')}
                className="yl-referral-form__input"
                aria-required
                autoComplete="off"
                spellCheck={false}
                readOnly={masked}
                maxLength={REFERRAL_FORM_LIMITS.patientIdNumber}
                value={masked ? maskIdNumber(idValue) : values.patientIdNumber}
                onChange={(event) => onIdChange(event.target.value)}
                onBlur={() => {
                  setIdTouched(true);
                  if (isResidentId && validateResidentId(idValue, { at }).ok) {
                    setIdMasked(true);
                  }
                }}
              />
              {masked && (
                <button
                  type="button"
                  className="yl-button"
                  onClick={() => {
                    setIdMasked(false);
                    findControl('patientIdNumber')?.focus();
                  }}
                >
                  {t('referral.idNumber.edit')}
                </button>
              )}
            </div>
            {message('patientIdNumber')}
            {converted && (
              <button
                type="button"
                className="yl-button yl-referral-form__suggestion"
                onClick={() => {
                  onIdChange(converted);
                  // The suggestion disappears once taken; the field it filled keeps the focus.
                  findControl('patientIdNumber')?.focus();
                }}
              >
                {t('referral.idNumber.useConverted', { value: converted })}
              </button>
            )}
          </div>
          {textField('patientPhone', false, { type: 'tel', autoComplete: 'off', inputMode: 'tel' })}
          {minor && textField('guardianName', true, { autoComplete: 'off' })}
        </fieldset>

        <fieldset className="yl-referral-form__section">
          <legend className="yl-referral-form__legend">{t('referral.form.clinical')}</legend>
          {textField('diagnosisCode', false, {
            autoComplete: 'off',
            spellCheck: false,
            placeholder: 'I63.900',
          })}
          {textField('diagnosisText', true)}
          {textArea('reason', true)}
          {textArea('clinicalSummary', false)}
        </fieldset>

        <fieldset className="yl-referral-form__section" data-field="attachments">
          <legend className="yl-referral-form__legend">{t('referral.form.results')}</legend>
          {idValid ? (
            <ResultPicker
              idType={values.patientIdType}
              idNumber={idValue}
              requestingInstitutionId={
                values.receivingInstitutionId === '' ? me.institutionId : values.receivingInstitutionId
              }
              selected={values.attachments}
              onChange={(attachments) => setValues({ attachments })}
            />
          ) : (
            <p className="yl-referral-form__hint">{t('referral.results.hint')}</p>
          )}
          {message('attachments')}
        </fieldset>

        <fieldset className="yl-referral-form__section" data-field="consent">
          <legend className="yl-referral-form__legend">{t('referral.form.consent')}</legend>
          <p className="yl-referral-form__hint" id={`${fieldId('consent')}-hint`}>
            {t('referral.consent.hint')}
          </p>
          <label className="yl-referral-form__choice">
            <input
              {...control('consent', true)}
              type="checkbox"
              aria-required
              checked={values.consent}
              onChange={(event) => setValues({ consent: event.target.checked })}
            />
            {t(minor ? 'referral.field.consentGuardian' : 'referral.field.consent')}
          </label>
          {message('consent')}
        </fieldset>

        {problem !== undefined && <ProblemNotice error={problem} onRetry={() => void form.submit()} />}

        <div className="yl-referral-form__actions">
          <SubmitButton pending={submitting} pendingLabel={t('referral.submitting')}>
            {t('referral.submit')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
});

type ReferralFormValuesUrgency = Schemas['ReferralUrgency'];

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

function Created({
  referral,
  locale,
  t,
  onAnother,
}: {
  referral: Referral;
  locale: Locale;
  t: Translate;
  onAnother: () => void;
}) {
  return (
    <div className="yl-referral-form__created" role="status">
      <p className="yl-referral-form__created-title">{t('referral.created.title')}</p>
      <p className="yl-referral-form__number">{t('referral.created.number', { number: referral.number })}</p>
      <p>{t('referral.created.status', { status: label('referralStatus', referral.status, locale) })}</p>
      <button type="button" className="yl-button" onClick={onAnother}>
        {t('referral.created.another')}
      </button>
    </div>
  );
}

interface ResultPickerProps {
  idType: Schemas['IdType'];
  idNumber: string;
  requestingInstitutionId: string;
  selected: ReferralFormAttachment[];
  onChange: (attachments: ReferralFormAttachment[]) => void;
}

// The patient's identity travels in the request body (results.list posts a search), never in a URL.
function ResultPicker({ idType, idNumber, requestingInstitutionId, selected, onChange }: ResultPickerProps) {
  const { client, locale } = useAlliance();
  const t = useMessages(REFERRAL_MESSAGES);
  const results = useAsync(
    (signal) => client.results.list({ idType, idNumber }, { signal }).toArray(20),
    [client, idType, idNumber],
  );
  if (results.status === 'loading') {
    return <p role="status">{t('referral.results.searching')}</p>;
  }
  if (results.status === 'error') {
    return <ProblemNotice error={results.error} onRetry={results.reload} />;
  }
  if (results.data.length === 0) {
    return <p className="yl-referral-form__hint">{t('referral.results.empty')}</p>;
  }
  return (
    <ul className="yl-referral-form__results">
      {results.data.map((result) => {
        const title = `${result.itemCode} ${shanghaiDate(result.performedAt)}`;
        const checked = selected.some((attachment) => attachment.resultId === result.id);
        return (
          <li key={result.id}>
            <label className="yl-referral-form__choice">
              <input
                type="checkbox"
                checked={checked}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...selected, { resultId: result.id, title }]
                      : selected.filter((attachment) => attachment.resultId !== result.id),
                  )
                }
              />
              <span>
                {label('resultKind', result.kind, locale)} · {title}
                {result.value === undefined ? '' : ` · ${result.value}${result.unit ?? ''}`}
              </span>
            </label>
            <RecognitionText resultId={result.id} requestingInstitutionId={requestingInstitutionId} />
          </li>
        );
      })}
    </ul>
  );
}

function RecognitionText({
  resultId,
  requestingInstitutionId,
}: {
  resultId: string;
  requestingInstitutionId: string;
}) {
  const { client, locale, now } = useAlliance();
  const t = useMessages(REFERRAL_MESSAGES);
  const outcome = useAsync(
    (signal) =>
      client.recognition.check({ resultId, requestingInstitutionId, at: toShanghaiIso(now()) }, { signal }),
    [client, resultId, requestingInstitutionId],
  );
  if (outcome.status !== 'success') {
    return (
      <span className="yl-referral-form__badge">
        {outcome.status === 'loading' ? t('referral.results.checking') : t('common.error')}
      </span>
    );
  }
  return (
    <span className={`yl-referral-form__badge yl-referral-form__badge--${outcome.data.decision}`}>
      {label('recognitionDecision', outcome.data.decision, locale)}
      {outcome.data.hrMark ? ` · ${outcome.data.hrMark}` : ''}
    </span>
  );
}
