import type { Locale } from '@yilian/domain';
import { mayActOnReferrals, shanghaiDate, toShanghaiIso, validateReferralTransition } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { isAllianceError } from '@yilian/sdk';
import type { ComponentPropsWithoutRef, FormEvent, RefObject } from 'react';
import { forwardRef, useId, useMemo, useRef, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import type { MessageKey, Translate } from '../i18n/messages.js';
import { Field, fieldControlProps } from '../internal/Field.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { WidgetDialog, useRevealError } from '../internal/WidgetDialog.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type { ReferralView } from './useReferral.js';
import { useReferral } from './useReferral.js';
import { combineMessages } from '../i18n/define.js';
import { RECOGNITION_MESSAGES } from '../i18n/recognition.js';
import { REFERRAL_MESSAGES } from '../i18n/referral.js';
import { REFERRAL_TRACKER_MESSAGES } from '../i18n/referral-tracker.js';
import type { CaseContext, HeadingLevel } from './case-parts.js';
import { FieldItem, FieldList, Heading, below, cx, namesOf } from './case-parts.js';
import { CaseView } from './case-sections.js';
import type { DownReferralPrefill } from './down-referral.js';
import { canStartDownReferral, downReferralPrefill } from './down-referral.js';
import { STEP_TITLES, StepDetails } from './step-details.js';
import { withMessages } from '../internal/with-messages.js';
import { formatFieldError, label, labelValues } from '../i18n/domain.js';

type Referral = Schemas['Referral'];
type Command = Schemas['ReferralCommand'];
type Transition = Schemas['ReferralTransition'];

/** The tracker speaks the referral strings (status, commands) and its own case strings. */
const TRACKER_AREA = combineMessages(REFERRAL_MESSAGES, REFERRAL_TRACKER_MESSAGES);

/** Props of `ReferralTracker`: which referral, callbacks, and any attribute of its root `<section>`. */
export interface ReferralTrackerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'onError'> {
  /** The referral to follow. */
  referralId: string;
  /**
   * The level of the tracker's title (`2` for `<h2>`, the default); its sections are one level below, the steps of
   * the timeline two. Set it to fit the page the tracker sits in.
   */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Called with the updated referral after each command the user issued. */
  onTransition?: ((referral: Referral) => void) | undefined;
  /** Called with what a load or a command threw. */
  onError?: ((error: unknown) => void) | undefined;
  /**
   * Offered on a reported up-referral to its receiving side: called with a down-referral pre-filled from it
   * (patient, the report's diagnosis and discharge summary) for your referral form. Without it, no such action.
   */
  onStartDownReferral?: ((prefill: DownReferralPrefill) => void) | undefined;
}

/** Commands that end or set back a referral: offered, but never styled as the primary way forward. */
const SECONDARY_COMMANDS: ReadonlySet<Command> = new Set<Command>([
  'cancel',
  'reject',
  'return_for_info',
  'mark_no_show',
]);

function nameOf(
  institutions: readonly Schemas['Institution'][],
  id: string | undefined,
  locale: Locale,
): string | undefined {
  const institution = institutions.find((candidate) => candidate.id === id);
  if (!institution) {
    return undefined;
  }
  return locale === 'en' ? (institution.name.en ?? institution.name.zh) : institution.name.zh;
}

function useDateTimeFormat(locale: Locale, withDate: boolean) {
  return useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: 'Asia/Shanghai',
        ...(withDate ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {}),
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    [locale, withDate],
  );
}

function useDayFormat(locale: Locale) {
  return useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
    [locale],
  );
}

/** Shaped like the case it stands for, so the page does not jump when it arrives. */
function TrackerSkeleton({ label: name }: { label: string }) {
  return (
    <div role="status" aria-label={name} className="yl-skeleton-group yl-referral-tracker__skeleton">
      <span className="yl-skeleton yl-skeleton--title" />
      <span className="yl-skeleton yl-skeleton--short" />
      <span className="yl-referral-tracker__skeleton-case">
        {[0, 1].map((block) => (
          <span key={block} className="yl-skeleton-group">
            <span className="yl-skeleton yl-skeleton--short" />
            <span className="yl-skeleton" />
            <span className="yl-skeleton" />
            <span className="yl-skeleton" />
          </span>
        ))}
      </span>
      <span className="yl-skeleton yl-skeleton--short" />
      <span className="yl-skeleton" />
      <span className="yl-skeleton" />
    </div>
  );
}

const ReferralTrackerContent = forwardRef<HTMLElement, ReferralTrackerProps>(
  function ReferralTracker(props, ref) {
    const {
      referralId,
      headingLevel = 2,
      onTransition,
      onError,
      onStartDownReferral,
      className,
      ...rest
    } = props;
    const { locale, now } = useAlliance();
    const t = useMessages(TRACKER_AREA);
    const view = useReferral(referralId);
    const statusRef = useRef<HTMLParagraphElement | null>(null);
    const [announcement, setAnnouncement] = useState('');
    const format = useDateTimeFormat(locale, true);
    const timeFormat = useDateTimeFormat(locale, false);
    const dayFormat = useDayFormat(locale);
    const headingId = useId();

    if (!view.data) {
      return (
        <section
          {...rest}
          ref={ref}
          className={cx('yl-widget yl-referral-tracker', className)}
          aria-busy={view.status === 'loading'}
        >
          {view.status === 'error' ? (
            <ProblemNotice error={view.error} onRetry={view.reload} />
          ) : (
            <TrackerSkeleton label={t('common.loading')} />
          )}
        </section>
      );
    }
    const data = view.data;
    const { referral, timeline, me } = data;
    const terminalOrIdle = view.commands.length === 0;
    const canAct = mayActOnReferrals(me.role);
    const sectionLevel = below(headingLevel);
    const context: CaseContext = {
      view: data,
      locale,
      t,
      level: sectionLevel,
      names: namesOf(data, locale),
      instant: (value) => format.format(new Date(value)),
      day: (value) => dayFormat.format(new Date(`${value}T12:00:00+08:00`)),
      now: now(),
    };
    // A page that shows two trackers of one referral names each itself (`aria-label`): landmarks need unique names.
    const labelledBy =
      rest['aria-label'] === undefined && rest['aria-labelledby'] === undefined
        ? headingId
        : rest['aria-labelledby'];
    const downReferral =
      onStartDownReferral !== undefined && canStartDownReferral(data) ? onStartDownReferral : undefined;

    return (
      <section
        {...rest}
        ref={ref}
        className={cx('yl-widget yl-referral-tracker', className)}
        aria-labelledby={labelledBy}
        aria-busy={view.status === 'loading' || undefined}
      >
        <header className="yl-referral-tracker__header">
          <Heading level={headingLevel} id={headingId} className="yl-referral-tracker__number">
            {t('referral.tracker.label', { number: referral.number })}
          </Heading>
          <p className="yl-referral-tracker__tags">
            <span className="yl-referral-tracker__tag">
              {label('referralDirection', referral.direction, locale)}
            </span>
            <span
              className={cx(
                'yl-referral-tracker__tag',
                referral.urgency === 'green_channel' && 'yl-referral-tracker__tag--green',
              )}
            >
              {label('referralUrgency', referral.urgency, locale)}
              {referral.greenChannelCategory
                ? ` · ${label('greenChannelCategory', referral.greenChannelCategory, locale)}`
                : ''}
            </span>
          </p>
          <p
            ref={statusRef}
            tabIndex={-1}
            className={`yl-referral-tracker__status yl-referral-tracker__status--${referral.status}`}
          >
            {t('referral.tracker.current', { status: label('referralStatus', referral.status, locale) })}
          </p>
          {referral.overdue && (
            // Text, not the colour of a tag: the one thing a coordinator scanning the page must not miss.
            <p role="alert" className="yl-referral-tracker__alert">
              {referral.escalatedAt
                ? t('tracker.overdue', { time: timeFormat.format(new Date(referral.escalatedAt)) })
                : t('tracker.overdueUntimed')}
            </p>
          )}
          {referral.status === 'submitted' && referral.answerDueAt && (
            <p className="yl-referral-tracker__meta">
              {t('referral.tracker.answerDue', { time: format.format(new Date(referral.answerDueAt)) })}
            </p>
          )}
        </header>

        {referral.status === 'returned' && referral.returnForInfo && (
          <ReturnedNotice
            record={referral.returnForInfo}
            sender={me.institutionId === referral.sendingInstitutionId}
            institutions={data.institutions}
            clinicians={data.clinicians}
            at={format.format(new Date(referral.returnForInfo.at))}
            level={sectionLevel}
          />
        )}

        <CaseView {...context} />

        <section className="yl-referral-tracker__progress">
          <Heading level={sectionLevel} id={`${headingId}-timeline`} className="yl-referral-tracker__heading">
            {t('referral.tracker.timeline')}
          </Heading>
          <ol className="yl-referral-tracker__timeline" aria-labelledby={`${headingId}-timeline`}>
            {timeline.map((event, index) => {
              const status = event.toStatus as Schemas['ReferralStatus'] | undefined;
              const institution = event.actor
                ? nameOf(data.institutions, event.actor.institutionId, locale)
                : undefined;
              const who = event.actor
                ? [event.actor.name, institution].filter(Boolean).join(' · ')
                : t('referral.tracker.system');
              return (
                <li
                  key={event.id}
                  className={cx(
                    'yl-referral-tracker__step',
                    status && `yl-referral-tracker__step--${status}`,
                  )}
                  aria-current={index === timeline.length - 1 ? 'step' : undefined}
                >
                  <Heading level={below(sectionLevel)} className="yl-referral-tracker__step-status">
                    {STEP_TITLES[event.action]
                      ? t(STEP_TITLES[event.action]!)
                      : status
                        ? label('referralStatus', status, locale)
                        : event.action}
                  </Heading>
                  <p className="yl-referral-tracker__step-meta">
                    {who} · <time dateTime={event.at}>{format.format(new Date(event.at))}</time>
                  </p>
                  <StepDetails {...context} level={below(sectionLevel)} event={event} />
                </li>
              );
            })}
          </ol>
        </section>

        <p className="yl-visually-hidden" role="status">
          {announcement}
        </p>

        {(view.commands.length > 0 || downReferral) && (
          <div
            className="yl-referral-tracker__actions"
            role="group"
            aria-label={t('referral.tracker.actions')}
          >
            {view.commands.map((command) => (
              <ActionDialog
                key={`${command}-${referral.version}`}
                command={command}
                view={data}
                transition={view.transition}
                onDone={(updated) => {
                  setAnnouncement(
                    t('referral.tracker.done', { status: label('referralStatus', updated.status, locale) }),
                  );
                  onTransition?.(updated);
                }}
                onError={onError}
                onReload={view.reload}
                statusRef={statusRef}
              />
            ))}
            {downReferral && (
              <button
                type="button"
                className={cx('yl-button', view.commands.length === 0 && 'yl-button--primary')}
                onClick={() => downReferral(downReferralPrefill(data))}
              >
                {t('tracker.downReferral.start')}
              </button>
            )}
          </div>
        )}
        {terminalOrIdle && !canAct && (
          <p className="yl-referral-tracker__meta">{t('referral.tracker.readOnly')}</p>
        )}
      </section>
    );
  },
);

/**
 * What the receiver asked for, above the case while the referral waits for it: the sender has to act on it, the
 * receiver sees what they asked.
 */
function ReturnedNotice({
  record,
  sender,
  institutions,
  clinicians,
  at,
  level,
}: {
  record: Schemas['ReturnRecord'];
  sender: boolean;
  institutions: readonly Schemas['Institution'][];
  clinicians: readonly Schemas['Clinician'][];
  at: string;
  level: HeadingLevel;
}) {
  const { locale } = useAlliance();
  const t = useMessages(TRACKER_AREA);
  const headingId = useId();
  const name = record.by.name ?? clinicians.find((candidate) => candidate.id === record.by.clinicianId)?.name;
  const who = [name, nameOf(institutions, record.by.institutionId, locale)].filter(Boolean).join(' · ');
  return (
    <section className="yl-referral-tracker__returned" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} className="yl-referral-tracker__heading">
        {t('tracker.returned.title')}
      </Heading>
      <p className="yl-referral-tracker__meta">
        {t('tracker.returned.by', { who: who || t('referral.tracker.someone'), time: at })}
      </p>
      <FieldList>
        <FieldItem term={t('referral.action.returnNote')} block>
          <p className="yl-referral-tracker__returned-note">{record.note}</p>
        </FieldItem>
      </FieldList>
      <p className="yl-referral-tracker__hint">
        {sender ? t('tracker.returned.sender') : t('tracker.returned.receiver')}
      </p>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// One command's dialog

type FieldKind = 'select' | 'text' | 'textarea' | 'datetime' | 'radio';
interface FieldSpec {
  name: string;
  pointer: string;
  label: MessageKey;
  kind: FieldKind;
  required: boolean;
  options?: { value: string; label: string }[];
}

function localInput(date: Date): string {
  // `YYYY-MM-DDTHH:mm` in Shanghai time, the value a datetime-local input shows.
  return toShanghaiIso(date).slice(0, 16);
}

function fromLocalInput(value: string): string {
  return value === '' ? '' : `${value}:00+08:00`;
}

interface ActionDialogProps {
  command: Command;
  view: ReferralView;
  transition: (body: Transition, options?: { idempotencyKey?: string }) => Promise<Referral>;
  onDone: (referral: Referral) => void;
  onError: ((error: unknown) => void) | undefined;
  onReload: () => void;
  statusRef: RefObject<HTMLParagraphElement | null>;
}

function ActionDialog({
  command,
  view,
  transition,
  onDone,
  onError,
  onReload,
  statusRef,
}: ActionDialogProps) {
  const { locale } = useAlliance();
  const t = useMessages(TRACKER_AREA);
  const [open, setOpen] = useState(false);
  const moveFocusToStatus = useRef(false);
  const commandLabel = label('referralCommand', command, locale);
  return (
    <WidgetDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <button
          type="button"
          className={cx('yl-button', !SECONDARY_COMMANDS.has(command) && 'yl-button--primary')}
        >
          {commandLabel}
        </button>
      }
      overlayClassName="yl-dialog-overlay"
      className="yl-dialog yl-referral-tracker__dialog"
      onCloseAutoFocus={(event) => {
        // The trigger disappears once the status changes; the new status is where the user continues.
        if (moveFocusToStatus.current) {
          event.preventDefault();
          statusRef.current?.focus();
        }
      }}
    >
      <WidgetDialog.Header closeLabel={t('common.close')}>{commandLabel}</WidgetDialog.Header>
      <WidgetDialog.Description className="yl-dialog__description">
        {t('referral.tracker.confirm', { number: view.referral.number, command: commandLabel })}
      </WidgetDialog.Description>
      <ActionForm
        command={command}
        view={view}
        transition={transition}
        onDone={(referral) => {
          moveFocusToStatus.current = true;
          setOpen(false);
          onDone(referral);
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

function ActionForm({
  command,
  view,
  transition,
  onDone,
  onError,
  onReload,
}: Omit<ActionDialogProps, 'statusRef'>) {
  const { client, locale, now } = useAlliance();
  const t = useMessages(TRACKER_AREA);
  const { referral, me, institutions } = view;
  const id = useId();
  const formRef = useRef<HTMLFormElement | null>(null);
  // One key per command body: confirming the same command again after a failure replays it.
  const write = useIdempotentMutation((body: Transition, { idempotencyKey }) =>
    transition(body, { idempotencyKey }),
  );
  const busy = write.isPending;
  // Field messages (422) go next to their fields; anything else is the problem to show.
  const problem: unknown =
    write.status === 'error' &&
    !(isAllianceError(write.error) && write.error.status === 422 && write.error.errors.length > 0)
      ? write.error
      : undefined;
  const [errors, setErrors] = useState<Record<string, Schemas['FieldErrorCode']>>({});
  const [formErrors, setFormErrors] = useState<Schemas['FieldErrorCode'][]>([]);
  const receivingId = referral.receivingInstitutionId;

  const options = useAsync(
    async (signal) => {
      if (command !== 'accept') {
        return { departments: [], clinicians: [] };
      }
      const [departments, clinicians] = await Promise.all([
        client.institutions.departments(receivingId, { signal }),
        client.clinicians.list({ institutionId: receivingId }, { signal }).toArray(200),
      ]);
      return { departments: departments.items, clinicians };
    },
    [client, command, receivingId],
  );

  const [values, setValues] = useState<Record<string, string>>((): Record<string, string> => {
    const at = now();
    switch (command) {
      case 'accept':
        return {
          departmentId: referral.receivingDepartmentId ?? '',
          clinicianId: referral.receivingClinicianId ?? '',
          timing: 'exact',
          scheduledAt: localInput(new Date(at.getTime() + 2 * 3_600_000)),
          // An admission window as wards give it: from later today to eight days on.
          windowFrom: localInput(new Date(at.getTime() + 2 * 3_600_000)),
          windowTo: localInput(new Date(at.getTime() + 8 * 24 * 3_600_000)),
          bed: '',
        };
      case 'record_arrival':
        return { arrivedAt: localInput(at) };
      default:
        return {};
    }
  });

  const name = (value: Schemas['LocalizedName']) => (locale === 'en' ? (value.en ?? value.zh) : value.zh);
  const fields: FieldSpec[] = (() => {
    switch (command) {
      case 'accept':
        return [
          {
            name: 'departmentId',
            pointer: '/appointment/departmentId',
            label: 'referral.action.department',
            kind: 'select',
            required: true,
            options: (options.data?.departments ?? []).map((d) => ({ value: d.id, label: name(d.name) })),
          },
          {
            name: 'clinicianId',
            pointer: '/appointment/clinicianId',
            label: 'referral.action.clinician',
            kind: 'select',
            required: false,
            options: (options.data?.clinicians ?? [])
              .filter(
                (c) => !values.departmentId || !c.departmentId || c.departmentId === values.departmentId,
              )
              .map((c) => ({
                value: c.id,
                label: `${c.name} · ${label('clinicianTitle', c.title, locale)}`,
              })),
          },
          {
            name: 'timing',
            pointer: '/appointment/timing',
            label: 'tracker.accept.mode',
            kind: 'radio',
            required: true,
            options: [
              { value: 'exact', label: t('tracker.accept.exact') },
              { value: 'window', label: t('tracker.accept.window') },
            ],
          },
          ...(values.timing === 'window'
            ? [
                {
                  name: 'windowFrom',
                  pointer: '/appointment/window/from',
                  label: 'tracker.accept.windowFrom',
                  kind: 'datetime',
                  required: true,
                } satisfies FieldSpec,
                {
                  name: 'windowTo',
                  pointer: '/appointment/window/to',
                  label: 'tracker.accept.windowTo',
                  kind: 'datetime',
                  required: true,
                } satisfies FieldSpec,
              ]
            : [
                {
                  name: 'scheduledAt',
                  pointer: '/appointment/scheduledAt',
                  label: 'referral.action.scheduledAt',
                  kind: 'datetime',
                  required: true,
                } satisfies FieldSpec,
              ]),
          {
            name: 'bed',
            pointer: '/appointment/bed',
            label: 'referral.action.bed',
            kind: 'text',
            required: false,
          },
        ];
      case 'reject':
        return [
          {
            name: 'reasonCode',
            pointer: '/reasonCode',
            label: 'referral.action.reasonCode',
            kind: 'select',
            required: true,
            options: labelValues('rejectReasonCode').map((code) => ({
              value: code,
              label: label('rejectReasonCode', code, locale),
            })),
          },
          {
            name: 'reasonText',
            pointer: '/reasonText',
            label: 'referral.action.reasonText',
            kind: 'textarea',
            required: true,
          },
          ...(referral.urgency === 'green_channel'
            ? [
                {
                  name: 'alternativeInstitutionId',
                  pointer: '/alternativeInstitutionId',
                  label: 'referral.action.alternativeInstitution',
                  kind: 'select',
                  required: true,
                  options: institutions
                    .filter((i) => i.id !== me.institutionId && i.id !== referral.sendingInstitutionId)
                    .map((i) => ({ value: i.id, label: name(i.name) })),
                } satisfies FieldSpec,
              ]
            : []),
        ];
      case 'cancel':
        return [
          {
            name: 'reasonCode',
            pointer: '/reasonCode',
            label: 'referral.action.reasonCode',
            kind: 'select',
            required: true,
            options: labelValues('cancelReasonCode').map((code) => ({
              value: code,
              label: label('cancelReasonCode', code, locale),
            })),
          },
          {
            name: 'reasonText',
            pointer: '/reasonText',
            label: 'referral.action.reasonText',
            kind: 'textarea',
            required: values.reasonCode === 'other',
          },
        ];
      case 'record_arrival':
        return [
          {
            name: 'arrivedAt',
            pointer: '/arrivedAt',
            label: 'referral.action.arrivedAt',
            kind: 'datetime',
            required: true,
          },
        ];
      case 'start_treatment':
        return [
          {
            name: 'setting',
            pointer: '/setting',
            label: 'referral.action.setting',
            kind: 'select',
            required: false,
            options: [
              { value: 'outpatient', label: t('referral.action.outpatient') },
              { value: 'inpatient', label: t('referral.action.inpatient') },
            ],
          },
        ];
      case 'report':
        return [
          {
            name: 'diagnosisCode',
            pointer: '/report/diagnosis/code',
            label: 'referral.action.diagnosisCode',
            kind: 'text',
            required: false,
          },
          {
            name: 'diagnosisText',
            pointer: '/report/diagnosis',
            label: 'referral.action.diagnosisText',
            kind: 'text',
            required: true,
          },
          {
            name: 'treatment',
            pointer: '/report/treatment',
            label: 'referral.action.treatment',
            kind: 'textarea',
            required: true,
          },
          {
            name: 'advice',
            pointer: '/report/advice',
            label: 'referral.action.advice',
            kind: 'textarea',
            required: true,
          },
        ];
      case 'close':
        return [
          { name: 'note', pointer: '/note', label: 'referral.action.note', kind: 'textarea', required: true },
        ];
      case 'return_for_info':
        return [
          {
            name: 'note',
            pointer: '/note',
            label: 'referral.action.returnNote',
            kind: 'textarea',
            required: true,
          },
        ];
      case 'resubmit':
        return [
          {
            name: 'note',
            pointer: '/note',
            label: 'referral.action.resubmitNote',
            kind: 'textarea',
            required: false,
          },
        ];
      case 'submit':
      case 'mark_no_show':
        return [];
      default:
        return command satisfies never;
    }
  })();

  const v = (field: string) => (values[field] ?? '').trim();
  const optional = (key: string, value: string) => (value === '' ? {} : { [key]: value });
  const body = ((): Transition => {
    switch (command) {
      case 'accept':
        return {
          command,
          appointment: {
            departmentId: v('departmentId'),
            // One of the two, never both (`appointment_time_or_window`); an empty one is left out so the rule,
            // not a format error, explains what is missing.
            ...(v('timing') === 'window'
              ? v('windowFrom') === '' && v('windowTo') === ''
                ? {}
                : { window: { from: fromLocalInput(v('windowFrom')), to: fromLocalInput(v('windowTo')) } }
              : optional('scheduledAt', fromLocalInput(v('scheduledAt')))),
            ...optional('clinicianId', v('clinicianId')),
            ...optional('bed', v('bed')),
          },
        };
      case 'reject':
        return {
          command,
          reasonCode: v('reasonCode') as Schemas['RejectReasonCode'],
          reasonText: v('reasonText'),
          ...optional('alternativeInstitutionId', v('alternativeInstitutionId')),
        };
      case 'cancel':
        return {
          command,
          reasonCode: v('reasonCode') as Schemas['CancelReasonCode'],
          ...optional('reasonText', v('reasonText')),
        };
      case 'record_arrival':
        return { command, arrivedAt: fromLocalInput(v('arrivedAt')) };
      case 'start_treatment':
        return {
          command,
          ...(v('setting') === '' ? {} : { setting: v('setting') as 'outpatient' | 'inpatient' }),
        };
      case 'report':
        return {
          command,
          report: {
            diagnosis: { text: v('diagnosisText'), ...optional('code', v('diagnosisCode')) },
            treatment: v('treatment'),
            advice: v('advice'),
          },
        };
      case 'close':
      case 'return_for_info':
        return { command, note: v('note') };
      case 'resubmit':
        return { command, ...optional('note', v('note')) };
      case 'submit':
      case 'mark_no_show':
        return { command };
      default:
        return command satisfies never;
    }
  })();

  const fieldOf = (pointer: string) =>
    fields.find((f) => pointer === f.pointer || pointer.startsWith(`${f.pointer}/`))?.name;
  const showIssues = (issues: readonly { pointer: string; code: Schemas['FieldErrorCode'] }[]) => {
    const byField: Record<string, Schemas['FieldErrorCode']> = {};
    const rest: Schemas['FieldErrorCode'][] = [];
    for (const issue of issues) {
      // `/appointment` as a whole is missing when its department is.
      const field =
        fieldOf(issue.pointer) ??
        (issue.pointer === '/appointment'
          ? 'departmentId'
          : issue.pointer === '/appointment/window' || issue.pointer === '/appointment/scheduledAt'
            ? // the rule of one time or one window, said at the field the chosen kind shows
              v('timing') === 'window'
              ? 'windowFrom'
              : 'scheduledAt'
            : issue.pointer === '/report'
              ? 'diagnosisText'
              : undefined);
      if (field === undefined) {
        rest.push(issue.code);
      } else {
        byField[field] ??= issue.code;
      }
    }
    setErrors(byField);
    setFormErrors(rest);
    const first = fields.find((f) => byField[f.name] !== undefined);
    // note: after the messages render, so the field is read with its message
    requestAnimationFrame(() => {
      const target = first
        ? formRef.current?.querySelector<HTMLElement>(`[id="${id}-${first.name}"]`)
        : formRef.current?.querySelector<HTMLElement>('[role="alert"]');
      target?.focus();
    });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const issues = validateReferralTransition(body, referral, { now: now() });
    if (issues.length > 0) {
      showIssues(issues);
      return;
    }
    setErrors({});
    setFormErrors([]);
    try {
      const updated = await write.mutate(body);
      onDone(updated);
    } catch (error) {
      if (isAllianceError(error) && error.status === 422 && error.errors.length > 0) {
        showIssues(error.errors);
      }
      onError?.(error);
    }
  };

  const conflict = isAllianceError(problem, 'version_conflict') ? problem.problem : undefined;
  const errorsRef = useRevealError(problem);

  return (
    <form
      ref={formRef}
      className="yl-referral-tracker__form"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      {formErrors.length > 0 && (
        <div className="yl-notice" role="alert" tabIndex={-1}>
          {formErrors.map((code) => (
            <p key={code} className="yl-notice__message">
              {formatFieldError(code, locale)}
            </p>
          ))}
        </div>
      )}
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const error = errors[field.name];
        if (field.kind === 'radio') {
          return (
            <fieldset key={field.name} className="yl-referral-tracker__choice">
              <legend className="yl-referral-form__label">{t(field.label)}</legend>
              {(field.options ?? []).map((option) => (
                <label key={option.value} className="yl-referral-tracker__choice-option">
                  <input
                    type="radio"
                    name={`${id}-${field.name}`}
                    value={option.value}
                    checked={values[field.name] === option.value}
                    onChange={() => {
                      setValues((previous) => ({ ...previous, [field.name]: option.value }));
                      setErrors({});
                      setFormErrors([]);
                    }}
                  />{' '}
                  {option.label}
                </label>
              ))}
            </fieldset>
          );
        }
        const common = {
          ...fieldControlProps(fieldId, { error }),
          name: field.name,
          className: 'yl-referral-form__input',
          value: values[field.name] ?? '',
          'aria-required': field.required || undefined,
          onChange: (event: { target: { value: string } }) => {
            const value = event.target.value;
            setValues((previous) => ({ ...previous, [field.name]: value }));
            setErrors((previous) => {
              const { [field.name]: _removed, ...others } = previous;
              return others;
            });
          },
        };
        return (
          <Field
            key={field.name}
            id={fieldId}
            block="yl-referral-form"
            label={t(field.label)}
            marker={field.required ? 'required' : 'optional'}
            error={error && formatFieldError(error, locale)}
          >
            {field.kind === 'select' ? (
              <select {...common}>
                <option value="">{t('referral.choose')}</option>
                {(field.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : field.kind === 'textarea' ? (
              <textarea {...common} rows={3} />
            ) : (
              <input {...common} type={field.kind === 'datetime' ? 'datetime-local' : 'text'} />
            )}
          </Field>
        );
      })}
      {options.status === 'error' && <ProblemNotice error={options.error} onRetry={options.reload} />}
      <div ref={errorsRef} tabIndex={-1} className="yl-dialog__errors">
        {conflict ? (
          <div className="yl-notice yl-notice--conflict" role="alert">
            <p className="yl-notice__message">{conflictMessage(conflict, institutions, locale, t, now())}</p>
            <button type="button" className="yl-button" onClick={onReload}>
              {t('referral.tracker.reload')}
            </button>
          </div>
        ) : (
          problem !== undefined && <ProblemNotice error={problem} />
        )}
      </div>
      {/* note: the only dismiss is the header's "关闭": a "取消" here would read like the 取消转诊 command */}
      <WidgetDialog.Footer>
        <SubmitButton pending={busy} disabled={conflict !== undefined}>
          {t('common.confirm')}
        </SubmitButton>
      </WidgetDialog.Footer>
    </form>
  );
}

function conflictMessage(
  problem: Schemas['Problem'],
  institutions: readonly Schemas['Institution'][],
  locale: Locale,
  t: Translate,
  now: Date,
): string {
  const by = problem.changedBy;
  const institution = nameOf(institutions, by?.institutionId, locale);
  const who =
    by?.name && institution
      ? t('referral.tracker.actor', { name: by.name, institution })
      : (by?.name ?? institution ?? t('referral.tracker.someone'));
  let time = '';
  if (problem.changedAt) {
    const at = new Date(problem.changedAt);
    const sameDay = shanghaiDate(at) === shanghaiDate(now);
    time = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      ...(sameDay ? {} : { month: '2-digit', day: '2-digit' }),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(at);
  }
  const status = problem.currentStatus ? label('referralStatus', problem.currentStatus, locale) : '';
  return t('referral.tracker.conflict', { who, time, status });
}

/**
 * One referral as both sides work it: the case at the top (patient, masked by the viewer's role; routing;
 * diagnosis, reason and history; the down-referral's rehabilitation plan; attachments with their recognition
 * mark), then every step of the loop with who did it, when (Beijing time) and what (the appointment, the report
 * back with its discharge summary, the closing note, a rejection's reason), and the commands the viewer may issue
 * now, each in a small dialog; a version conflict (someone else acted first) is explained with a reload button.
 * @example <ReferralTracker referralId="ref_01JD…" onTransition={(referral) => refreshList()} />
 */
export const ReferralTracker = withMessages(
  ReferralTrackerContent,
  combineMessages(TRACKER_AREA, RECOGNITION_MESSAGES),
);
