import type { Locale } from '@yilian/domain';
import { formatFieldError, label, labelValues, shanghaiDate, toShanghaiIso } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ComponentPropsWithoutRef, FormEvent, ReactNode } from 'react';
import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import type { Translate } from '../i18n/messages.js';
import { PATIENT_MESSAGES } from '../i18n/patient.js';
import { Field, FieldError, fieldControlProps } from '../internal/Field.js';
import { PatientIdentityFieldset } from '../internal/PatientIdentityFieldset.js';
import { checkIdNumber } from '../internal/patient-identity.js';
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
  REFERRAL_PATIENT_FIELDS,
  isMinor,
  patientOf,
  referralPatchOf,
  useReferralForm,
} from './useReferralForm.js';
import { REFERRAL_MESSAGES } from '../i18n/referral.js';

type Referral = Schemas['Referral'];

/** Props of `ReferralForm`: the form's options plus any attribute of its root `<div>`. */
export interface ReferralFormProps
  extends
    UseReferralFormOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onError' | 'onSubmit'> {}

// The form's own strings and the patient fieldset's, which label the patient's fields in the error summary.
const FORM_MESSAGES = {
  'zh-CN': { ...REFERRAL_MESSAGES['zh-CN'], ...PATIENT_MESSAGES['zh-CN'] },
  'zh-TW': { ...REFERRAL_MESSAGES['zh-TW'], ...PATIENT_MESSAGES['zh-TW'] },
  en: { ...REFERRAL_MESSAGES.en, ...PATIENT_MESSAGES.en },
};

const FIELD_LABELS: Record<ReferralFormField, Parameters<Translate>[0]> = {
  patientName: 'patient.name',
  patientSex: 'patient.sex',
  patientBirthDate: 'patient.birthDate',
  patientIdType: 'patient.idType',
  patientIdNumber: 'patient.idNumber',
  patientPhone: 'patient.phone',
  guardianName: 'patient.guardianName',
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
  const t = useMessages(FORM_MESSAGES);
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
  const labelOf = (field: ReferralFormField) => t(FIELD_LABELS[field]);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const [idTouched, setIdTouched] = useState(false);

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
    // note: a message on the ID number unmasks it (PatientIdentityFieldset), so its input can take the focus
    const first = REFERRAL_FORM_FIELD_ORDER.find((field) => errors[field] !== undefined);
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
  const idValue = values.patientIdNumber.trim();
  // Results are looked up once the number is a valid one: at once for a 身份证号, after leaving the field otherwise.
  const idValid =
    idValue !== '' &&
    checkIdNumber(values.patientIdType, idValue, at).error === undefined &&
    (values.patientIdType === 'resident_id_card' || idTouched);
  const minor = isMinor(values.patientBirthDate, at);
  const summary = REFERRAL_FORM_FIELD_ORDER.filter((field) => errors[field] !== undefined);
  const formLevel = errors.form ?? [];
  const submitting = status === 'submitting';
  const messageOf = (field: ReferralFormField) => {
    const error = errors[field];
    return error && fieldMessage(field, error, locale);
  };

  const field = (
    name: ReferralFormField,
    required: boolean,
    control: (props: ReturnType<typeof fieldControlProps> & { name: string }) => ReactNode,
    className?: string,
  ) => (
    <Field
      id={fieldId(name)}
      block="yl-referral-form"
      label={labelOf(name)}
      marker={required ? 'required' : 'optional'}
      error={messageOf(name)}
      className={className}
      data-field={name}
    >
      {control({ ...fieldControlProps(fieldId(name), { error: errors[name] }), name })}
    </Field>
  );
  const textField = (
    name: 'diagnosisCode' | 'diagnosisText' | 'parentReferralId' | 'reason' | 'clinicalSummary',
    required: boolean,
    extra: ComponentPropsWithoutRef<'input'> = {},
  ) =>
    field(
      name,
      required,
      (props) => {
        const common = {
          ...props,
          className: 'yl-referral-form__input',
          'aria-required': required || undefined,
          maxLength: REFERRAL_FORM_LIMITS[name],
          value: values[name],
        };
        return name === 'reason' || name === 'clinicalSummary' ? (
          <textarea {...common} rows={3} onChange={(event) => setValues({ [name]: event.target.value })} />
        ) : (
          <input {...common} {...extra} onChange={(event) => setValues({ [name]: event.target.value })} />
        );
      },
      name === 'reason' || name === 'clinicalSummary' ? 'yl-referral-form__field--wide' : undefined,
    );
  const radios = <TValue extends string>(
    name: 'direction' | 'urgency',
    options: readonly TValue[],
    text: (value: TValue) => string,
  ) => (
    <fieldset
      className="yl-referral-form__field yl-referral-form__choices"
      data-field={name}
      aria-describedby={errors[name] ? `${fieldId(name)}-error` : undefined}
    >
      <legend className="yl-referral-form__label">{labelOf(name)}</legend>
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
            name={`${id}-${name}`}
            id={index === 0 ? fieldId(name) : undefined}
            value={option}
            checked={values[name] === option}
            onChange={() =>
              setValues(
                name === 'urgency' && option !== 'green_channel'
                  ? { urgency: option as ReferralFormValuesUrgency, greenChannelCategory: '' }
                  : { [name]: option },
              )
            }
          />
          {text(option)}
        </label>
      ))}
      <FieldError id={fieldId(name)} block="yl-referral-form">
        {messageOf(name)}
      </FieldError>
    </fieldset>
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit();
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
              {summary.map((name) => (
                <li key={name}>
                  <a
                    href={`#${fieldId(name)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      findControl(name)?.focus();
                    }}
                  >
                    {labelOf(name)}
                  </a>
                  {`：${messageOf(name)}`}
                </li>
              ))}
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
          {field('receivingInstitutionId', true, (props) => (
            <select
              {...props}
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
          ))}
          {field('receivingDepartmentId', false, (props) => (
            <>
              <select
                {...props}
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
              {departments.status === 'error' && (
                <ProblemNotice error={departments.error} onRetry={departments.reload} />
              )}
            </>
          ))}
          {values.direction === 'down' && textField('parentReferralId', true)}
          {radios('urgency', labelValues('referralUrgency'), (value) =>
            label('referralUrgency', value, locale),
          )}
          {values.urgency === 'green_channel' &&
            field('greenChannelCategory', true, (props) => (
              <select
                {...props}
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
            ))}
        </fieldset>

        <PatientIdentityFieldset
          controlId={(patient) => fieldId(REFERRAL_PATIENT_FIELDS[patient])}
          block="yl-referral-form"
          className="yl-referral-form__section"
          legendClassName="yl-referral-form__legend"
          value={patientOf(values)}
          errorOf={(patient) => messageOf(REFERRAL_PATIENT_FIELDS[patient])}
          onChange={(_, changed) => setValues(referralPatchOf(changed))}
          onIdNumberBlur={() => setIdTouched(true)}
        />

        <fieldset className="yl-referral-form__section">
          <legend className="yl-referral-form__legend">{t('referral.form.clinical')}</legend>
          {textField('diagnosisCode', false, {
            autoComplete: 'off',
            spellCheck: false,
            placeholder: 'I63.900',
          })}
          {textField('diagnosisText', true)}
          {textField('reason', true)}
          {textField('clinicalSummary', false)}
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
          <FieldError id={fieldId('attachments')} block="yl-referral-form">
            {messageOf('attachments')}
          </FieldError>
        </fieldset>

        <fieldset className="yl-referral-form__section" data-field="consent">
          <legend className="yl-referral-form__legend">{t('referral.form.consent')}</legend>
          <p className="yl-referral-form__hint" id={`${fieldId('consent')}-hint`}>
            {t('referral.consent.hint')}
          </p>
          <label className="yl-referral-form__choice">
            <input
              {...fieldControlProps(fieldId('consent'), { error: errors.consent, hint: true })}
              name="consent"
              type="checkbox"
              aria-required
              checked={values.consent}
              onChange={(event) => setValues({ consent: event.target.checked })}
            />
            {t(minor ? 'referral.field.consentGuardian' : 'referral.field.consent')}
          </label>
          <FieldError id={fieldId('consent')} block="yl-referral-form">
            {messageOf('consent')}
          </FieldError>
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
