import type { Locale } from '@yilian/domain';
import { maskIdNumber } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { forwardRef, useId, useMemo, useRef, useState } from 'react';
import { CONSULTATION_MESSAGES } from '../i18n/consultation.js';
import type { Translate } from '../i18n/messages.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type { HeadingLevel } from '../ReferralTracker/case-parts.js';
import { FieldItem, FieldList, Heading, below, cx, joined } from '../ReferralTracker/case-parts.js';
import { ConsultationActionDialog } from './ConsultationActionDialog.js';
import type { ConsultationView } from './useConsultation.js';
import { useConsultation } from './useConsultation.js';
import { withMessages } from '../internal/with-messages.js';
import { label } from '../i18n/domain.js';

type Consultation = Schemas['Consultation'];
type Command = Schemas['ConsultationCommand'];

/** Props of `ConsultationTracker`: which consultation, callbacks, and any attribute of its root `<section>`. */
export interface ConsultationTrackerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'onError'> {
  /** The consultation to follow. */
  consultationId: string;
  /** The level of the tracker's title (`2` for `<h2>`, the default); its sections are one level below. */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Called with the updated consultation after each command the user issued. */
  onTransition?: ((consultation: Consultation) => void) | undefined;
  /** Called with what a load or a command threw. */
  onError?: ((error: unknown) => void) | undefined;
  /** Reload when another party moves the consultation (the event stream); on by default. */
  live?: boolean | undefined;
}

/** Commands that end a consultation: offered, but never styled as the primary way forward. */
const SECONDARY_COMMANDS: ReadonlySet<Command> = new Set<Command>(['decline', 'cancel']);

function localized(name: Schemas['LocalizedName'], locale: Locale): string {
  return locale === 'en' ? (name.en ?? name.zh) : name.zh;
}

/** The display names of the ids a consultation carries; an id the directory does not know stays unnamed. */
export function consultationNames(view: ConsultationView, locale: Locale) {
  return {
    institution: (id: string | undefined) => {
      const found = view.institutions.find((candidate) => candidate.id === id);
      return found && localized(found.name, locale);
    },
    department: (id: string | undefined) => {
      const found = view.departments.find((candidate) => candidate.id === id);
      return found && localized(found.name, locale);
    },
    clinician: (id: string | undefined, withTitle = true) => {
      const found = view.clinicians.find((candidate) => candidate.id === id);
      if (!found) {
        return undefined;
      }
      if (!withTitle) {
        return found.name;
      }
      const title = label('clinicianTitle', found.title, locale);
      return locale === 'en' ? `${found.name} (${title})` : `${found.name}（${title}）`;
    },
  };
}

/** An instant as a Beijing-time date and time in the locale's order. */
function useInstantFormat(locale: Locale) {
  return useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: 'Asia/Shanghai',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    [locale],
  );
}

function TrackerSkeleton({ label: name }: { label: string }) {
  return (
    <div role="status" aria-label={name} className="yl-skeleton-group">
      <span className="yl-skeleton yl-skeleton--title" />
      <span className="yl-skeleton yl-skeleton--short" />
      <span className="yl-skeleton" />
      <span className="yl-skeleton" />
      <span className="yl-skeleton yl-skeleton--short" />
    </div>
  );
}

const ConsultationTrackerContent = forwardRef<HTMLElement, ConsultationTrackerProps>(
  function ConsultationTracker(props, ref) {
    const { consultationId, headingLevel = 2, onTransition, onError, live, className, ...rest } = props;
    const { locale } = useAlliance();
    const t = useMessages(CONSULTATION_MESSAGES);
    const view = useConsultation(consultationId, { live });
    const statusRef = useRef<HTMLParagraphElement | null>(null);
    const [announcement, setAnnouncement] = useState('');
    const format = useInstantFormat(locale);
    const headingId = useId();

    if (!view.data) {
      return (
        <section
          {...rest}
          ref={ref}
          className={cx('yl-widget yl-referral-tracker yl-consultation-tracker', className)}
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
    const { consultation } = data;
    const level = below(headingLevel);
    const names = consultationNames(data, locale);
    const instant = (value: string) => format.format(new Date(value));
    const labelledBy =
      rest['aria-label'] === undefined && rest['aria-labelledby'] === undefined
        ? headingId
        : rest['aria-labelledby'];
    const ended = consultation.declination ?? consultation.cancellation;

    return (
      <section
        {...rest}
        ref={ref}
        className={cx('yl-widget yl-referral-tracker yl-consultation-tracker', className)}
        aria-labelledby={labelledBy}
        aria-busy={view.status === 'loading' || undefined}
      >
        <header className="yl-referral-tracker__header">
          <Heading level={headingLevel} id={headingId} className="yl-referral-tracker__number">
            {t('consultation.tracker.label', { number: consultation.number })}
          </Heading>
          <p className="yl-referral-tracker__tags">
            <span
              className={cx(
                'yl-referral-tracker__tag',
                consultation.urgency !== 'routine' && 'yl-consultation-tracker__tag--urgent',
              )}
            >
              {label('consultationUrgency', consultation.urgency, locale)}
            </span>
            {(consultation.schedule?.mode ?? consultation.preferredMode) && (
              <span className="yl-referral-tracker__tag">
                {label(
                  'consultationMode',
                  (consultation.schedule?.mode ?? consultation.preferredMode)!,
                  locale,
                )}
              </span>
            )}
          </p>
          <p
            ref={statusRef}
            tabIndex={-1}
            className={`yl-referral-tracker__status yl-referral-tracker__status--${consultation.status}`}
          >
            {t('consultation.tracker.current', {
              status: label('consultationStatus', consultation.status, locale),
            })}
          </p>
          <p className="yl-referral-tracker__meta">{t('consultation.tracker.liability')}</p>
        </header>

        {ended && (
          <section className="yl-referral-tracker__returned" aria-labelledby={`${headingId}-ended`}>
            <Heading level={level} id={`${headingId}-ended`} className="yl-referral-tracker__heading">
              {label('consultationStatus', consultation.status, locale)}
            </Heading>
            <FieldList>
              <FieldItem term={t('consultation.tracker.ended')}>
                {consultation.declination
                  ? label(
                      'consultationDeclineReasonCode',
                      consultation.declination.code as Schemas['ConsultationDeclineReasonCode'],
                      locale,
                    )
                  : label(
                      'consultationCancelReasonCode',
                      ended.code as Schemas['ConsultationCancelReasonCode'],
                      locale,
                    )}
              </FieldItem>
              <FieldItem term={t('consultation.field.reasonText')} block>
                {ended.text && <p className="yl-referral-tracker__text">{ended.text}</p>}
              </FieldItem>
            </FieldList>
            <p className="yl-referral-tracker__meta">
              {joined(ended.by.name, names.institution(ended.by.institutionId), instant(ended.at))}
            </p>
          </section>
        )}

        <div className="yl-referral-tracker__case">
          <CaseSection view={data} t={t} locale={locale} level={level} names={names} instant={instant} />
          <ScheduleSection view={data} t={t} locale={locale} level={level} names={names} instant={instant} />
          <OpinionsSection view={data} t={t} level={level} names={names} instant={instant} />
        </div>

        <section className="yl-referral-tracker__progress">
          <Heading level={level} id={`${headingId}-timeline`} className="yl-referral-tracker__heading">
            {t('consultation.tracker.timeline')}
          </Heading>
          <ol className="yl-referral-tracker__timeline" aria-labelledby={`${headingId}-timeline`}>
            {data.timeline.map((event, index) => (
              <li
                key={event.id}
                className="yl-referral-tracker__step"
                aria-current={index === data.timeline.length - 1 ? 'step' : undefined}
              >
                <Heading level={below(level)} className="yl-referral-tracker__step-status">
                  {stepTitle(event, locale, t)}
                </Heading>
                <p className="yl-referral-tracker__step-meta">
                  {joined(
                    event.actor?.name ?? names.clinician(event.actor?.clinicianId, false),
                    names.institution(event.actor?.institutionId),
                  ) ?? t('consultation.tracker.someone')}{' '}
                  · <time dateTime={event.at}>{instant(event.at)}</time>
                </p>
              </li>
            ))}
          </ol>
        </section>

        <p className="yl-visually-hidden" role="status">
          {announcement}
        </p>

        {view.commands.length > 0 && (
          <div
            className="yl-referral-tracker__actions"
            role="group"
            aria-label={t('consultation.tracker.actions')}
          >
            {view.commands.map((command) => (
              <ConsultationActionDialog
                key={`${command}-${consultation.version}`}
                command={command}
                primary={!SECONDARY_COMMANDS.has(command)}
                view={data}
                transition={view.transition}
                onDone={(updated) => {
                  setAnnouncement(
                    t('consultation.tracker.done', {
                      status: label('consultationStatus', updated.status, locale),
                    }),
                  );
                  onTransition?.(updated);
                }}
                onError={onError}
                onReload={view.reload}
                statusRef={statusRef}
              />
            ))}
          </div>
        )}
      </section>
    );
  },
);

function stepTitle(event: Schemas['TimelineEvent'], locale: Locale, t: Translate): string {
  if (event.action === 'create') {
    return t('consultation.tracker.step.create');
  }
  if (event.action === 'submit_opinion') {
    return label('consultationCommand', 'submit_opinion', locale);
  }
  if (event.toStatus) {
    return label('consultationStatus', event.toStatus as Schemas['ConsultationStatus'], locale);
  }
  return event.action;
}

type Names = ReturnType<typeof consultationNames>;

interface SectionProps {
  view: ConsultationView;
  t: Translate;
  locale: Locale;
  level: HeadingLevel;
  names: Names;
  instant: (value: string) => string;
}

function Section({
  title,
  level,
  wide = false,
  children,
}: {
  title: string;
  level: HeadingLevel;
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      className={cx('yl-referral-tracker__section', wide && 'yl-referral-tracker__section--wide')}
      aria-labelledby={id}
    >
      <Heading level={level} id={id} className="yl-referral-tracker__heading">
        {title}
      </Heading>
      {children}
    </section>
  );
}

function CaseSection({ view, t, locale, level, names, instant }: SectionProps) {
  const { consultation } = view;
  const { patient } = consultation;
  // Masked in every view (PIPL): a tracker is read over shoulders; the full number is the form's business.
  const idNumber = patient.idNumberMasked ? patient.idNumber : maskIdNumber(patient.idNumber);
  const requestedExperts = consultation.requestedExpertIds
    .map((id) => names.clinician(id))
    .filter(Boolean)
    .join('、');
  return (
    <>
      <Section title={t('consultation.tracker.case')} level={level}>
        <FieldList>
          <FieldItem term={t('consultation.tracker.patient')}>
            {joined(patient.name, label('sex', patient.sex, locale), patient.birthDate)}
          </FieldItem>
          <FieldItem term={label('idType', patient.idType, locale)}>
            <span className="yl-referral-tracker__code">{idNumber}</span>
          </FieldItem>
          <FieldItem term={t('consultation.tracker.inviting')}>
            {joined(
              names.institution(consultation.invitingInstitutionId),
              names.department(consultation.invitingDepartmentId),
            )}
          </FieldItem>
          <FieldItem term={t('consultation.tracker.requestedBy')}>
            {names.clinician(consultation.invitingClinicianId)}
          </FieldItem>
          <FieldItem term={t('consultation.tracker.requestedAt')}>
            {instant(consultation.createdAt)}
          </FieldItem>
          <FieldItem term={t('consultation.tracker.invited')}>
            {joined(
              names.institution(consultation.invitedInstitutionId),
              names.department(consultation.requestedDepartmentId),
            )}
          </FieldItem>
          <FieldItem term={t('consultation.field.expert')}>{requestedExperts}</FieldItem>
          <FieldItem term={t('consultation.tracker.consent')}>
            {t('consultation.tracker.consentText', {
              method: t(
                consultation.consent.method === 'electronic_signature'
                  ? 'consultation.consent.method.electronic_signature'
                  : 'consultation.consent.method.written',
              ),
              time: instant(consultation.consent.grantedAt),
            })}
          </FieldItem>
        </FieldList>
      </Section>
      <Section title={t('consultation.form.case')} level={level}>
        <FieldList>
          <FieldItem term={t('consultation.field.diagnosis')}>
            {consultation.diagnosis && joined(consultation.diagnosis.code, consultation.diagnosis.text)}
          </FieldItem>
          <FieldItem term={t('consultation.field.question')} block>
            <p className="yl-referral-tracker__text">{consultation.question}</p>
          </FieldItem>
          <FieldItem term={t('consultation.field.caseSummary')} block>
            <p className="yl-referral-tracker__text">{consultation.caseSummary}</p>
          </FieldItem>
          <FieldItem term={t('consultation.tracker.attachments')} block>
            {consultation.attachments.length > 0 && (
              <ul className="yl-consultation-tracker__attachments">
                {consultation.attachments.map((attachment) => (
                  <li key={attachment.id}>
                    {attachment.kind === 'image_study' && attachment.studyUrl ? (
                      <>
                        {joined(attachment.modality, attachment.title)}{' '}
                        <a href={attachment.studyUrl} target="_blank" rel="noopener noreferrer">
                          {t('consultation.tracker.imageLink')}
                          <span className="yl-visually-hidden">{` ${attachment.title}`}</span>
                        </a>
                      </>
                    ) : (
                      <>
                        {attachment.title}
                        {attachment.hrMark && (
                          <span className="yl-consultation-tracker__mark">{attachment.hrMark}</span>
                        )}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </FieldItem>
        </FieldList>
      </Section>
    </>
  );
}

function ScheduleSection({ view, t, locale, level, names, instant }: SectionProps) {
  const { schedule } = view.consultation;
  return (
    <Section title={t('consultation.tracker.schedule')} level={level}>
      {schedule ? (
        <>
          <FieldList>
            <FieldItem term={t('consultation.tracker.time')}>
              <time dateTime={schedule.scheduledAt}>{instant(schedule.scheduledAt)}</time>
              {` · ${t('consultation.tracker.duration', { minutes: schedule.durationMinutes })}`}
            </FieldItem>
            <FieldItem term={t('consultation.field.mode')}>
              {label('consultationMode', schedule.mode, locale)}
            </FieldItem>
            <FieldItem term={t('consultation.tracker.place')}>{schedule.place}</FieldItem>
            <FieldItem term={t('consultation.tracker.experts')}>
              {schedule.expertIds
                .map((id) => names.clinician(id))
                .filter(Boolean)
                .join('、')}
            </FieldItem>
            <FieldItem term={t('consultation.field.note')} block>
              {schedule.note && <p className="yl-referral-tracker__text">{schedule.note}</p>}
            </FieldItem>
          </FieldList>
          {schedule.mode === 'video' && schedule.videoRoomUrl && (
            <p className="yl-consultation-tracker__join">
              <a
                className="yl-button yl-button--primary"
                href={schedule.videoRoomUrl}
                target="_blank"
                rel="noopener noreferrer"
                aria-describedby={`${view.consultation.id}-join-hint`}
              >
                {t('consultation.tracker.join')}
              </a>
              <span id={`${view.consultation.id}-join-hint`} className="yl-referral-tracker__meta">
                {t('consultation.tracker.joinHint')}
              </span>
            </p>
          )}
        </>
      ) : (
        <p className="yl-referral-tracker__meta">{t('consultation.tracker.notScheduled')}</p>
      )}
    </Section>
  );
}

function OpinionsSection({ view, t, level, names, instant }: Omit<SectionProps, 'locale'>) {
  const { consultation } = view;
  const opinionLevel = below(level);
  return (
    <Section title={t('consultation.tracker.opinions')} level={level} wide>
      {consultation.opinions.length === 0 && consultation.pendingExpertIds.length === 0 && (
        <p className="yl-referral-tracker__meta">{t('consultation.tracker.noOpinions')}</p>
      )}
      {consultation.opinions.map((opinion) => {
        const expert = opinion.expertName ?? names.clinician(opinion.expertClinicianId, false) ?? '';
        return (
          <article key={opinion.expertClinicianId} className="yl-consultation-tracker__opinion">
            <Heading level={opinionLevel} className="yl-referral-tracker__step-status">
              {names.clinician(opinion.expertClinicianId) ?? expert}
            </Heading>
            <FieldList>
              <FieldItem term={t('consultation.field.diagnosis')}>
                {opinion.diagnosis && joined(opinion.diagnosis.code, opinion.diagnosis.text)}
              </FieldItem>
              <FieldItem term={t('consultation.tracker.findings')} block>
                <p className="yl-referral-tracker__text">{opinion.findings}</p>
              </FieldItem>
              <FieldItem term={t('consultation.tracker.advice')} block>
                <p className="yl-referral-tracker__text">{opinion.advice}</p>
              </FieldItem>
              <FieldItem term={t('consultation.tracker.recommendReferral')}>
                {opinion.recommendReferral ? t('consultation.tracker.yes') : undefined}
              </FieldItem>
            </FieldList>
            <p className="yl-consultation-tracker__signature">
              {t('consultation.tracker.signed', { name: expert, time: instant(opinion.signedAt) })}
              <span className="yl-referral-tracker__meta">
                {` · ${opinion.signature.algorithm} ${opinion.signature.digest.slice(0, 12)}…`}
              </span>
            </p>
          </article>
        );
      })}
      {consultation.pendingExpertIds.length > 0 && (
        <ul className="yl-consultation-tracker__pending">
          {consultation.pendingExpertIds.map((id) => (
            <li key={id}>
              {t('consultation.tracker.awaitingOpinion', { name: names.clinician(id, false) ?? '' })}
            </li>
          ))}
        </ul>
      )}
      {consultation.acknowledgement && (
        <div className="yl-consultation-tracker__ack">
          <Heading level={opinionLevel} className="yl-referral-tracker__step-status">
            {t('consultation.tracker.acknowledgement')}
          </Heading>
          <p>
            {t('consultation.tracker.acknowledged', {
              name:
                consultation.acknowledgement.by.name ??
                names.clinician(consultation.acknowledgement.by.clinicianId, false) ??
                '',
              time: instant(consultation.acknowledgement.at),
            })}
          </p>
          <FieldList>
            <FieldItem term={t('consultation.field.rating')}>
              {consultation.acknowledgement.rating !== undefined &&
                t('consultation.tracker.rating', { rating: consultation.acknowledgement.rating })}
            </FieldItem>
            <FieldItem term={t('consultation.field.note')} block>
              {consultation.acknowledgement.note && (
                <p className="yl-referral-tracker__text">{consultation.acknowledgement.note}</p>
              )}
            </FieldItem>
            <FieldItem term={t('consultation.field.comment')} block>
              {consultation.acknowledgement.ratingComment && (
                <p className="yl-referral-tracker__text">{consultation.acknowledgement.ratingComment}</p>
              )}
            </FieldItem>
          </FieldList>
        </div>
      )}
    </Section>
  );
}

/**
 * One remote consultation as both sides work it: the case (patient with the ID number masked, the question, the
 * summary, results with their recognition mark and image-study links, the written consent), the schedule with its
 * time in Beijing time and the video room's join link (or the on-site place), each expert's signed opinion (several
 * for an MDT, with who has yet to sign), the inviting side's acknowledgement and rating, the reason a consultation
 * ended, the timeline, and the commands the viewer may issue now (domain `allowedConsultationCommands`), each in a
 * small dialog. If someone else acted first, the 412 conflict is explained in words with a reload button.
 * @example <ConsultationTracker consultationId="con_01JD…" onTransition={() => refreshList()} />
 */
export const ConsultationTracker = withMessages(ConsultationTrackerContent, CONSULTATION_MESSAGES);
