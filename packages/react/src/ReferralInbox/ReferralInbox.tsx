import type { Locale } from '@yilian/domain';
import { REFERRAL_STATUS_GROUPS, maskName, statusesOfGroup } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ComponentPropsWithoutRef, FormEvent, ReactNode } from 'react';
import { forwardRef, useId, useMemo, useState } from 'react';
import type { KeyOf } from '../i18n/define.js';
import { REFERRAL_INBOX_MESSAGES } from '../i18n/referral-inbox.js';
import type { Translate } from '../i18n/messages.js';
import { DateField } from '../internal/DateField.js';
import { QueueList } from '../internal/QueueList.js';
import { Tabs } from '../internal/Tabs.js';
import { FoldToggle, useFoldWhenNarrow } from '../internal/FoldWhenNarrow.js';
import { useNarrow } from '../internal/useNarrow.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type {
  InboxGroupTab,
  InboxSide,
  InboxSla,
  ReferralInboxFilters,
  UseReferralInboxOptions,
} from './useReferralInbox.js';
import { useReferralInbox } from './useReferralInbox.js';
import { withMessages } from '../internal/with-messages.js';
import { label, labelValues } from '../i18n/domain.js';

type Referral = Schemas['Referral'];
type InboxKey = KeyOf<typeof REFERRAL_INBOX_MESSAGES>;

/** Props of `ReferralInbox`: the queue's options, the selected row, and any attribute of its root `<section>`. */
export interface ReferralInboxProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'onSelect'>, UseReferralInboxOptions {
  /** Called with the id of the referral the user opened (show `<ReferralTracker referralId={id} />` beside it). */
  onSelect?: ((referralId: string) => void) | undefined;
  /** The referral shown beside the queue, marked as the current row. */
  selectedId?: string | undefined;
}

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

const SIDES: readonly InboxSide[] = ['receiving', 'sending'];
const GROUP_TABS: readonly InboxGroupTab[] = ['all', ...REFERRAL_STATUS_GROUPS];
const COLUMNS = ['number', 'patient', 'direction', 'urgency', 'departments', 'status', 'age'] as const;
const FILTER_KEYS = [
  'direction',
  'status',
  'urgency',
  'departmentId',
  'createdFrom',
  'createdTo',
] as const satisfies readonly (keyof ReferralInboxFilters)[];
/** Below the stylesheet's 760 px container query the rows are cards, and the filters fold away behind a button. */
const NARROW_MAX = 759;

/** `mm:ss`, or `h:mm:ss` from an hour on, of a duration's absolute value. */
function clockText(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** "5 minutes ago" in the user's language, from the largest whole unit. */
function ageText(from: string, now: Date, locale: Locale): string {
  const minutes = Math.round((Date.parse(from) - now.getTime()) / 60_000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(minutes) < 60) {
    return format.format(minutes, 'minute');
  }
  if (Math.abs(minutes) < 48 * 60) {
    return format.format(Math.round(minutes / 60), 'hour');
  }
  return format.format(Math.round(minutes / 1440), 'day');
}

function Select<TValue extends string>(props: {
  label: string;
  value: TValue | undefined;
  values: readonly TValue[];
  text: (value: TValue) => string;
  any: string;
  onChange: (value: TValue | undefined) => void;
}) {
  const id = useId();
  return (
    <div className="yl-inbox__filter">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(event) => props.onChange((event.target.value || undefined) as TValue | undefined)}
      >
        <option value="">{props.any}</option>
        {props.values.map((value) => (
          <option key={value} value={value}>
            {props.text(value)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The countdown of a green channel's answer, and for any referral the time it is overdue by. */
function SlaBadge({ sla, green, t }: { sla: InboxSla; green: boolean; t: Translate<InboxKey> }) {
  if (sla.state === 'none' || (!green && sla.state !== 'overdue')) {
    return null;
  }
  const overdue = sla.state === 'overdue';
  return (
    <span className={cx('yl-inbox__sla', `yl-inbox__sla--${sla.state}`)}>
      {sla.state !== 'on_time' && <span aria-hidden="true">⚠ </span>}
      {overdue
        ? t('inbox.overdue', { time: clockText(sla.remainingMs) })
        : t('inbox.countdown', { time: clockText(sla.remainingMs) })}
    </span>
  );
}

const ReferralInboxContent = forwardRef<HTMLElement, ReferralInboxProps>(function ReferralInbox(props, ref) {
  const {
    onSelect,
    selectedId,
    className,
    side: firstSide,
    pageSize,
    refreshIntervalMs,
    changeSource,
    initialFilters,
    initialQuery,
    ...rest
  } = props;
  const { locale } = useAlliance();
  const t = useMessages(REFERRAL_INBOX_MESSAGES);
  const inbox = useReferralInbox({
    ...(firstSide ? { side: firstSide } : {}),
    ...(pageSize ? { pageSize } : {}),
    ...(refreshIntervalMs ? { refreshIntervalMs } : {}),
    ...(changeSource ? { changeSource } : {}),
    ...(initialFilters ? { initialFilters } : {}),
    ...(initialQuery ? { initialQuery } : {}),
  });
  const baseId = useId();
  const sidePanelId = `${baseId}-side-panel`;
  const listPanelId = `${baseId}-list-panel`;
  const searchHintId = `${baseId}-search-hint`;
  const searchErrorId = `${baseId}-search-error`;
  const searchId = `${baseId}-search`;
  const sortId = `${baseId}-sort`;
  const filtersId = `${baseId}-filters`;
  const [typed, setTyped] = useState(inbox.q);
  const [rootRef, narrow] = useNarrow(ref, NARROW_MAX);
  // At a phone's width six filter fields would fill the first screen before any referral: they fold behind a button
  // that counts the active ones (which stay applied while folded). Wider, they stay in view as they always were.
  const filtersFold = useFoldWhenNarrow(narrow);
  const activeFilters = FILTER_KEYS.filter((key) => Boolean(inbox.filters[key])).length;
  const timeFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: 'Asia/Shanghai',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    [locale],
  );

  const sideCount = (side: InboxSide) => inbox.counts?.bySide[side];
  const groupCount = (group: InboxGroupTab) =>
    group === 'all' ? inbox.counts?.total : inbox.counts?.byGroup.find((g) => g.group === group)?.count;
  const withCount = (text: string, count: number | undefined) =>
    count === undefined ? text : t('inbox.tabCount', { label: text, count });

  const departmentName = (id: string | undefined) => {
    const department = id ? inbox.departmentsById.get(id) : undefined;
    if (!department) {
      return undefined;
    }
    return locale === 'en' ? (department.name.en ?? department.name.zh) : department.name.zh;
  };

  const alerts = inbox.items.flatMap((referral) => {
    const sla = inbox.slas.get(referral.id);
    if (
      referral.urgency !== 'green_channel' ||
      !sla ||
      (sla.state !== 'nearing' && sla.state !== 'overdue')
    ) {
      return [];
    }
    return [
      {
        id: referral.id,
        text: t(sla.state === 'overdue' ? 'inbox.alert.overdue' : 'inbox.alert.nearing', {
          number: referral.number,
          time: timeFormat.format(sla.dueAt),
        }),
      },
    ];
  });

  const statusChoices = inbox.group === 'all' ? labelValues('referralStatus') : statusesOfGroup(inbox.group);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    inbox.setQ(typed);
  };

  const row = (referral: Referral): ReactNode => {
    const sla = inbox.slas.get(referral.id) ?? { state: 'none' as const };
    const selected = referral.id === selectedId;
    const from = departmentName(referral.sendingDepartmentId);
    const to = departmentName(referral.receivingDepartmentId);
    const cell = (key: InboxKey, content: ReactNode, modifier: string) => (
      <span className={cx('yl-inbox__cell', `yl-inbox__cell--${modifier}`)}>
        <span className="yl-inbox__key">{t(key)}：</span>
        {content}
      </span>
    );
    return (
      <li key={referral.id} className="yl-inbox__item">
        <button
          type="button"
          className={cx(
            'yl-inbox__row',
            selected && 'yl-inbox__row--selected',
            sla.state === 'overdue' && 'yl-inbox__row--overdue',
            referral.urgency === 'green_channel' && sla.state === 'nearing' && 'yl-inbox__row--nearing',
          )}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect?.(referral.id)}
        >
          {cell('inbox.column.number', <span className="yl-inbox__number">{referral.number}</span>, 'number')}
          {cell('inbox.column.patient', maskName(referral.patient.name), 'patient')}
          {cell(
            'inbox.column.direction',
            label('referralDirection', referral.direction, locale),
            'direction',
          )}
          {cell(
            'inbox.column.urgency',
            <>
              <span className={cx(referral.urgency === 'green_channel' && 'yl-inbox__green')}>
                {label('referralUrgency', referral.urgency, locale)}
              </span>{' '}
              <SlaBadge sla={sla} green={referral.urgency === 'green_channel'} t={t} />
            </>,
            'urgency',
          )}
          {cell('inbox.column.departments', `${from ?? '—'} → ${to ?? '—'}`, 'departments')}
          {cell(
            'inbox.column.status',
            // Returned for information is the sender's to complete: its queue reads it as a task (待补充).
            referral.status === 'returned' && inbox.side === 'sending'
              ? t('inbox.group.returned')
              : label('referralStatus', referral.status, locale),
            'status',
          )}
          {cell(
            'inbox.column.age',
            referral.submittedAt
              ? ageText(referral.submittedAt, inbox.clock, locale)
              : t('inbox.notSubmitted'),
            'age',
          )}
          {selected && <span className="yl-visually-hidden">{t('inbox.selected')}</span>}
        </button>
      </li>
    );
  };

  const shownTotal = groupCount(inbox.group);

  return (
    <section
      {...rest}
      ref={rootRef}
      className={cx('yl-widget yl-inbox', className)}
      aria-label={t('inbox.label')}
    >
      <div role="alert" className="yl-inbox__alerts">
        {alerts.map((alert) => (
          <p key={alert.id} className="yl-inbox__alert">
            <span aria-hidden="true">⚠ </span>
            {alert.text}
          </p>
        ))}
      </div>
      <p role="status" className="yl-visually-hidden">
        {inbox.arrivals > 0 ? t('inbox.arrived', { count: inbox.arrivals }) : ''}
      </p>
      {/* Always in the page, so a screen reader hears a change of how updates arrive (politely), in words. */}
      <p
        role="status"
        className={cx('yl-inbox__live', inbox.liveStatus && `yl-inbox__live--${inbox.liveStatus}`)}
      >
        {inbox.liveStatus ? t(`inbox.live.${inbox.liveStatus}`) : ''}
      </p>
      {!inbox.online && (
        <p role="status" className="yl-notice yl-notice--offline yl-inbox__offline">
          {t('inbox.offline')}
        </p>
      )}
      <Tabs
        label={t('inbox.sides')}
        values={SIDES}
        selected={inbox.side}
        onSelect={inbox.setSide}
        text={(side) => withCount(t(`inbox.side.${side}`), sideCount(side))}
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
        <div className="yl-inbox__tools">
          <form role="search" className="yl-inbox__search" onSubmit={onSearch}>
            <label htmlFor={searchId}>{t('inbox.search')}</label>
            <div className="yl-inbox__search-row">
              <input
                id={searchId}
                type="search"
                inputMode="text"
                autoComplete="off"
                spellCheck={false}
                maxLength={32}
                value={typed}
                aria-describedby={inbox.searchInvalid ? `${searchErrorId} ${searchHintId}` : searchHintId}
                aria-invalid={inbox.searchInvalid || undefined}
                onChange={(event) => setTyped(event.target.value)}
              />
              <button type="submit" className="yl-button">
                {t('inbox.search.submit')}
              </button>
            </div>
            <p id={searchHintId} className="yl-inbox__hint">
              {t('inbox.search.hint')}
            </p>
            {inbox.searchInvalid && (
              <p id={searchErrorId} className="yl-inbox__error">
                {t('inbox.search.invalid')}
              </p>
            )}
          </form>
          <div className="yl-inbox__filter">
            <label htmlFor={sortId}>{t('inbox.sort')}</label>
            <select
              id={sortId}
              value={inbox.sort}
              onChange={(event) => inbox.setSort(event.target.value as Schemas['ReferralSort'])}
            >
              <option value="green_first">{t('inbox.sort.green_first')}</option>
              <option value="newest">{t('inbox.sort.newest')}</option>
            </select>
          </div>
        </div>
        {narrow && (
          <FoldToggle fold={filtersFold} controls={filtersId}>
            {activeFilters > 0 ? t('inbox.filters.active', { count: activeFilters }) : t('inbox.filters')}
          </FoldToggle>
        )}
        {/* Folded with `hidden`, not unmounted: a half-typed date stays as it was. */}
        <fieldset id={filtersId} className="yl-inbox__filters" {...filtersFold.region}>
          {/* The button above names the fields on a phone; the legend still names the group to a screen reader. */}
          <legend className={cx(narrow && 'yl-visually-hidden')}>{t('inbox.filters')}</legend>
          <Select
            label={t('inbox.filter.direction')}
            value={inbox.filters.direction}
            values={labelValues('referralDirection')}
            text={(v) => label('referralDirection', v, locale)}
            any={t('inbox.filter.any')}
            onChange={(direction) => inbox.setFilters({ direction })}
          />
          <Select
            label={t('inbox.filter.status')}
            value={inbox.filters.status}
            values={statusChoices}
            text={(v) => label('referralStatus', v, locale)}
            any={t('inbox.filter.any')}
            onChange={(status) => inbox.setFilters({ status })}
          />
          <Select
            label={t('inbox.filter.urgency')}
            value={inbox.filters.urgency}
            values={labelValues('referralUrgency')}
            text={(v) => label('referralUrgency', v, locale)}
            any={t('inbox.filter.any')}
            onChange={(urgency) => inbox.setFilters({ urgency })}
          />
          <Select
            label={t('inbox.filter.department')}
            value={inbox.filters.departmentId}
            values={inbox.departments.map((d) => d.id)}
            text={(id) => departmentNameOf(inbox.departments, id, locale)}
            any={t('inbox.filter.any')}
            onChange={(departmentId) => inbox.setFilters({ departmentId })}
          />
          <div className="yl-inbox__filter">
            <label htmlFor={`${baseId}-from`}>{t('inbox.filter.from')}</label>
            <DateField
              id={`${baseId}-from`}
              block="yl-inbox"
              value={inbox.filters.createdFrom ?? ''}
              daysOnly
              onChange={(date) => inbox.setFilters({ createdFrom: date || undefined })}
            />
          </div>
          <div className="yl-inbox__filter">
            <label htmlFor={`${baseId}-to`}>{t('inbox.filter.to')}</label>
            <DateField
              id={`${baseId}-to`}
              block="yl-inbox"
              value={inbox.filters.createdTo ?? ''}
              daysOnly
              onChange={(date) => inbox.setFilters({ createdTo: date || undefined })}
            />
          </div>
          <button type="button" className="yl-button yl-inbox__clear" onClick={inbox.clearFilters}>
            {t('inbox.filter.clear')}
          </button>
        </fieldset>
        <Tabs
          label={t('inbox.groups')}
          values={GROUP_TABS}
          selected={inbox.group}
          onSelect={inbox.setGroup}
          text={(group) => withCount(t(`inbox.group.${group}`), groupCount(group))}
          panelId={listPanelId}
          idOf={(group) => `${baseId}-group-${group}`}
          className="yl-inbox__tabs yl-inbox__tabs--groups"
        />
        <div
          role="tabpanel"
          id={listPanelId}
          aria-labelledby={`${baseId}-group-${inbox.group}`}
          aria-busy={inbox.status === 'loading' || undefined}
          className="yl-inbox__list-panel"
        >
          <QueueList
            queue={inbox}
            columns={COLUMNS.map((column) => t(`inbox.column.${column}`))}
            label={t('inbox.list')}
            renderRow={row}
            empty={
              inbox.q && !inbox.searchInvalid ? t('inbox.emptySearch', { q: inbox.q }) : t('inbox.empty')
            }
            shown={
              inbox.counts && shownTotal !== undefined
                ? t('inbox.shown', { shown: inbox.items.length, total: shownTotal })
                : undefined
            }
            loadingLabel={t('common.loading')}
            loadMoreLabel={t('inbox.loadMore')}
            loadingMoreLabel={t('inbox.loadingMore')}
          />
        </div>
      </div>
    </section>
  );
});

function departmentNameOf(departments: readonly Schemas['Department'][], id: string, locale: Locale): string {
  const department = departments.find((d) => d.id === id);
  if (!department) {
    return id;
  }
  return locale === 'en' ? (department.name.en ?? department.name.zh) : department.name.zh;
}

/**
 * The institution's referral work queue, as receiver and as sender: tabs by side and by progress with their
 * counts, filters (direction, status, urgency, department, created dates; below 760 px folded behind a button that
 * counts the active ones), search by referral number, green channel first, page by page, and live: rows change and
 * new referrals arrive without a reload (announced politely). A green-channel referral counts down to its answer
 * deadline and raises an alert when it nears or passes it. Rows are a list of buttons (cards on a phone); choosing
 * one calls `onSelect`.
 * @example <ReferralInbox onSelect={setReferralId} selectedId={referralId} />
 */
export const ReferralInbox = withMessages(ReferralInboxContent, REFERRAL_INBOX_MESSAGES);
