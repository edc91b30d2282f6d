import type { FieldIssue, Locale } from '@yilian/domain';
import { maskName, toShanghaiIso, validateReferralContent } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ComponentPropsWithoutRef, FocusEvent, FormEvent, ForwardedRef, ReactNode } from 'react';
import { forwardRef, useId, useRef, useState } from 'react';
import type { Translate } from '../i18n/messages.js';
import { combineMessages } from '../i18n/define.js';
import { PATIENT_MESSAGES } from '../i18n/patient.js';
import { REFERRAL_CONTENT_MESSAGES } from '../i18n/referral-content.js';
import type { ErrorSummaryEntry } from '../internal/ErrorSummary.js';
import { ErrorSummary } from '../internal/ErrorSummary.js';
import { Field, FieldError, fieldControlProps } from '../internal/Field.js';
import { PatientIdentityFieldset } from '../internal/PatientIdentityFieldset.js';
import { checkIdNumber } from '../internal/patient-identity.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { ResultPicker } from '../internal/ResultPicker.js';
import { Skeleton } from '../internal/Skeleton.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { useRevealError } from '../internal/WidgetDialog.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type {
  ReferralDraftStatus,
  ReferralFieldError,
  ReferralFormField,
  UseReferralFormOptions,
  UseReferralFormResult,
} from './useReferralForm.js';
import {
  REFERRAL_FORM_FIELD_ORDER,
  REFERRAL_FORM_LIMITS,
  REFERRAL_PATIENT_FIELDS,
  isMinor,
  patientOf,
  prefillFromParent,
  referralPatchOf,
  useReferralForm,
} from './useReferralForm.js';
import { REFERRAL_MESSAGES } from '../i18n/referral.js';
import { ClinicalContentFields } from './ClinicalContentFields.js';
import type { ClinicalContentField } from './clinical-content.js';
import { CLINICAL_CONTENT_LIMITS, contentFieldOf } from './clinical-content.js';
import { withMessages } from '../internal/with-messages.js';
import { formatFieldError, formatProblem, label, labelValues } from '../i18n/domain.js';

type Referral = Schemas['Referral'];

/** Props of `ReferralForm`: the form's options plus any attribute of its root `<div>`. */
export interface ReferralFormProps
  extends
    UseReferralFormOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onError' | 'onSubmit'> {}

// The form's own strings, the patient fieldset's and the content fields', which label their fields in the error
// summary.
export const FORM_MESSAGES = combineMessages(REFERRAL_MESSAGES, PATIENT_MESSAGES, REFERRAL_CONTENT_MESSAGES);

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
  content: 'referral.form.clinical',
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

const ReferralFormContent = forwardRef<HTMLDivElement, ReferralFormProps>(function ReferralForm(props, ref) {
  const {
    values: valuesProp,
    defaultValues,
    onValuesChange,
    onCreated,
    onError,
    submit,
    draftId,
    draftKey,
    autosave,
    onDraftSaved,
    ...rest
  } = props;
  const form = useReferralForm({
    values: valuesProp,
    defaultValues,
    onValuesChange,
    onCreated,
    onError,
    submit,
    draftId,
    draftKey,
    autosave,
    onDraftSaved,
  });
  return <ReferralFormView {...rest} ref={ref} form={form} />;
});

/** Props of the form's markup over a `useReferralForm` result (the dialog renders it with its own footer). */
export interface ReferralFormViewProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onError' | 'onSubmit'> {
  form: UseReferralFormResult;
  /** Wraps the actions row, e.g. in the dialog's sticky footer. */
  renderActions?: ((actions: ReactNode) => ReactNode) | undefined;
}

/** @internal The form's markup; `ReferralForm` and `ReferralDialog` render it. */
export const ReferralFormView = forwardRef<HTMLDivElement, ReferralFormViewProps>(function ReferralFormView(
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
  const { values, setValues, errors, directory, departments, parents, status, created, problem } = form;
  const problemRef = useRevealError(problem);
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
        <Skeleton label={t('common.loading')} />
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
  // Which content is required at submit is the domain's rule: what it asks of a form with nothing typed.
  const requiredContent = new Set(
    validateReferralContent({ direction: values.direction, urgency: values.urgency }).map(
      (issue) => issue.pointer,
    ),
  );
  // A server message carries no `{max}`: the content field's limit fills it, as for the form's own fields.
  const contentIssues: FieldIssue[] = (errors.content ?? []).flatMap(escortParts).map((issue) => {
    const sub = contentFieldOf(issue.pointer);
    const limit = sub === undefined ? undefined : (CLINICAL_CONTENT_LIMITS as Record<string, number>)[sub];
    return issue.params === undefined && limit !== undefined
      ? { ...issue, params: { max: limit, min: 1 } }
      : issue;
  });
  const contentId = fieldId('content');
  // The control of a content issue: its own field, a follow-up date by its index, else the first date or "add".
  const contentTarget = (issue: FieldIssue): { href: string; focus: () => void; label: string } => {
    const sub: ClinicalContentField = contentFieldOf(issue.pointer) ?? 'mainResults';
    const index = sub === 'followUpDates' ? /^\/followUpDates\/(\d+)/.exec(issue.pointer)?.[1] : undefined;
    const targetId = index === undefined ? `${contentId}-${sub}` : `${contentId}-${sub}-${index}`;
    return {
      href: `#${targetId}`,
      label:
        index === undefined
          ? t(`referralContent.${sub}`)
          : t('referralContent.followUpDate', { n: Number(index) + 1 }),
      focus: () => {
        const root = rootRef.current;
        const control =
          root?.querySelector<HTMLElement>(`[id="${targetId}"]`) ??
          root?.querySelector<HTMLElement>('.yl-clinical-content__dates input, .yl-clinical-content__add');
        control?.focus();
      },
    };
  };
  const submitting = status === 'submitting';
  const messageOf = (field: Exclude<ReferralFormField, 'content'>) => {
    const error = errors[field];
    return error && fieldMessage(field, error, locale);
  };
  // Every problem in the form's order, the content's each on its own line, then those of the whole form.
  const summaryEntries: ErrorSummaryEntry[] = [
    ...REFERRAL_FORM_FIELD_ORDER.flatMap((name): ErrorSummaryEntry[] =>
      name === 'content'
        ? contentIssues.map((issue) => {
            const { label: targetLabel, href, focus } = contentTarget(issue);
            return {
              key: `content${issue.pointer}`,
              link: { label: targetLabel, href, focus },
              message: formatFieldError(issue.code, locale, issue.params),
            };
          })
        : errors[name] === undefined
          ? []
          : [
              {
                key: name,
                link: {
                  label: labelOf(name),
                  href: `#${fieldId(name)}`,
                  focus: () => findControl(name)?.focus(),
                },
                message: messageOf(name) ?? '',
              },
            ],
    ),
    ...(errors.form ?? []).map((error, index) => ({
      key: `${error.code}-${index}`,
      message: fieldMessage(undefined, error, locale),
    })),
  ];

  const field = (
    name: Exclude<ReferralFormField, 'content'>,
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
    name: 'diagnosisCode' | 'diagnosisText' | 'reason' | 'clinicalSummary',
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
        return TEXTAREAS.has(name) ? (
          <textarea {...common} rows={3} onChange={(event) => setValues({ [name]: event.target.value })} />
        ) : (
          <input {...common} {...extra} onChange={(event) => setValues({ [name]: event.target.value })} />
        );
      },
      TEXTAREAS.has(name) ? 'yl-referral-form__field--wide' : undefined,
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
  // On leaving a field, its message: the control's id names the field.
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const prefix = `${id}-`;
    const target = event.target as HTMLElement;
    const fieldName = target.id.startsWith(prefix) ? target.id.slice(prefix.length) : target.dataset.field;
    if (fieldName?.startsWith('content-')) {
      // `content-mainResults`, `content-followUpDates-0`: the content field, whatever the date.
      const sub = fieldName.slice('content-'.length).replace(/-\d+$/, '');
      form.blurField('content', sub as ClinicalContentField);
      return;
    }
    if (fieldName && (REFERRAL_FORM_FIELD_ORDER as readonly string[]).includes(fieldName)) {
      form.blurField(fieldName as ReferralFormField);
    }
  };
  const actions = (
    <>
      <DraftStatusLine
        status={form.draftStatus}
        t={t}
        locale={locale}
        onOverwrite={() => void form.overwriteDraft()}
      />
      <SubmitButton pending={submitting} pendingLabel={t('referral.submitting')}>
        {t('referral.submit')}
      </SubmitButton>
    </>
  );

  return (
    <div {...rest} ref={setRefs} className={cx('yl-widget yl-referral-form', className)}>
      <form
        className="yl-referral-form__form"
        noValidate
        onSubmit={onSubmit}
        onBlur={onBlur}
        aria-label={t('referral.form.title')}
      >
        {form.restored && (
          <p className="yl-notice yl-referral-form__restored" role="status">
            {form.restored === 'server' && form.draft
              ? t('referral.draft.restored', { number: form.draft.number })
              : t('referral.draft.restoredLocal')}
          </p>
        )}
        <ErrorSummary
          title={t('referral.errors.summary', { count: summaryEntries.length })}
          entries={summaryEntries}
          generation={form.errorGeneration}
          block="yl-referral-form"
        />

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
          {values.direction === 'down' &&
            field('parentReferralId', false, (props) => (
              <>
                <select
                  {...props}
                  aria-describedby={[props['aria-describedby'], `${fieldId('parentReferralId')}-hint`]
                    .filter(Boolean)
                    .join(' ')}
                  className="yl-referral-form__input"
                  value={values.parentReferralId}
                  aria-busy={parents.status === 'loading' || undefined}
                  onChange={(event) => {
                    const picked = parents.data?.find((parent) => parent.id === event.target.value);
                    setValues({
                      parentReferralId: event.target.value,
                      ...(picked ? prefillFromParent(picked, values) : {}),
                    });
                  }}
                >
                  <option value="">{t('referral.parent.none')}</option>
                  {(parents.data ?? []).map((parent) => (
                    <option key={parent.id} value={parent.id}>
                      {t('referral.parent.option', {
                        number: parent.number,
                        name: maskName(parent.patient.name),
                      })}
                    </option>
                  ))}
                </select>
                <p className="yl-referral-form__hint" id={`${fieldId('parentReferralId')}-hint`}>
                  {t('referral.parent.hint')}
                </p>
                {parents.status === 'error' && (
                  <ProblemNotice error={parents.error} onRetry={parents.reload} />
                )}
              </>
            ))}
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
        {form.storedIdMask !== undefined && values.patientIdNumber === '' && (
          <p className="yl-referral-form__hint">
            {t('referral.draft.storedId', { masked: form.storedIdMask })}
          </p>
        )}

        <fieldset className="yl-referral-form__section">
          <legend className="yl-referral-form__legend">{t('referral.form.clinical')}</legend>
          {textField('diagnosisCode', false, {
            autoComplete: 'off',
            spellCheck: false,
            placeholder: 'I63.900',
          })}
          {textField('diagnosisText', true)}
          {textField('reason', true)}
          {textField('clinicalSummary', requiredContent.has('/clinicalSummary'))}
        </fieldset>
        <ClinicalContentFields
          id={contentId}
          data-field="content"
          direction={values.direction}
          urgency={values.urgency}
          value={values.content}
          issues={contentIssues}
          onChange={(content) => setValues({ content })}
        />

        <fieldset className="yl-referral-form__section" data-field="attachments">
          <legend className="yl-referral-form__legend">{t('referral.form.results')}</legend>
          {idValid ? (
            <ResultPicker
              block="yl-referral-form"
              messages={{
                searching: t('referral.results.searching'),
                empty: t('referral.results.empty'),
                checking: t('referral.results.checking'),
                failed: t('common.error'),
              }}
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

        <div ref={problemRef} tabIndex={-1} className="yl-dialog__errors">
          {problem !== undefined && <ProblemNotice error={problem} onRetry={() => void form.submit()} />}
        </div>

        {renderActions(actions)}
      </form>
    </div>
  );
});

type ReferralFormValuesUrgency = Schemas['ReferralUrgency'];

const TEXTAREAS: ReadonlySet<ReferralFormField> = new Set(['reason', 'clinicalSummary']);

/**
 * A missing escort as the issues of its required parts (the domain's, for an escort with nothing in it), so each
 * of its fields says what it lacks and the summary links to each.
 */
function escortParts(issue: FieldIssue): FieldIssue[] {
  if (issue.pointer !== '/escort' || issue.code !== 'required') {
    return [issue];
  }
  const parts = validateReferralContent({
    urgency: 'green_channel',
    escort: {} as Schemas['Escort'],
  }).filter((part) => part.pointer.startsWith('/escort/'));
  return parts.length > 0 ? parts : [issue];
}

function hhmm(at: Date): string {
  // Beijing time, as every time the widgets show.
  return toShanghaiIso(at).slice(11, 16);
}

/** The draft's state in words, read out politely as it changes (not colour alone: a text and an icon-free line). */
function DraftStatusLine({
  status,
  t,
  locale,
  onOverwrite,
}: {
  status: ReferralDraftStatus;
  t: Translate;
  locale: Locale;
  onOverwrite: () => void;
}) {
  let text = '';
  switch (status.state) {
    case 'saving':
      text = t('referral.draft.saving');
      break;
    case 'saved':
      text = t('referral.draft.saved', { time: hhmm(status.at) });
      break;
    case 'incomplete':
      text = t('referral.draft.incomplete');
      break;
    case 'offline':
      text = t('referral.draft.offline');
      break;
    case 'conflict':
      text = t('referral.draft.conflict');
      break;
    case 'failed':
      text = t('referral.draft.failed', { reason: problemText(status.error, locale) });
      break;
    default:
      text = '';
  }
  return (
    <div className={`yl-referral-form__draft yl-referral-form__draft--${status.state}`}>
      <p role="status" aria-live="polite" className="yl-referral-form__draft-text">
        {text}
      </p>
      {status.state === 'conflict' && (
        <button type="button" className="yl-button" onClick={onOverwrite}>
          {t('referral.draft.overwrite')}
        </button>
      )}
    </div>
  );
}

function problemText(error: unknown, locale: Locale): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : 'internal_error';
  return formatProblem(code as Parameters<typeof formatProblem>[0], locale);
}

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

/**
 * The 转诊单: direction, receiving institution and department from the alliance directory, urgency with the green
 * channel, patient identity (身份证号 checked as typed, then masked; it fills sex and birth date), diagnosis, reason,
 * the content each direction needs, results to attach and the patient's separate consent. Checks each field as it
 * is typed and left, lists every problem on submit; saves a draft on the server as the user types and restores it
 * after a reload; submits once per attempt (or submits the saved draft) and shows the referral's number.
 * @example <ReferralForm onCreated={(referral) => navigate(`/referrals/${referral.id}`)} />
 */
export const ReferralForm = withMessages(ReferralFormContent, FORM_MESSAGES);
