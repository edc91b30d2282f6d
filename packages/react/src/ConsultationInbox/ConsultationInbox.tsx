import type { Locale } from '@yilian/domain';
import { CONSULTATION_STATUS_GROUPS, maskName } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { forwardRef, useId, useMemo } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { CONSULTATION_MESSAGES } from '../i18n/consultation.js';
import { QueueList } from '../internal/QueueList.js';
import { Tabs } from '../internal/Tabs.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type {
  ConsultationInboxSide,
  ConsultationInboxTab,
  UseConsultationInboxOptions,
} from './useConsultationInbox.js';
import { useConsultationInbox } from './useConsultationInbox.js';
import { withMessages } from '../internal/with-messages.js';
import { label } from '../i18n/domain.js';

type Consultation = Schemas['Consultation'];

/** Props of `ConsultationInbox`: the queue's options, the selected row, and any attribute of its root `<section>`. */
export interface ConsultationInboxProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'onSelect'>, UseConsultationInboxOptions {
  /** Called with the id of the consultation the user opened (show `<ConsultationTracker consultationId={id} />`). */
  onSelect?: ((consultationId: string) => void) | undefined;
  /** The consultation shown beside the queue, marked as the current row. */
  selectedId?: string | undefined;
}

const SIDES: readonly ConsultationInboxSide[] = ['invited', 'inviting'];
const TABS: readonly ConsultationInboxTab[] = ['all', ...CONSULTATION_STATUS_GROUPS];
const COLUMNS = ['number', 'patient', 'parties', 'urgency', 'schedule', 'status'] as const;

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

const ConsultationInboxContent = forwardRef<HTMLElement, ConsultationInboxProps>(
  function ConsultationInbox(props, ref) {
    const { onSelect, selectedId, className, side: firstSide, pageSize, onlyMine, live, ...rest } = props;
    const { client, locale } = useAlliance();
    const t = useMessages(CONSULTATION_MESSAGES);
    const inbox = useConsultationInbox({ side: firstSide, pageSize, onlyMine, live });
    const baseId = useId();
    const sidePanelId = `${baseId}-side-panel`;
    const listPanelId = `${baseId}-list-panel`;
    const institutions = useAsync(
      (signal) => client.institutions.list(undefined, { signal }).toArray(200),
      [client],
    );
    const timeFormat = useMemo(
      () =>
        new Intl.DateTimeFormat(locale, {
          timeZone: 'Asia/Shanghai',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }),
      [locale],
    );
    const institutionName = (id: string) => {
      const found = institutions.data?.find((candidate) => candidate.id === id);
      return found ? localized(found.name, locale) : '—';
    };
    const withCount = (text: string, count: number | undefined) =>
      count === undefined ? text : t('consultation.inbox.tabCount', { label: text, count });
    const tabCount = (tab: ConsultationInboxTab) =>
      tab === 'all' ? inbox.counts?.total : inbox.counts?.byGroup.find((g) => g.group === tab)?.count;
    const tabText = (tab: ConsultationInboxTab) =>
      tab === 'all' ? t('consultation.inbox.tab.all') : label('consultationStatusGroup', tab, locale);

    const row = (consultation: Consultation): ReactNode => {
      const selected = consultation.id === selectedId;
      const owed = inbox.me !== undefined && consultation.pendingExpertIds.includes(inbox.me.clinicianId);
      const cell = (key: Parameters<typeof t>[0], content: ReactNode, modifier: string) => (
        <span className={cx('yl-inbox__cell', `yl-inbox__cell--${modifier}`)}>
          <span className="yl-inbox__key">{t(key)}：</span>
          {content}
        </span>
      );
      return (
        <li key={consultation.id} className="yl-inbox__item">
          <button
            type="button"
            className={cx(
              'yl-inbox__row',
              selected && 'yl-inbox__row--selected',
              owed && 'yl-consultation-inbox__row--owed',
            )}
            aria-current={selected ? 'true' : undefined}
            onClick={() => onSelect?.(consultation.id)}
          >
            {cell(
              'consultation.inbox.column.number',
              <span className="yl-inbox__number">{consultation.number}</span>,
              'number',
            )}
            {cell('consultation.inbox.column.patient', maskName(consultation.patient.name), 'patient')}
            {cell(
              'consultation.inbox.column.parties',
              `${institutionName(consultation.invitingInstitutionId)} → ${institutionName(consultation.invitedInstitutionId)}`,
              'parties',
            )}
            {cell(
              'consultation.inbox.column.urgency',
              <span className={cx(consultation.urgency !== 'routine' && 'yl-consultation-inbox__urgent')}>
                {label('consultationUrgency', consultation.urgency, locale)}
              </span>,
              'urgency',
            )}
            {cell(
              'consultation.inbox.column.schedule',
              consultation.schedule ? (
                <time dateTime={consultation.schedule.scheduledAt}>
                  {timeFormat.format(new Date(consultation.schedule.scheduledAt))}
                </time>
              ) : (
                t('consultation.inbox.notScheduled')
              ),
              'schedule',
            )}
            {cell(
              'consultation.inbox.column.status',
              <>
                {label('consultationStatus', consultation.status, locale)}
                {owed && (
                  <span className="yl-consultation-inbox__owed">{` · ${t('consultation.inbox.yourOpinion')}`}</span>
                )}
              </>,
              'status',
            )}
            {selected && <span className="yl-visually-hidden">{t('consultation.inbox.selected')}</span>}
          </button>
        </li>
      );
    };

    const shownTotal = tabCount(inbox.tab);

    return (
      <section
        {...rest}
        ref={ref}
        className={cx('yl-widget yl-inbox yl-consultation-inbox', className)}
        aria-label={t('consultation.inbox.label')}
      >
        <p role="status" className="yl-visually-hidden">
          {inbox.arrivals > 0 ? t('consultation.inbox.arrived', { count: inbox.arrivals }) : ''}
        </p>
        {/* Always in the page, so a screen reader hears a change of how updates arrive (politely), in words. */}
        <p
          role="status"
          className={cx('yl-inbox__live', inbox.liveStatus && `yl-inbox__live--${inbox.liveStatus}`)}
        >
          {inbox.liveStatus ? t(`consultation.inbox.live.${inbox.liveStatus}`) : ''}
        </p>
        {inbox.onlyMine && <p className="yl-inbox__hint">{t('consultation.inbox.onlyMine')}</p>}
        <Tabs
          label={t('consultation.inbox.sides')}
          values={SIDES}
          selected={inbox.side}
          onSelect={inbox.setSide}
          text={(side) => withCount(t(`consultation.inbox.side.${side}`), inbox.counts?.bySide[side])}
          panelId={sidePanelId}
          idOf={(side) => `${baseId}-side-${side}`}
          className="yl-inbox__tabs yl-inbox__tabs--sides"
        />
        <div
          role="tabpanel"
          id={sidePanelId}
          aria-labelledby={`${baseId}-side-${inbox.side}`}
          className="yl-inbox__panel"
        >
          <Tabs
            label={t('consultation.inbox.groups')}
            values={TABS}
            selected={inbox.tab}
            onSelect={inbox.setTab}
            text={(tab) => withCount(tabText(tab), tabCount(tab))}
            panelId={listPanelId}
            idOf={(tab) => `${baseId}-tab-${tab}`}
            className="yl-inbox__tabs yl-inbox__tabs--groups"
          />
          <div
            role="tabpanel"
            id={listPanelId}
            aria-labelledby={`${baseId}-tab-${inbox.tab}`}
            aria-busy={inbox.status === 'loading' || undefined}
            className="yl-inbox__list-panel"
          >
            <QueueList
              queue={inbox}
              columns={COLUMNS.map((column) => t(`consultation.inbox.column.${column}`))}
              label={t('consultation.inbox.list')}
              renderRow={row}
              empty={t('consultation.inbox.empty')}
              shown={
                shownTotal === undefined
                  ? undefined
                  : t('consultation.inbox.shown', { shown: inbox.items.length, total: shownTotal })
              }
              loadingLabel={t('common.loading')}
              loadMoreLabel={t('consultation.inbox.loadMore')}
              loadingMoreLabel={t('consultation.inbox.loadingMore')}
            />
          </div>
        </div>
      </section>
    );
  },
);

function localized(name: Schemas['LocalizedName'], locale: Locale): string {
  return locale === 'en' ? (name.en ?? name.zh) : name.zh;
}

/**
 * The institution's remote-consultation queue: what it is invited to (the coordinator schedules, each expert sees
 * the consultations they sign; an expert's queue is their own) and what it asked for, by progress tab with the
 * server's counts, page by page, and live: rows change and new consultations arrive without a reload (announced
 * politely). Patient names are masked; each row says when the consultation takes place in Beijing time, and tells
 * an expert whose opinion is still owed. Choosing a row calls `onSelect`.
 * @example <ConsultationInbox onSelect={setConsultationId} selectedId={consultationId} />
 */
export const ConsultationInbox = withMessages(ConsultationInboxContent, CONSULTATION_MESSAGES);
