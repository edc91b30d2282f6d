import type { components } from '@yilian/sdk';
import type { LocalDate, Locale } from '@yilian/domain';
import { addDays, shanghaiDate, shanghaiWeekday, startOfShanghaiDay, toShanghaiIso } from '@yilian/domain';
import type { ComponentPropsWithoutRef, KeyboardEvent } from 'react';
import { forwardRef, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MessageKey, Translate } from '../i18n/messages.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { useNarrow } from '../internal/useNarrow.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import { BookingDialog, clock, remainingText, slotWhen } from './BookingDialog.js';
import type { CalendarDay, CalendarItem, CalendarView } from './useExpertCalendar.js';
import { mondayOf, useExpertCalendar } from './useExpertCalendar.js';
import type { DayBox } from './day-layout.js';
import { layoutDay } from './day-layout.js';
import { CALENDAR_MESSAGES } from '../i18n/calendar.js';
import { combineMessages } from '../i18n/define.js';
import { PATIENT_MESSAGES } from '../i18n/patient.js';
import { withMessages } from '../internal/with-messages.js';
import { label } from '../i18n/domain.js';

type Schemas = components['schemas'];
type Appointment = Schemas['Appointment'];
type Slot = Schemas['Slot'];

const DAY_MS = 86_400_000;
/** How far "next available" looks ahead: inside the slot list's 62-day window. */
const NEXT_AVAILABLE_DAYS = 60;

type NextState =
  | { status: 'busy' }
  | { status: 'none' }
  | { status: 'found'; slot: Slot }
  | { status: 'error'; error: unknown };

export interface ExpertCalendarProps extends Omit<
  ComponentPropsWithoutRef<'section'>,
  'children' | 'onChange'
> {
  /** Show only this expert's activities (hides the expert filter). */
  expertId?: string;
  /** Show only activities hosted by this institution (hides the hospital filter). */
  institutionId?: string;
  /** Show only this department's activities (hides the department filter). */
  departmentId?: string;
  /** Offer filter controls for what the props above leave open; true by default. */
  showFilters?: boolean;
  /** The week shown (any day of it, `YYYY-MM-DD` in Asia/Shanghai), controlled. */
  week?: LocalDate;
  /** The week shown first when uncontrolled; this week by default. */
  defaultWeek?: LocalDate;
  /** Called with the Monday of the week navigated to. */
  onWeekChange?: (week: LocalDate) => void;
  /** `week` or `day`, controlled. */
  view?: CalendarView;
  /** The first view when uncontrolled; `week` by default. */
  defaultView?: CalendarView;
  onViewChange?: (view: CalendarView) => void;
  /** Called after a booking succeeds. */
  onBooked?: (appointment: Appointment) => void;
  /** Called after a booking is cancelled. */
  onCancelled?: (appointment: Appointment) => void;
  /** Called after a booking moves to another slot. */
  onRescheduled?: (appointment: Appointment) => void;
}

function useFormats(locale: Locale, t: Translate) {
  return useMemo(() => {
    const shortDate = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      month: 'numeric',
      day: 'numeric',
    });
    const longDate = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    });
    const weekday = (date: LocalDate) =>
      t(`calendar.weekday.${shanghaiWeekday(startOfShanghaiDay(date))}` as MessageKey);
    return {
      weekday,
      shortDate: (date: LocalDate) => shortDate.format(startOfShanghaiDay(date)),
      longDate: (date: LocalDate) => longDate.format(startOfShanghaiDay(date)),
      /** `周二 11/24` of an instant. */
      day: (instant: string) => {
        const date = shanghaiDate(instant);
        return `${weekday(date)} ${shortDate.format(startOfShanghaiDay(date))}`;
      },
    };
  }, [locale, t]);
}

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Minutes after the day's midnight (Asia/Shanghai) of an instant on `date`; the end of the day if later. */
function minutesOn(date: LocalDate, instant: string): number {
  const time = clock(instant);
  return shanghaiDate(instant) > date ? 1440 : +time.slice(0, 2) * 60 + +time.slice(3);
}

/** A day's items as boxes on its time axis; a slot shares a box with its activity's other slots of the same hour. */
function boxesOf(day: CalendarDay): DayBox<CalendarItem>[] {
  return layoutDay(
    day.items.map((item) => {
      const { startsAt, endsAt } = item.type === 'slot' ? item.slot : item.activity;
      return {
        item,
        from: minutesOn(day.date, startsAt),
        to: minutesOn(day.date, endsAt),
        group: item.type === 'slot' && item.activity.id,
      };
    }),
  );
}

/**
 * Sets CSS custom properties through the CSSOM, which a strict CSP allows (a `style` attribute it would refuse):
 * positions on the time axis are data, not a handful of classes.
 */
const withVars = (vars: Record<string, number>) => (element: HTMLElement | null) => {
  for (const name in vars) {
    element?.style.setProperty(name, `${vars[name]}`);
  }
};

const ExpertCalendarContent = forwardRef<HTMLElement, ExpertCalendarProps>(function ExpertCalendar(
  {
    expertId,
    institutionId,
    departmentId,
    showFilters = true,
    week: weekProp,
    defaultWeek,
    onWeekChange,
    view: viewProp,
    defaultView = 'week',
    onViewChange,
    onBooked,
    onCancelled,
    onRescheduled,
    className,
    ...rest
  },
  ref,
) {
  const { client, locale, now } = useAlliance();
  const t = useMessages(CALENDAR_MESSAGES);
  const id = useId();
  const formats = useFormats(locale, t);
  const [sectionRef, narrow] = useNarrow(ref);
  const nowMs = now().getTime();
  const today = shanghaiDate(now());
  const [innerWeek, setInnerWeek] = useState(() => mondayOf(defaultWeek ?? today));
  const week = mondayOf(weekProp ?? innerWeek);
  const [innerView, setInnerView] = useState<CalendarView>(defaultView);
  const view = viewProp ?? innerView;
  // A phone shows one day at a time (the date strip picks it), whichever view is asked for.
  const layout: CalendarView = narrow ? 'day' : view;
  const [pickedDay, setPickedDay] = useState<LocalDate>();
  const [next, setNext] = useState<NextState>();
  const pendingFocus = useRef<string>(undefined);
  const inWeek = (date: LocalDate | undefined) => date !== undefined && mondayOf(date) === week;
  const [chosen, setChosen] = useState<{ institutionId: string; departmentId: string; expertId: string }>({
    institutionId: '',
    departmentId: '',
    expertId: '',
  });
  const filters = {
    institutionId: institutionId ?? (chosen.institutionId || undefined),
    departmentId: departmentId ?? (chosen.departmentId || undefined),
    expertId: expertId ?? (chosen.expertId || undefined),
  };
  const calendar = useExpertCalendar(week, filters);
  // Slots that have started are not offered: nobody can book or move into them any more.
  const days = useMemo(
    () =>
      calendar.days.map((shown) => ({
        ...shown,
        items: shown.items.filter(
          (item) => item.type !== 'slot' || new Date(item.slot.startsAt).getTime() > nowMs,
        ),
      })),
    [calendar.days, nowMs],
  );
  // Without a day picked, the first one from today on that has something to show (today itself when it has).
  const firstBusy = days.find((shown) => shown.date >= today && shown.items.length > 0)?.date;
  const day = inWeek(pickedDay) ? (pickedDay as LocalDate) : (firstBusy ?? (inWeek(today) ? today : week));
  const [openSlotId, setOpenSlotId] = useState<string>();
  const [activeKey, setActiveKey] = useState<string>();
  const cells = useRef(new Map<string, HTMLElement>());

  const changeWeek = (next: LocalDate) => {
    const monday = mondayOf(next);
    if (weekProp === undefined) {
      setInnerWeek(monday);
    }
    if (monday !== week) {
      onWeekChange?.(monday);
    }
  };
  const changeView = (next: CalendarView) => {
    if (viewProp === undefined) {
      setInnerView(next);
    }
    onViewChange?.(next);
  };
  const move = (by: number) => {
    const target = addDays(view === 'day' ? day : week, by);
    setPickedDay(view === 'day' ? target : undefined);
    setNext(undefined);
    changeWeek(target);
  };
  const goToday = () => {
    setPickedDay(today);
    setNext(undefined);
    changeWeek(today);
  };
  const findNext = async () => {
    setNext({ status: 'busy' });
    const from = now();
    try {
      const { items } = await client.slots
        .list({
          from: toShanghaiIso(from),
          to: toShanghaiIso(new Date(from.getTime() + NEXT_AVAILABLE_DAYS * DAY_MS)),
          availableOnly: true,
          limit: 1,
          ...filters,
        })
        .page();
      const slot = items[0];
      if (!slot) {
        setNext({ status: 'none' });
        return;
      }
      const date = shanghaiDate(slot.startsAt);
      setPickedDay(date);
      changeWeek(date);
      setActiveKey(`s:${slot.id}`);
      pendingFocus.current = `s:${slot.id}`;
      setNext({ status: 'found', slot });
    } catch (error) {
      setNext({ status: 'error', error });
    }
  };

  const shownDays: CalendarDay[] =
    layout === 'day' ? days.filter((candidate) => candidate.date === day) : days;
  const boxes = shownDays.map(boxesOf);
  // The keys in the order the cells are shown: by time, an activity before its first slot.
  const rows = boxes.map((dayBoxes, index) =>
    dayBoxes.length > 0
      ? dayBoxes.flatMap((box) => box.items.map((item) => item.key))
      : [`e:${shownDays[index]!.date}`],
  );
  const allKeys = rows.flat();
  // The time axis of a wide screen runs from the hour of the earliest start to the hour after the latest end.
  const placed = boxes.flat();
  const scaled = !narrow && placed.length > 0;
  const first = scaled ? Math.floor(Math.min(...placed.map((box) => box.from)) / 60) : 0;
  const hours = scaled ? Math.ceil(Math.max(...placed.map((box) => box.to)) / 60) - first : 0;
  const active = activeKey !== undefined && allKeys.includes(activeKey) ? activeKey : allKeys[0];

  const focusKey = (key: string | undefined) => {
    if (key === undefined) {
      return;
    }
    setActiveKey(key);
    cells.current.get(key)?.focus();
  };
  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows.findIndex((keys) => active !== undefined && keys.includes(active));
    const keys = rows[row];
    if (!keys || active === undefined) {
      return;
    }
    const column = keys.indexOf(active);
    const at = (r: number, c: number) => {
      const target = rows[r];
      return target ? target[Math.min(c, target.length - 1)] : undefined;
    };
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = at(row + 1, column);
        break;
      case 'ArrowLeft':
        next = at(row - 1, column);
        break;
      case 'ArrowDown':
        next = keys[column + 1];
        break;
      case 'ArrowUp':
        next = keys[column - 1];
        break;
      case 'Home':
        next = event.ctrlKey ? rows[0]?.[0] : keys[0];
        break;
      case 'End':
        next = event.ctrlKey ? rows[rows.length - 1]?.at(-1) : keys.at(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
    focusKey(next);
  };
  const register = (key: string) => (element: HTMLElement | null) => {
    if (element) {
      cells.current.set(key, element);
    } else {
      cells.current.delete(key);
    }
  };
  const roving = (key: string) => ({
    ref: register(key),
    tabIndex: key === active ? 0 : -1,
    onFocus: () => setActiveKey(key),
  });

  const expertName = (ids: string[]) =>
    ids
      .map((expert) => calendar.experts.find((candidate) => candidate.id === expert)?.name)
      .filter(Boolean)
      .join('、');
  const departmentName = (department: string | undefined) => {
    const found = calendar.departments.find((candidate) => candidate.id === department);
    return found ? (locale === 'en' ? (found.name.en ?? found.name.zh) : found.name.zh) : '';
  };
  const institutionName = (institution: string) => {
    const found = calendar.institutions.find((candidate) => candidate.id === institution);
    return found ? (locale === 'en' ? (found.name.en ?? found.name.zh) : found.name.zh) : '';
  };

  // After "next available", focus lands on the slot found once its week is shown.
  useEffect(() => {
    const key = pendingFocus.current;
    const cell = key === undefined ? undefined : cells.current.get(key);
    if (cell) {
      pendingFocus.current = undefined;
      cell.focus();
    }
  });

  const openSlot = calendar.slots.find((slot) => slot.id === openSlotId);
  const openActivity = calendar.activities.find((activity) => activity.id === openSlot?.activityId);

  const range =
    layout === 'day'
      ? `${formats.weekday(day)} ${formats.longDate(day)}`
      : t('calendar.range', { start: formats.longDate(week), end: formats.longDate(addDays(week, 6)) });

  const renderItem = (item: CalendarItem) => {
    if (item.type === 'slot') {
      const { slot } = item;
      const full = slot.remaining === 0;
      // Capacity by weight and text, never colour alone: few places left read heavier than plenty.
      const few = !full && slot.remaining * 2 <= slot.capacity;
      return (
        <div role="gridcell" key={item.key} className="yl-calendar__cell">
          <button
            type="button"
            className={cx(
              'yl-calendar__slot',
              full && 'yl-calendar__slot--full',
              few && 'yl-calendar__slot--few',
              !full && !few && 'yl-calendar__slot--plenty',
            )}
            aria-haspopup="dialog"
            {...roving(item.key)}
            onClick={() => {
              setActiveKey(item.key);
              setOpenSlotId(slot.id);
            }}
          >
            {/* On the time axis a slot shows its start (its height shows the end); its name says both. */}
            <span className="yl-calendar__time">
              {scaled && <span aria-hidden="true">{clock(slot.startsAt)}</span>}
              <span className={scaled ? 'yl-visually-hidden' : undefined}>
                {clock(slot.startsAt)}–{clock(slot.endsAt)}
              </span>
            </span>
            <span className="yl-calendar__remaining">{remainingText(slot, t)}</span>
            {/* A 义诊 hour has a slot per expert: the button names whose it is (and the department, once known). */}
            {slot.expertId && item.activity.expertIds.length > 1 && (
              <span className="yl-calendar__who">
                {[departmentName(slot.departmentId), expertName([slot.expertId])].filter(Boolean).join(' · ')}
              </span>
            )}
          </button>
        </div>
      );
    }
    const { activity } = item;
    const experts = expertName(activity.expertIds);
    const host = institutionName(activity.hostInstitutionId);
    const body = (
      <>
        <span className={`yl-calendar__kind yl-calendar__kind--${activity.kind}`}>
          {label('activityKind', activity.kind, locale)}
        </span>
        <span className="yl-calendar__time">
          {clock(activity.startsAt)}–{clock(activity.endsAt)}
        </span>
        <span className="yl-calendar__title">{activity.title}</span>
        {experts && <span className="yl-calendar__meta">{t('calendar.experts', { names: experts })}</span>}
        {host && <span className="yl-calendar__meta">{host}</span>}
        {activity.place && <span className="yl-calendar__meta">{activity.place}</span>}
        {!activity.bookable && <span className="yl-calendar__meta">{t('calendar.event')}</span>}
      </>
    );
    if (activity.videoUrl) {
      return (
        <div
          role="gridcell"
          key={item.key}
          className={`yl-calendar__cell yl-calendar__activity yl-calendar__activity--${activity.kind}`}
        >
          <a
            className="yl-calendar__link"
            href={activity.videoUrl}
            target="_blank"
            rel="noreferrer"
            {...roving(item.key)}
          >
            {body}
            <span className="yl-calendar__meta">{t('calendar.video')}</span>
          </a>
        </div>
      );
    }
    return (
      <div
        role="gridcell"
        key={item.key}
        className={`yl-calendar__cell yl-calendar__activity yl-calendar__activity--${activity.kind}`}
        {...roving(item.key)}
      >
        {body}
      </div>
    );
  };

  const filterControls =
    showFilters && (institutionId === undefined || departmentId === undefined || expertId === undefined);
  // The whole week, not the day shown: an empty day in day view still shows its row ("nothing scheduled").
  const empty = calendar.status === 'success' && days.every((shown) => shown.items.length === 0);

  return (
    <section
      ref={sectionRef}
      aria-labelledby={`${id}-title`}
      {...rest}
      className={cx(
        'yl-widget',
        'yl-calendar',
        `yl-calendar--${layout}`,
        narrow && 'yl-calendar--narrow',
        scaled && 'yl-calendar--scaled',
        className,
      )}
    >
      <header className="yl-calendar__header">
        <h2 className="yl-calendar__heading" id={`${id}-title`}>
          {t('calendar.title')} <span className="yl-calendar__range">{range}</span>
        </h2>
        <div className="yl-calendar__toolbar" role="toolbar" aria-label={t('calendar.toolbar')}>
          <button type="button" className="yl-button" onClick={() => move(view === 'day' ? -1 : -7)}>
            {view === 'day' ? t('calendar.day.previous') : t('calendar.week.previous')}
          </button>
          <button type="button" className="yl-button" onClick={goToday}>
            {t('calendar.today')}
          </button>
          <button type="button" className="yl-button" onClick={() => move(view === 'day' ? 1 : 7)}>
            {view === 'day' ? t('calendar.day.next') : t('calendar.week.next')}
          </button>
          <button
            type="button"
            className="yl-button yl-calendar__next"
            aria-describedby={next ? `${id}-next` : undefined}
            disabled={next?.status === 'busy'}
            onClick={() => void findNext()}
          >
            {t('calendar.next')}
          </button>
          {/* note: a phone always shows one day with its date strip, so there is no view to choose there */}
          {!narrow && (
            <span className="yl-calendar__views" role="group" aria-label={t('calendar.view')}>
              {(['week', 'day'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  className="yl-button"
                  aria-pressed={view === option}
                  onClick={() => changeView(option)}
                >
                  {t(`calendar.view.${option}`)}
                </button>
              ))}
            </span>
          )}
        </div>
        {next && next.status !== 'error' && (
          <p id={`${id}-next`} className="yl-calendar__found" role="status">
            {next.status === 'busy'
              ? t('calendar.next.busy')
              : next.status === 'none'
                ? t('calendar.next.none')
                : t('calendar.next.found', { when: slotWhen(next.slot, formats.day) })}
          </p>
        )}
        {next?.status === 'error' && <ProblemNotice error={next.error} onRetry={() => void findNext()} />}
        {filterControls && (
          <fieldset className="yl-calendar__filters">
            <legend className="yl-visually-hidden">{t('calendar.filters')}</legend>
            {institutionId === undefined && (
              <label className="yl-calendar__filter">
                {t('calendar.filter.institution')}
                <select
                  value={chosen.institutionId}
                  onChange={(event) =>
                    setChosen((previous) => ({
                      ...previous,
                      institutionId: event.target.value,
                      departmentId: '',
                    }))
                  }
                >
                  <option value="">{t('calendar.filter.all')}</option>
                  {calendar.institutions.map((institution) => (
                    <option key={institution.id} value={institution.id}>
                      {institutionName(institution.id)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {departmentId === undefined && (
              <label className="yl-calendar__filter">
                {t('calendar.filter.department')}
                <select
                  value={chosen.departmentId}
                  disabled={filters.institutionId === undefined}
                  onChange={(event) =>
                    setChosen((previous) => ({ ...previous, departmentId: event.target.value }))
                  }
                >
                  <option value="">{t('calendar.filter.all')}</option>
                  {calendar.departments.map((department) => (
                    <option key={department.id} value={department.id}>
                      {locale === 'en' ? (department.name.en ?? department.name.zh) : department.name.zh}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {expertId === undefined && (
              <label className="yl-calendar__filter">
                {t('calendar.filter.expert')}
                <select
                  value={chosen.expertId}
                  onChange={(event) =>
                    setChosen((previous) => ({ ...previous, expertId: event.target.value }))
                  }
                >
                  <option value="">{t('calendar.filter.all')}</option>
                  {calendar.experts.map((expert) => (
                    <option key={expert.id} value={expert.id}>
                      {expert.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
        )}
      </header>
      {calendar.status === 'error' ? (
        <ProblemNotice error={calendar.error} onRetry={calendar.reload} />
      ) : calendar.status === 'loading' ? (
        <div className="yl-calendar__status yl-skeleton-group" role="status">
          <span className="yl-visually-hidden">{t('common.loading')}</span>
          <span className="yl-skeleton yl-skeleton--title" aria-hidden="true" />
          <span className="yl-skeleton" aria-hidden="true" />
          <span className="yl-skeleton" aria-hidden="true" />
          <span className="yl-skeleton yl-skeleton--short" aria-hidden="true" />
        </div>
      ) : empty ? (
        <p className="yl-calendar__status yl-calendar__empty" role="status">
          {t('calendar.empty')}
        </p>
      ) : (
        <>
          {narrow && (
            <div className="yl-calendar__strip" role="group" aria-label={t('calendar.strip')}>
              {days.map((shown) => {
                const slots = shown.items.flatMap((item) => (item.type === 'slot' ? [item.slot] : []));
                const free = slots.reduce((sum, slot) => sum + slot.remaining, 0);
                const places =
                  free > 0
                    ? t('calendar.strip.free', { count: free })
                    : slots.length > 0
                      ? t('calendar.strip.full')
                      : t('calendar.strip.none');
                return (
                  <button
                    key={shown.date}
                    type="button"
                    className={cx(
                      'yl-calendar__strip-day',
                      shown.date === today && 'yl-calendar__strip-day--today',
                      free > 0 && 'yl-calendar__strip-day--open',
                    )}
                    aria-pressed={shown.date === day}
                    aria-current={shown.date === today ? 'date' : undefined}
                    onClick={() => setPickedDay(shown.date)}
                  >
                    <span className="yl-calendar__strip-weekday">{formats.weekday(shown.date)}</span>{' '}
                    <span className="yl-calendar__strip-date">{formats.shortDate(shown.date)}</span>{' '}
                    <span className="yl-calendar__strip-free">{places}</span>
                  </button>
                );
              })}
            </div>
          )}
          <p id={`${id}-hint`} className="yl-visually-hidden">
            {t('calendar.grid.hint')}
          </p>
          <div
            role="grid"
            className="yl-calendar__grid"
            aria-label={t('calendar.grid', { range })}
            aria-describedby={`${id}-hint`}
            aria-busy={calendar.busy || undefined}
            onKeyDown={onGridKeyDown}
          >
            {/* The time axis of a wide screen: one label per hour, on the line the days' hours start at. */}
            {scaled && (
              <div className="yl-calendar__axis" aria-hidden="true">
                {Array.from({ length: hours }, (_, index) => (
                  <span key={index} className="yl-calendar__axis-hour">
                    {`${first + index}:00`.padStart(5, '0')}
                  </span>
                ))}
              </div>
            )}
            {shownDays.map((shown, index) => (
              <div
                role="row"
                key={shown.date}
                className={cx('yl-calendar__day', shown.date === today && 'yl-calendar__day--today')}
              >
                <div
                  role="rowheader"
                  className="yl-calendar__dayhead"
                  aria-current={shown.date === today ? 'date' : undefined}
                >
                  <span className="yl-calendar__weekday">{formats.weekday(shown.date)}</span>{' '}
                  <span className="yl-calendar__date">{formats.shortDate(shown.date)}</span>
                </div>
                {/* note: presentational, so the row still owns its cells; it is the day's column of hours */}
                <div
                  role="presentation"
                  className="yl-calendar__body"
                  ref={withVars({ '--_yl-hours': hours })}
                >
                  {shown.items.length === 0 ? (
                    <div
                      role="gridcell"
                      className="yl-calendar__cell yl-calendar__none"
                      {...roving(`e:${shown.date}`)}
                    >
                      {t('calendar.day.empty')}
                    </div>
                  ) : (
                    boxes[index]!.map((box) => (
                      <div
                        role="presentation"
                        key={box.items[0]!.key}
                        className={cx('yl-calendar__box', box.items.length > 1 && 'yl-calendar__box--stack')}
                        ref={withVars({
                          '--_yl-from': box.from - first * 60,
                          '--_yl-to': box.to - first * 60,
                          '--_yl-lane': box.lane,
                          '--_yl-lanes': box.lanes,
                        })}
                      >
                        {box.items.map(renderItem)}
                        {/* A short box scrolls through an hour's many slots: say how many there are (the grid's
                            cells name each of them to a screen reader). */}
                        {box.items.length > 1 && (
                          <span className="yl-calendar__count" aria-hidden="true">
                            {t('calendar.hourSlots', { count: box.items.length })}
                          </span>
                        )}
                      </div>
                    ))
                  )}
                </div>
              </div>
            ))}
          </div>
        </>
      )}
      <BookingDialog
        slot={openSlot}
        activity={openActivity}
        bookings={calendar.appointments.filter((appointment) => appointment.slotId === openSlotId)}
        me={calendar.me}
        expertNames={
          openActivity ? expertName(openSlot?.expertId ? [openSlot.expertId] : openActivity.expertIds) : ''
        }
        dayLabel={formats.day}
        onOpenChange={(open) => {
          if (!open) {
            setOpenSlotId(undefined);
          }
        }}
        onCloseAutoFocus={(event) => {
          // Back to the slot that opened it, as a trigger would get focus back.
          const cell = active === undefined ? undefined : cells.current.get(active);
          if (cell) {
            event.preventDefault();
            cell.focus();
          }
        }}
        onBooked={onBooked}
        onCancelled={onCancelled}
        onRescheduled={onRescheduled}
        onChanged={calendar.reload}
      />
    </section>
  );
});

/**
 * An expert's or a department's activities (坐诊, 会诊, 远程会诊, 义诊 …) and bookable slots by week or day, in
 * Asia/Shanghai time, with remaining places, booking, cancelling and rescheduling in a dialog. Phone first: at
 * 600 px and below (the widget's own width) a date strip picks one day, whose slots are listed; wider, the days are
 * columns on a time axis to scale (every hour as tall, overlapping items side by side). Slots that have started are
 * not offered, and "next available" jumps to the earliest free slot. The days are a WAI-ARIA grid: arrow keys move
 * between days and slots in time order, Enter or Space opens a slot.
 * @example <ExpertCalendar expertId="cln_pumch_neuro_li" institutionId="ins_cangzhou_central" onBooked={(a) => notify(a)} />
 */
// The booking dialog's patient fields too: fetched later, they would hide the whole calendar while they load.
export const ExpertCalendar = withMessages(
  ExpertCalendarContent,
  combineMessages(CALENDAR_MESSAGES, PATIENT_MESSAGES),
);
