import type { FieldIssue, Locale } from '@yilian/domain';
import { shanghaiDate, toShanghaiIso, validateConsultationTransition } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { isAllianceError } from '@yilian/sdk';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useId, useRef, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import { CONSULTATION_MESSAGES } from '../i18n/consultation.js';
import type { Translate } from '../i18n/messages.js';
import { Field, FieldError, fieldControlProps } from '../internal/Field.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { WidgetDialog, useRevealError } from '../internal/WidgetDialog.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import { cx } from '../ReferralTracker/case-parts.js';
import type { ConsultationView } from './useConsultation.js';
import { formatFieldError, label, labelValues } from '../i18n/domain.js';

type Consultation = Schemas['Consultation'];
type Command = Schemas['ConsultationCommand'];
type Transition = Schemas['ConsultationTransition'];

export interface ConsultationActionDialogProps {
  command: Command;
  primary: boolean;
  view: ConsultationView;
  transition: (body: Transition, options?: { idempotencyKey?: string }) => Promise<Consultation>;
  onDone: (consultation: Consultation) => void;
  onError: ((error: unknown) => void) | undefined;
  onReload: () => void;
  statusRef: RefObject<HTMLParagraphElement | null>;
}

/** What each command's button and dialog title say (the domain's command labels are short; these say what happens). */
const COMMAND_TITLES = {
  schedule: 'consultation.command.schedule',
  decline: 'consultation.command.decline',
  cancel: 'consultation.command.cancel',
  start_session: 'consultation.command.start',
  submit_opinion: 'consultation.command.report',
  acknowledge: 'consultation.command.acknowledge',
} as const satisfies Record<Command, string>;

/**
 * One command on a consultation in the shared dialog shell: its form, checked by the domain's rules
 * (`validateConsultationTransition`) before it is sent with the version on screen, field messages from a 422 by
 * their fields, and a 412 (someone else acted first) in words with a reload button. When the command went through,
 * the focus moves to the new status.
 */
export function ConsultationActionDialog({
  command,
  primary,
  view,
  transition,
  onDone,
  onError,
  onReload,
  statusRef,
}: ConsultationActionDialogProps) {
  const t = useMessages(CONSULTATION_MESSAGES);
  const [open, setOpen] = useState(false);
  const moveFocusToStatus = useRef(false);
  const title = t(COMMAND_TITLES[command]);
  return (
    <WidgetDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <button type="button" className={cx('yl-button', primary && 'yl-button--primary')}>
          {title}
        </button>
      }
      overlayClassName="yl-dialog-overlay"
      className="yl-referral-tracker__dialog yl-consultation-tracker__dialog"
      onCloseAutoFocus={(event) => {
        // The trigger disappears once the status changes; the new status is where the user continues.
        if (moveFocusToStatus.current) {
          event.preventDefault();
          statusRef.current?.focus();
        }
      }}
    >
      <WidgetDialog.Header closeLabel={t('common.close')}>{title}</WidgetDialog.Header>
      <WidgetDialog.Description className="yl-dialog__description">
        {t(`consultation.action.${command}`, { number: view.consultation.number })}
      </WidgetDialog.Description>
      <ActionForm
        command={command}
        view={view}
        transition={transition}
        onDone={(consultation) => {
          moveFocusToStatus.current = true;
          setOpen(false);
          onDone(consultation);
        }}
        onError={onError}
        onReload={() => {
          moveFocusToStatus.current = true;
          setOpen(false);
          onReload();
        }}
      />
    </WidgetDialog>
  );
}

type Values = Record<string, string | string[]>;

function initialValues(command: Command, consultation: Consultation, now: Date): Values {
  switch (command) {
    case 'schedule': {
      // Tomorrow at 14:00 Beijing time: the afternoon slot remote-consultation centres usually keep.
      const tomorrow = shanghaiDate(new Date(now.getTime() + 24 * 3_600_000));
      return {
        expertIds: [...consultation.requestedExpertIds],
        scheduledAt: `${tomorrow}T14:00`,
        durationMinutes: '30',
        mode: consultation.preferredMode ?? 'video',
        videoRoomUrl: '',
        place: '',
        note: '',
      };
    }
    case 'decline':
    case 'cancel':
      return { reasonCode: '', reasonText: '' };
    case 'submit_opinion':
      return { findings: '', advice: '', diagnosisText: '', recommendReferral: '' };
    case 'acknowledge':
      return { note: '', rating: '', ratingComment: '' };
    default:
      return { note: '' };
  }
}

function text(values: Values, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

function bodyOf(command: Command, values: Values): Transition {
  const optional = <TKey extends string>(key: TKey, name = key as string) =>
    (text(values, name) === '' ? {} : { [key]: text(values, name) }) as Partial<Record<TKey, string>>;
  switch (command) {
    case 'schedule': {
      const mode = text(values, 'mode') as Schemas['ConsultationMode'];
      const at = text(values, 'scheduledAt');
      return {
        command,
        schedule: {
          expertIds: (values.expertIds as string[]) ?? [],
          scheduledAt: at === '' ? '' : `${at}:00+08:00`,
          durationMinutes: Number(text(values, 'durationMinutes')) || 30,
          mode,
          ...(mode === 'video' ? optional('videoRoomUrl') : optional('place')),
          ...optional('note'),
        },
      };
    }
    case 'decline':
      return {
        command,
        reasonCode: text(values, 'reasonCode') as Schemas['ConsultationDeclineReasonCode'],
        reasonText: text(values, 'reasonText'),
      };
    case 'cancel':
      return {
        command,
        reasonCode: text(values, 'reasonCode') as Schemas['ConsultationCancelReasonCode'],
        ...optional('reasonText'),
      };
    case 'start_session':
      return { command, ...optional('note') };
    case 'submit_opinion':
      return {
        command,
        opinion: {
          findings: text(values, 'findings'),
          advice: text(values, 'advice'),
          ...(text(values, 'diagnosisText') === ''
            ? {}
            : { diagnosis: { text: text(values, 'diagnosisText') } }),
          ...(values.recommendReferral === 'yes' ? { recommendReferral: true } : {}),
        },
      };
    case 'acknowledge':
      return {
        command,
        ...optional('note'),
        ...(text(values, 'rating') === '' ? {} : { rating: Number(text(values, 'rating')) }),
        ...optional('ratingComment'),
      };
    default:
      return command satisfies never;
  }
}

/** The form field a pointer of the command's body points at (`/schedule/scheduledAt` → `scheduledAt`). */
function fieldOf(pointer: string): string | undefined {
  const last = /\/(\w+)$/.exec(pointer.replace(/\/\d+$/, ''))?.[1];
  if (last === 'text' && pointer.startsWith('/opinion/diagnosis')) {
    return 'diagnosisText';
  }
  return last === 'schedule' || last === 'opinion' ? undefined : last;
}

function ActionForm({
  command,
  view,
  transition,
  onDone,
  onError,
  onReload,
}: Omit<ConsultationActionDialogProps, 'statusRef' | 'primary'>) {
  const { client, locale, now } = useAlliance();
  const t = useMessages(CONSULTATION_MESSAGES);
  const { consultation } = view;
  const id = useId();
  const formRef = useRef<HTMLFormElement | null>(null);
  // One key per command body: confirming the same command again after a failure replays it.
  const write = useIdempotentMutation((body: Transition, { idempotencyKey }) =>
    transition(body, { idempotencyKey }),
  );
  const busy = write.isPending;
  const problem: unknown =
    write.status === 'error' &&
    !(isAllianceError(write.error) && write.error.status === 422 && write.error.errors.length > 0)
      ? write.error
      : undefined;
  const [values, setValues] = useState<Values>(() => initialValues(command, consultation, now()));
  const [errors, setErrors] = useState<Record<string, FieldIssue>>({});
  const [formErrors, setFormErrors] = useState<FieldIssue[]>([]);

  const experts = useAsync(
    async (signal) =>
      command !== 'schedule'
        ? []
        : (
            await client.clinicians
              .list({ institutionId: consultation.invitedInstitutionId }, { signal })
              .toArray(200)
          ).filter(
            (clinician) => clinician.isExpert || consultation.requestedExpertIds.includes(clinician.id),
          ),
    [client, command, consultation.invitedInstitutionId],
  );

  const set = (name: string, value: string | string[]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => {
      const { [name]: _removed, ...others } = previous;
      return others;
    });
  };

  const showIssues = (issues: readonly FieldIssue[]) => {
    const byField: Record<string, FieldIssue> = {};
    const rest: FieldIssue[] = [];
    for (const issue of issues) {
      const field = fieldOf(issue.pointer);
      if (field === undefined || !(field in values)) {
        rest.push(issue);
      } else {
        byField[field] ??= issue;
      }
    }
    setErrors(byField);
    setFormErrors(rest);
    const first = Object.keys(values).find((name) => byField[name] !== undefined);
    // note: after the messages render, so the field is read with its message
    requestAnimationFrame(() => {
      const target = first
        ? formRef.current?.querySelector<HTMLElement>(`[id="${id}-${first}"]`)
        : formRef.current?.querySelector<HTMLElement>('[role="alert"]');
      target?.focus();
    });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const body = bodyOf(command, values);
    const issues = validateConsultationTransition(body, { now: toShanghaiIso(now()) });
    if (issues.length > 0) {
      showIssues(issues);
      return;
    }
    setErrors({});
    setFormErrors([]);
    try {
      onDone(await write.mutate(body));
    } catch (error) {
      if (isAllianceError(error) && error.status === 422 && error.errors.length > 0) {
        showIssues(error.errors);
      }
      onError?.(error);
    }
  };

  const conflict = isAllianceError(write.error, 'version_conflict') ? write.error.problem : undefined;
  const errorsRef = useRevealError(problem);
  const messageOf = (name: string) => {
    const issue = errors[name];
    return issue && formatFieldError(issue.code, locale, issue.params);
  };

  const control = (
    name: string,
    labelText: string,
    required: boolean,
    render: (props: ReturnType<typeof fieldControlProps> & { name: string }) => ReactNode,
  ) => (
    <Field
      key={name}
      id={`${id}-${name}`}
      block="yl-referral-form"
      label={labelText}
      marker={required ? 'required' : 'optional'}
      error={messageOf(name)}
    >
      {render({ ...fieldControlProps(`${id}-${name}`, { error: errors[name] }), name })}
    </Field>
  );
  const input = (name: string, labelText: string, required: boolean, extra: Record<string, unknown> = {}) =>
    control(name, labelText, required, (props) => (
      <input
        {...props}
        {...extra}
        className="yl-referral-form__input"
        aria-required={required || undefined}
        value={(values[name] as string) ?? ''}
        onChange={(event) => set(name, event.target.value)}
      />
    ));
  const area = (name: string, labelText: string, required: boolean, maxLength = 8000) =>
    control(name, labelText, required, (props) => (
      <textarea
        {...props}
        className="yl-referral-form__input"
        rows={4}
        maxLength={maxLength}
        aria-required={required || undefined}
        value={(values[name] as string) ?? ''}
        onChange={(event) => set(name, event.target.value)}
      />
    ));
  const select = (name: string, labelText: string, choices: readonly { value: string; text: string }[]) =>
    control(name, labelText, true, (props) => (
      <select
        {...props}
        className="yl-referral-form__input"
        aria-required
        value={(values[name] as string) ?? ''}
        onChange={(event) => set(name, event.target.value)}
      >
        <option value="">{t('consultation.choose')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.text}
          </option>
        ))}
      </select>
    ));
  const radios = (
    name: string,
    legend: string,
    choices: readonly { value: string; text: string }[],
    required: boolean,
  ) => (
    <fieldset
      key={name}
      className="yl-referral-form__field yl-referral-form__choices"
      aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
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
            id={index === 0 ? `${id}-${name}` : undefined}
            value={choice.value}
            checked={values[name] === choice.value}
            onChange={() => set(name, choice.value)}
          />
          {choice.text}
        </label>
      ))}
      <FieldError id={`${id}-${name}`} block="yl-referral-form">
        {messageOf(name)}
      </FieldError>
    </fieldset>
  );

  let fields: ReactNode;
  switch (command) {
    case 'schedule': {
      const chosen = (values.expertIds as string[]) ?? [];
      fields = (
        <>
          <fieldset
            className="yl-referral-form__field yl-referral-form__choices"
            aria-describedby={errors.expertIds ? `${id}-expertIds-error` : undefined}
          >
            <legend className="yl-referral-form__label">
              {t('consultation.field.experts')}
              <span aria-hidden="true"> *</span>
            </legend>
            {experts.status === 'loading' && <p role="status">{t('common.loading')}</p>}
            {experts.status === 'error' && <ProblemNotice error={experts.error} onRetry={experts.reload} />}
            {(experts.data ?? []).map((expert, index) => (
              <label key={expert.id} className="yl-referral-form__choice">
                <input
                  type="checkbox"
                  id={index === 0 ? `${id}-expertIds` : undefined}
                  checked={chosen.includes(expert.id)}
                  onChange={(event) =>
                    set(
                      'expertIds',
                      event.target.checked
                        ? [...chosen, expert.id]
                        : chosen.filter((other) => other !== expert.id),
                    )
                  }
                />
                {`${expert.name} · ${label('clinicianTitle', expert.title, locale)}`}
                {expert.specialties.length > 0 ? `（${expert.specialties.join('、')}）` : ''}
              </label>
            ))}
            <FieldError id={`${id}-expertIds`} block="yl-referral-form">
              {messageOf('expertIds')}
            </FieldError>
          </fieldset>
          {input('scheduledAt', t('consultation.field.scheduledAt'), true, { type: 'datetime-local' })}
          {input('durationMinutes', t('consultation.field.durationMinutes'), false, {
            type: 'number',
            min: 10,
            max: 480,
            step: 5,
            inputMode: 'numeric',
          })}
          {radios(
            'mode',
            t('consultation.field.mode'),
            labelValues('consultationMode').map((value) => ({
              value,
              text: label('consultationMode', value, locale),
            })),
            true,
          )}
          {values.mode === 'on_site'
            ? input('place', t('consultation.field.place'), true, { maxLength: 200 })
            : input('videoRoomUrl', t('consultation.field.joinUrl'), true, {
                type: 'url',
                inputMode: 'url',
                autoComplete: 'off',
                spellCheck: false,
                placeholder: 'https://',
                maxLength: 2000,
              })}
          {area('note', t('consultation.field.note'), false, 2000)}
        </>
      );
      break;
    }
    case 'decline':
      fields = (
        <>
          {select(
            'reasonCode',
            t('consultation.field.reasonCode'),
            labelValues('consultationDeclineReasonCode').map((value) => ({
              value,
              text: label('consultationDeclineReasonCode', value, locale),
            })),
          )}
          {area('reasonText', t('consultation.field.reasonText'), true, 2000)}
        </>
      );
      break;
    case 'cancel':
      fields = (
        <>
          {select(
            'reasonCode',
            t('consultation.field.reasonCode'),
            labelValues('consultationCancelReasonCode').map((value) => ({
              value,
              text: label('consultationCancelReasonCode', value, locale),
            })),
          )}
          {area('reasonText', t('consultation.field.reasonText'), values.reasonCode === 'other', 2000)}
        </>
      );
      break;
    case 'start_session':
      fields = area('note', t('consultation.field.note'), false, 2000);
      break;
    case 'submit_opinion':
      fields = (
        <>
          {area('findings', t('consultation.field.findings'), true)}
          {area('advice', t('consultation.field.advice'), true)}
          {input('diagnosisText', t('consultation.field.diagnosis'), false, { maxLength: 500 })}
          <label className="yl-referral-form__choice">
            <input
              type="checkbox"
              checked={values.recommendReferral === 'yes'}
              onChange={(event) => set('recommendReferral', event.target.checked ? 'yes' : '')}
            />
            {t('consultation.field.recommendReferral')}
          </label>
          <p className="yl-referral-form__hint">{t('consultation.field.sign')}</p>
        </>
      );
      break;
    case 'acknowledge':
      fields = (
        <>
          {area('note', t('consultation.field.ackNote'), false, 4000)}
          {radios(
            'rating',
            t('consultation.field.rating'),
            [
              { value: '', text: t('consultation.rating.none') },
              ...[1, 2, 3, 4, 5].map((n) => ({
                value: String(n),
                text: t('consultation.rating.stars', { n }),
              })),
            ],
            false,
          )}
          {area('ratingComment', t('consultation.field.comment'), false, 2000)}
        </>
      );
      break;
    default:
      fields = command satisfies never;
  }

  return (
    <form
      ref={formRef}
      className="yl-referral-tracker__form"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      {formErrors.length > 0 && (
        <div className="yl-notice" role="alert" tabIndex={-1}>
          {formErrors.map((issue) => (
            <p key={`${issue.pointer} ${issue.code}`} className="yl-notice__message">
              {formatFieldError(issue.code, locale, issue.params)}
            </p>
          ))}
        </div>
      )}
      {fields}
      <div ref={errorsRef} tabIndex={-1} className="yl-dialog__errors">
        {conflict ? (
          <div className="yl-notice yl-notice--conflict" role="alert">
            <p className="yl-notice__message">{conflictMessage(conflict, view, locale, t)}</p>
            <button type="button" className="yl-button" onClick={onReload}>
              {t('consultation.tracker.reload')}
            </button>
          </div>
        ) : (
          problem !== undefined && <ProblemNotice error={problem} />
        )}
      </div>
      {/* note: the only dismiss is the header's "关闭": a "取消" here would read like the cancel command */}
      <WidgetDialog.Footer>
        <SubmitButton pending={busy} disabled={conflict !== undefined}>
          {t(command === 'submit_opinion' ? 'consultation.action.sign' : 'common.confirm')}
        </SubmitButton>
      </WidgetDialog.Footer>
    </form>
  );
}

function conflictMessage(problem: Schemas['Problem'], view: ConsultationView, locale: Locale, t: Translate) {
  const by = problem.changedBy;
  const institution = view.institutions.find((candidate) => candidate.id === by?.institutionId);
  const institutionName =
    institution && (locale === 'en' ? (institution.name.en ?? institution.name.zh) : institution.name.zh);
  const who =
    by?.name && institutionName
      ? t('consultation.tracker.actor', { name: by.name, institution: institutionName })
      : (by?.name ?? institutionName ?? t('consultation.tracker.someone'));
  const time = problem.changedAt
    ? new Intl.DateTimeFormat(locale, {
        timeZone: 'Asia/Shanghai',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(problem.changedAt))
    : '';
  const status = problem.currentConsultationStatus
    ? label('consultationStatus', problem.currentConsultationStatus, locale)
    : '';
  return t('consultation.tracker.conflict', { who, time, status });
}
