import type { Locale } from '@yilian/domain';
import { toShanghaiIso } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ComponentPropsWithoutRef, FocusEvent, FormEvent, ForwardedRef, ReactNode } from 'react';
import { forwardRef, useId, useRef, useState } from 'react';
import { CONSULTATION_MESSAGES } from '../i18n/consultation.js';
import { combineMessages } from '../i18n/define.js';
import type { Translate } from '../i18n/messages.js';
import { PATIENT_MESSAGES } from '../i18n/patient.js';
import type { ErrorSummaryEntry } from '../internal/ErrorSummary.js';
import { ErrorSummary } from '../internal/ErrorSummary.js';
import { Field, FieldError, fieldControlProps } from '../internal/Field.js';
import { PatientIdentityFieldset } from '../internal/PatientIdentityFieldset.js';
import type { PatientIdentityField } from '../internal/patient-identity.js';
import { PATIENT_IDENTITY_LIMITS, checkIdNumber, needsGuardianField } from '../internal/patient-identity.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { ResultPicker } from '../internal/ResultPicker.js';
import { Skeleton } from '../internal/Skeleton.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { useRevealError } from '../internal/WidgetDialog.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type {
  ConsultationFieldError,
  ConsultationLocalStatus,
  ConsultationRequestField,
  UseConsultationRequestOptions,
  UseConsultationRequestResult,
} from './useConsultationRequest.js';
import {
  CONSULTATION_FIELD_ORDER,
  CONSULTATION_LIMITS,
  useConsultationRequest,
} from './useConsultationRequest.js';
import { withMessages } from '../internal/with-messages.js';
import { formatFieldError, label, labelValues } from '../i18n/domain.js';

type Consultation = Schemas['Consultation'];

/** Props of `ConsultationRequest`: the form's options plus any attribute of its root `<div>`. */
export interface ConsultationRequestProps
  extends
    UseConsultationRequestOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onError' | 'onSubmit'> {}

// The form's strings and the patient fieldset's, which label its fields in the error summary.
export const FORM_MESSAGES = combineMessages(CONSULTATION_MESSAGES, PATIENT_MESSAGES);

const FIELD_LABELS: Record<
  Exclude<ConsultationRequestField, `images.${number}.${string}`>,
  Parameters<Translate>[0]
> = {
  invitedInstitutionId: 'consultation.field.invitedInstitution',
  requestedDepartmentId: 'consultation.field.specialty',
  requestedExpertIds: 'consultation.field.expert',
  urgency: 'consultation.field.urgency',
  preferredMode: 'consultation.field.mode',
  'patient.name': 'patient.name',
  'patient.sex': 'patient.sex',
  'patient.birthDate': 'patient.birthDate',
  'patient.idType': 'patient.idType',
  'patient.idNumber': 'patient.idNumber',
  'patient.phone': 'patient.phone',
  'patient.guardianName': 'patient.guardianName',
  diagnosisCode: 'consultation.field.diagnosisCode',
  diagnosisText: 'consultation.field.diagnosis',
  question: 'consultation.field.question',
  caseSummary: 'consultation.field.caseSummary',
  results: 'consultation.field.attachments',
  consent: 'consultation.form.consent',
  consentMethod: 'consultation.form.consent',
};

const LIMITS: Partial<Record<ConsultationRequestField, number>> = {
  question: CONSULTATION_LIMITS.question,
  caseSummary: CONSULTATION_LIMITS.caseSummary,
  diagnosisText: CONSULTATION_LIMITS.diagnosisText,
  'patient.name': PATIENT_IDENTITY_LIMITS.name,
  'patient.idNumber': PATIENT_IDENTITY_LIMITS.idNumber,
  'patient.phone': PATIENT_IDENTITY_LIMITS.phone,
  'patient.guardianName': PATIENT_IDENTITY_LIMITS.guardianName,
};

function fieldMessage(
  field: ConsultationRequestField | undefined,
  error: ConsultationFieldError,
  locale: Locale,
) {
  const limit =
    field === undefined
      ? undefined
      : field.startsWith('images.')
        ? field.endsWith('.title')
          ? CONSULTATION_LIMITS.imageTitle
          : CONSULTATION_LIMITS.studyUrl
        : LIMITS[field];
  return formatFieldError(
    error.code,
    locale,
    error.params ?? (limit === undefined ? undefined : { max: limit, min: 1 }),
  );
}

function nameOf(name: Schemas['LocalizedName'], locale: Locale): string {
  return locale === 'en' ? (name.en ?? name.zh) : name.zh;
}

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

const ConsultationRequestContent = forwardRef<HTMLDivElement, ConsultationRequestProps>(
  function ConsultationRequest(props, ref) {
    const { defaultValues, onValuesChange, onCreated, onError, draftKey, ...rest } = props;
    const form = useConsultationRequest({ defaultValues, onValuesChange, onCreated, onError, draftKey });
    return <ConsultationRequestView {...rest} ref={ref} form={form} />;
  },
);

/** Props of the form's markup over a `useConsultationRequest` result (the dialog renders it with its own footer). */
export interface ConsultationRequestViewProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'onError' | 'onSubmit'
> {
  form: UseConsultationRequestResult;
  /** Wraps the actions row, e.g. in the dialog's sticky footer. */
  renderActions?: ((actions: ReactNode) => ReactNode) | undefined;
}

/** @internal The form's markup; `ConsultationRequest` and `ConsultationRequestDialog` render it. */
export const ConsultationRequestView = forwardRef<HTMLDivElement, ConsultationRequestViewProps>(
  function ConsultationRequestView(
    {
      form,
      renderActions = (actions) => <div className="yl-referral-form__actions">{actions}</div>,
      className,
      ...rest
    },
    ref: ForwardedRef<HTMLDivElement>,
  ) {
    const { locale, now } = useAlliance();
    const t = useMessages(FORM_MESSAGES);
    const { values, setValues, errors, directory, departments, experts, status, created, problem } = form;
    const problemRef = useRevealError(problem);
    const id = useId();
    const fieldId = (field: ConsultationRequestField) => `${id}-${field.replace(/\./g, '-')}`;
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

    const root = (children: ReactNode, busy = false) => (
      <div
        {...rest}
        ref={setRefs}
        className={cx('yl-widget yl-referral-form yl-consultation-request', className)}
        aria-busy={busy || undefined}
      >
        {children}
      </div>
    );

    if (directory.status === 'loading' && !directory.data) {
      return root(<Skeleton label={t('common.loading')} />, true);
    }
    if (!directory.data) {
      return root(<ProblemNotice error={directory.error} onRetry={directory.reload} />);
    }
    const { me, partners } = directory.data;
    if (me.role !== 'referrer' && me.role !== 'coordinator') {
      return root(
        <div className="yl-notice yl-notice--forbidden" role="alert">
          <p className="yl-notice__message">{t('consultation.forbidden')}</p>
        </div>,
      );
    }
    if (status === 'created' && created) {
      return root(<Created consultation={created} locale={locale} t={t} onAnother={form.reset} />);
    }

    const at = now();
    const minor = needsGuardianField(values.patient.birthDate, at);
    const idValue = values.patient.idNumber.trim();
    const idValid =
      idValue !== '' &&
      checkIdNumber(values.patient.idType, idValue, at).error === undefined &&
      (values.patient.idType === 'resident_id_card' || idTouched);
    const messageOf = (field: ConsultationRequestField) => {
      const error = errors[field];
      return error && fieldMessage(field, error, locale);
    };
    const labelOf = (field: ConsultationRequestField) => {
      const image = /^images\.(\d+)\.(title|studyUrl)$/.exec(field);
      if (image) {
        return `${t('consultation.images.item', { n: Number(image[1]) + 1 })} · ${t(
          image[2] === 'title' ? 'consultation.images.title' : 'consultation.images.url',
        )}`;
      }
      return t(FIELD_LABELS[field as keyof typeof FIELD_LABELS]);
    };
    const summary = [
      ...CONSULTATION_FIELD_ORDER.filter((field) => errors[field] !== undefined),
      ...values.images.flatMap((_, index) =>
        ([`images.${index}.title`, `images.${index}.studyUrl`] as const).filter(
          (field) => errors[field] !== undefined,
        ),
      ),
    ];
    const summaryEntries: ErrorSummaryEntry[] = [
      ...summary.map((name) => ({
        key: name,
        link: {
          label: labelOf(name),
          href: `#${fieldId(name)}`,
          focus: () => rootRef.current?.querySelector<HTMLElement>(`[id="${fieldId(name)}"]`)?.focus(),
        },
        message: messageOf(name) ?? '',
      })),
      ...(errors.form ?? []).map((error, index) => ({
        key: `${error.code}-${index}`,
        message: fieldMessage(undefined, error, locale),
      })),
    ];
    const submitting = status === 'submitting';

    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void form.submit();
    };
    // On leaving a field, its message: the control's `data-field` names the field.
    const onBlur = (event: FocusEvent<HTMLFormElement>) => {
      const target = event.target as HTMLElement;
      const named = target.closest<HTMLElement>('[data-field]')?.dataset.field;
      if (named) {
        form.blurField(named as ConsultationRequestField);
      }
    };

    const field = (
      name: ConsultationRequestField,
      required: boolean,
      control: (props: ReturnType<typeof fieldControlProps> & { name: string }) => ReactNode,
      options: { className?: string; hint?: ReactNode } = {},
    ) => (
      <Field
        id={fieldId(name)}
        block="yl-referral-form"
        label={labelOf(name)}
        marker={required ? 'required' : 'optional'}
        error={messageOf(name)}
        hint={options.hint}
        className={options.className}
        data-field={name}
      >
        {control({ ...fieldControlProps(fieldId(name), { error: errors[name], hint: options.hint }), name })}
      </Field>
    );
    const textArea = (name: 'question' | 'caseSummary', hint?: ReactNode) =>
      field(
        name,
        true,
        (props) => (
          <textarea
            {...props}
            className="yl-referral-form__input"
            aria-required
            rows={name === 'caseSummary' ? 5 : 3}
            maxLength={CONSULTATION_LIMITS[name]}
            value={values[name]}
            onChange={(event) => setValues({ [name]: event.target.value })}
          />
        ),
        { className: 'yl-referral-form__field--wide', hint },
      );
    const radios = <TValue extends string>(
      name: 'urgency' | 'preferredMode' | 'consentMethod',
      legend: string,
      choices: readonly { value: TValue; text: string }[],
      required: boolean,
    ) => (
      <fieldset
        className="yl-referral-form__field yl-referral-form__choices"
        data-field={name}
        aria-describedby={errors[name] ? `${fieldId(name)}-error` : undefined}
      >
        <legend className="yl-referral-form__label">
          {legend}
          {!required && <span className="yl-referral-form__optional"> ({t('common.optional')})</span>}
        </legend>
        {choices.map((choice, index) => (
          <label key={choice.value} className="yl-referral-form__choice">
            <input
              type="radio"
              name={`${id}-${name}`}
              id={index === 0 ? fieldId(name) : undefined}
              value={choice.value}
              checked={values[name] === choice.value}
              onChange={() => setValues({ [name]: choice.value })}
            />
            {choice.text}
          </label>
        ))}
        <FieldError id={fieldId(name)} block="yl-referral-form">
          {messageOf(name)}
        </FieldError>
      </fieldset>
    );

    const visibleExperts = (experts.data ?? []).filter(
      (expert) =>
        values.requestedDepartmentId === '' ||
        expert.departmentId === values.requestedDepartmentId ||
        values.requestedExpertIds.includes(expert.id),
    );

    const actions = (
      <>
        <LocalStatusLine status={form.localStatus} t={t} />
        <SubmitButton pending={submitting} pendingLabel={t('consultation.submitting')}>
          {t('consultation.submit')}
        </SubmitButton>
      </>
    );

    return root(
      <form
        className="yl-referral-form__form"
        noValidate
        onSubmit={onSubmit}
        onBlur={onBlur}
        aria-label={t('consultation.form.title')}
      >
        {form.restored && (
          <p className="yl-notice yl-referral-form__restored" role="status">
            {t('consultation.draft.restored')}
          </p>
        )}
        <ErrorSummary
          title={t('consultation.errors.summary', { count: summaryEntries.length })}
          entries={summaryEntries}
          generation={form.errorGeneration}
          block="yl-referral-form"
        />

        <fieldset className="yl-referral-form__section">
          <legend className="yl-referral-form__legend">{t('consultation.form.invited')}</legend>
          {field('invitedInstitutionId', true, (props) => (
            <select
              {...props}
              className="yl-referral-form__input"
              aria-required
              value={values.invitedInstitutionId}
              onChange={(event) =>
                setValues({
                  invitedInstitutionId: event.target.value,
                  requestedDepartmentId: '',
                  requestedExpertIds: [],
                  results: [],
                })
              }
            >
              <option value="">{t('consultation.choose')}</option>
              {partners.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {nameOf(partner.name, locale)}
                </option>
              ))}
            </select>
          ))}
          {field('requestedDepartmentId', false, (props) => (
            <>
              <select
                {...props}
                className="yl-referral-form__input"
                value={values.requestedDepartmentId}
                disabled={values.invitedInstitutionId === ''}
                aria-busy={departments.status === 'loading' || undefined}
                onChange={(event) => setValues({ requestedDepartmentId: event.target.value })}
              >
                <option value="">{t('consultation.choose')}</option>
                {(departments.data ?? []).map((department) => (
                  <option key={department.id} value={department.id}>
                    {nameOf(department.name, locale)}
                  </option>
                ))}
              </select>
              {departments.status === 'error' && (
                <ProblemNotice error={departments.error} onRetry={departments.reload} />
              )}
            </>
          ))}
          {values.invitedInstitutionId !== '' && (
            <fieldset
              className="yl-referral-form__field yl-referral-form__choices"
              data-field="requestedExpertIds"
              aria-describedby={`${fieldId('requestedExpertIds')}-hint`}
            >
              <legend className="yl-referral-form__label">
                {t('consultation.field.expert')}
                <span className="yl-referral-form__optional"> ({t('common.optional')})</span>
              </legend>
              <p id={`${fieldId('requestedExpertIds')}-hint`} className="yl-referral-form__hint">
                {values.requestedExpertIds.length === 0 ? t('consultation.expert.any') : ''}
              </p>
              {experts.status === 'error' && <ProblemNotice error={experts.error} onRetry={experts.reload} />}
              {visibleExperts.map((expert, index) => (
                <label key={expert.id} className="yl-referral-form__choice">
                  <input
                    type="checkbox"
                    id={index === 0 ? fieldId('requestedExpertIds') : undefined}
                    checked={values.requestedExpertIds.includes(expert.id)}
                    onChange={(event) =>
                      setValues({
                        requestedExpertIds: event.target.checked
                          ? [...values.requestedExpertIds, expert.id]
                          : values.requestedExpertIds.filter((other) => other !== expert.id),
                      })
                    }
                  />
                  {`${expert.name} · ${label('clinicianTitle', expert.title, locale)}`}
                  {expert.specialties.length > 0 ? `（${expert.specialties.join('、')}）` : ''}
                </label>
              ))}
              <FieldError id={fieldId('requestedExpertIds')} block="yl-referral-form">
                {messageOf('requestedExpertIds')}
              </FieldError>
            </fieldset>
          )}
          {radios(
            'urgency',
            t('consultation.field.urgency'),
            labelValues('consultationUrgency').map((value) => ({
              value,
              text: label('consultationUrgency', value, locale),
            })),
            true,
          )}
          {radios(
            'preferredMode',
            t('consultation.field.mode'),
            labelValues('consultationMode').map((value) => ({
              value,
              text: label('consultationMode', value, locale),
            })),
            false,
          )}
        </fieldset>

        <PatientIdentityFieldset
          controlId={(patient) => fieldId(`patient.${patient}`)}
          block="yl-referral-form"
          className="yl-referral-form__section"
          legendClassName="yl-referral-form__legend"
          value={values.patient}
          errorOf={(patient: PatientIdentityField) => messageOf(`patient.${patient}`)}
          onChange={(patient) => setValues({ patient })}
          onIdNumberBlur={() => setIdTouched(true)}
        />

        <fieldset className="yl-referral-form__section">
          <legend className="yl-referral-form__legend">{t('consultation.form.case')}</legend>
          {field('diagnosisCode', false, (props) => (
            <input
              {...props}
              className="yl-referral-form__input"
              autoComplete="off"
              spellCheck={false}
              placeholder="I63.900"
              value={values.diagnosisCode}
              onChange={(event) => setValues({ diagnosisCode: event.target.value })}
            />
          ))}
          {field('diagnosisText', false, (props) => (
            <input
              {...props}
              className="yl-referral-form__input"
              maxLength={CONSULTATION_LIMITS.diagnosisText}
              value={values.diagnosisText}
              onChange={(event) => setValues({ diagnosisText: event.target.value })}
            />
          ))}
          {textArea('question', t('consultation.question.hint'))}
          {textArea('caseSummary')}
        </fieldset>

        <fieldset className="yl-referral-form__section" data-field="results">
          <legend className="yl-referral-form__legend">{t('consultation.form.attachments')}</legend>
          {idValid ? (
            <ResultPicker
              block="yl-referral-form"
              messages={{
                searching: t('consultation.results.searching'),
                empty: t('consultation.results.empty'),
                checking: t('consultation.results.checking'),
                failed: t('common.error'),
              }}
              idType={values.patient.idType}
              idNumber={idValue}
              requestingInstitutionId={
                values.invitedInstitutionId === '' ? me.institutionId : values.invitedInstitutionId
              }
              selected={values.results}
              onChange={(results) => setValues({ results })}
            />
          ) : (
            <p className="yl-referral-form__hint">{t('consultation.results.hint')}</p>
          )}
          <FieldError id={fieldId('results')} block="yl-referral-form">
            {messageOf('results')}
          </FieldError>
          <ImageLinks form={form} t={t} fieldId={fieldId} messageOf={messageOf} />
        </fieldset>

        <fieldset className="yl-referral-form__section" data-field="consent">
          <legend className="yl-referral-form__legend">{t('consultation.form.consent')}</legend>
          <p className="yl-referral-form__hint" id={`${fieldId('consent')}-hint`}>
            {t('consultation.consent.hint')}
          </p>
          {radios(
            'consentMethod',
            t('consultation.consent.method'),
            (['written', 'electronic_signature'] as const).map((value) => ({
              value,
              text: t(`consultation.consent.method.${value}`),
            })),
            true,
          )}
          <label className="yl-referral-form__choice">
            <input
              {...fieldControlProps(fieldId('consent'), { error: errors.consent, hint: true })}
              name="consent"
              type="checkbox"
              aria-required
              checked={values.consent}
              onChange={(event) => setValues({ consent: event.target.checked })}
            />
            {t(minor ? 'consultation.field.consentGuardian' : 'consultation.field.consent')}
          </label>
          <FieldError id={fieldId('consent')} block="yl-referral-form">
            {messageOf('consent')}
          </FieldError>
        </fieldset>

        <div ref={problemRef} tabIndex={-1} className="yl-dialog__errors">
          {problem !== undefined && <ProblemNotice error={problem} onRetry={() => void form.submit()} />}
        </div>

        {renderActions(actions)}
      </form>,
    );
  },
);

/** The image-study links: a title and the viewer's https link each, added and removed one by one. */
function ImageLinks({
  form,
  t,
  fieldId,
  messageOf,
}: {
  form: UseConsultationRequestResult;
  t: Translate;
  fieldId: (field: ConsultationRequestField) => string;
  messageOf: (field: ConsultationRequestField) => string | undefined;
}) {
  const { values, setValues } = form;
  const update = (index: number, patch: Partial<{ title: string; studyUrl: string }>) =>
    setValues({ images: values.images.map((image, i) => (i === index ? { ...image, ...patch } : image)) });
  return (
    <fieldset className="yl-referral-form__field yl-consultation-request__images">
      <legend className="yl-referral-form__label">
        {t('consultation.images.legend')}
        <span className="yl-referral-form__optional"> ({t('common.optional')})</span>
      </legend>
      {values.images.map((image, index) => {
        const titleField = `images.${index}.title` as const;
        const urlField = `images.${index}.studyUrl` as const;
        return (
          <div
            key={index}
            className="yl-consultation-request__image"
            role="group"
            aria-label={t('consultation.images.item', { n: index + 1 })}
          >
            <Field
              id={fieldId(titleField)}
              block="yl-referral-form"
              label={t('consultation.images.title')}
              marker="required"
              error={messageOf(titleField)}
              data-field={titleField}
            >
              <input
                {...fieldControlProps(fieldId(titleField), { error: messageOf(titleField) })}
                className="yl-referral-form__input"
                aria-required
                maxLength={CONSULTATION_LIMITS.imageTitle}
                placeholder="头颅MRI（DWI）"
                value={image.title}
                onChange={(event) => update(index, { title: event.target.value })}
              />
            </Field>
            <Field
              id={fieldId(urlField)}
              block="yl-referral-form"
              label={t('consultation.images.url')}
              marker="required"
              error={messageOf(urlField)}
              data-field={urlField}
            >
              <input
                {...fieldControlProps(fieldId(urlField), { error: messageOf(urlField) })}
                className="yl-referral-form__input"
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                aria-required
                maxLength={CONSULTATION_LIMITS.studyUrl}
                placeholder="https://"
                value={image.studyUrl}
                onChange={(event) => update(index, { studyUrl: event.target.value })}
              />
            </Field>
            <button
              type="button"
              className="yl-button"
              onClick={() => setValues({ images: values.images.filter((_, i) => i !== index) })}
            >
              {t('consultation.images.remove', { n: index + 1 })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="yl-button yl-consultation-request__add"
        onClick={() => setValues({ images: [...values.images, { title: '', studyUrl: '' }] })}
      >
        {t('consultation.images.add')}
      </button>
    </fieldset>
  );
}

function hhmm(at: Date): string {
  // Beijing time, as every time the widgets show.
  return toShanghaiIso(at).slice(11, 16);
}

/** Where the typed request is kept, read out politely as it changes. */
function LocalStatusLine({ status, t }: { status: ConsultationLocalStatus; t: Translate }) {
  return (
    <div className="yl-referral-form__draft">
      <p role="status" aria-live="polite" className="yl-referral-form__draft-text">
        {status.state === 'saved' ? t('consultation.draft.saved', { time: hhmm(status.at) }) : ''}
      </p>
    </div>
  );
}

function Created({
  consultation,
  locale,
  t,
  onAnother,
}: {
  consultation: Consultation;
  locale: Locale;
  t: Translate;
  onAnother: () => void;
}) {
  return (
    <div className="yl-referral-form__created" role="status">
      <p className="yl-referral-form__created-title">{t('consultation.created.title')}</p>
      <p className="yl-referral-form__number">
        {t('consultation.created.number', { number: consultation.number })}
      </p>
      <p>
        {t('consultation.created.status', {
          status: label('consultationStatus', consultation.status, locale),
        })}
      </p>
      <button type="button" className="yl-button" onClick={onAnother}>
        {t('consultation.created.another')}
      </button>
    </div>
  );
}

/**
 * The 远程会诊申请单 of the inviting side: the invited hospital, the specialty and experts asked for (several for an
 * MDT, or none to let the invited side choose), urgency and preferred mode; the patient (身份证号 checked as typed,
 * then masked); the working diagnosis, the question and the case summary; results with their recognition mark and
 * image-study links; and the patient's separate written consent for this consultation. Checks each field as it is
 * left and lists every problem on submit; keeps what was typed in the tab and restores it after a reload; submits
 * once per attempt and shows the consultation's number.
 * @example <ConsultationRequest onCreated={(consultation) => navigate(`/consultations/${consultation.id}`)} />
 */
export const ConsultationRequest = withMessages(ConsultationRequestContent, FORM_MESSAGES);
