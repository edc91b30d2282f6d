import type { Schemas } from '@yilian/sdk';
import type { ComponentPropsWithoutRef } from 'react';
import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import { combineMessages, type KeyOf } from '../i18n/define.js';
import { FREE_CLINIC_MESSAGES } from '../i18n/free-clinic.js';
import { PATIENT_MESSAGES } from '../i18n/patient.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { FoldToggle, useFoldWhenNarrow } from '../internal/FoldWhenNarrow.js';
import { useNarrow } from '../internal/useNarrow.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type { UseFreeClinicQueueOptions } from './useFreeClinicQueue.js';
import { useFreeClinicQueue } from './useFreeClinicQueue.js';
import { WalkInForm } from './WalkInForm.js';
import { withMessages } from '../internal/with-messages.js';

type QueueTicket = Schemas['QueueTicket'];
type DepartmentQueue = Schemas['DepartmentQueue'];

/** Below the stylesheet's 720 px container query the desk is one column: the registration form folds away. */
const NARROW_MAX = 719;

/** `desk`: the registration desk (walk-in registration, call next, the day's counts); `display`: the waiting room. */
export type FreeClinicQueueMode = 'desk' | 'display';

export interface FreeClinicQueueProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, UseFreeClinicQueueOptions {
  /** The `free_clinic` activity (the 义诊 day). */
  activityId: string;
  /** The registration desk or the waiting-room display; `desk` by default. */
  mode?: FreeClinicQueueMode | undefined;
  /** A desk or display of one department only (all of the day's departments by default). */
  departmentId?: string | undefined;
  /** Called after a walk-in patient is given a number. */
  onIssued?: ((ticket: QueueTicket) => void) | undefined;
  /** Called after a department's next number is called. */
  onCalled?: ((ticket: QueueTicket) => void) | undefined;
}

const FreeClinicQueueContent = forwardRef<HTMLElement, FreeClinicQueueProps>(function FreeClinicQueue(
  { activityId, mode = 'desk', departmentId, live, pollIntervalMs, onIssued, onCalled, className, ...rest },
  ref,
) {
  const { client } = useAlliance();
  const t = useMessages(FREE_CLINIC_MESSAGES);
  const id = useId();
  const state = useFreeClinicQueue(activityId, { live, pollIntervalMs });
  const me = useAsync((signal) => client.me({ signal }).catch(() => undefined), [client]);
  const [issued, setIssued] = useState<QueueTicket>();
  const [called, setCalled] = useState<QueueTicket>();
  const departments = (state.queue?.departments ?? []).filter(
    (department) => departmentId === undefined || department.departmentId === departmentId,
  );
  const announcement = useCallAnnouncement(departments, state.departmentName, t);
  const [rootRef, narrow] = useNarrow(ref, NARROW_MAX);
  // A desk nurse on a phone spends the day calling numbers and watching who waits; a walk-in arrives now and then.
  // So at a phone's width the queue gets the first screen and the long registration form folds behind one
  // button at the top, a tap away.
  const registerFold = useFoldWhenNarrow(narrow);

  return (
    <section
      ref={rootRef}
      aria-labelledby={`${id}-title`}
      {...rest}
      className={['yl-widget', 'yl-queue', `yl-queue--${mode}`, className].filter(Boolean).join(' ')}
    >
      <header className="yl-queue__header">
        <h2 id={`${id}-title`} className="yl-queue__heading">
          {mode === 'desk' ? t('queue.desk.title') : t('queue.display.title')}
        </h2>
        {state.liveStatus && (
          <p className={`yl-queue__live yl-queue__live--${state.liveStatus}`}>
            {t(`queue.live.${state.liveStatus}`)}
          </p>
        )}
      </header>
      {state.status === 'error' ? (
        <ProblemNotice error={state.error} onRetry={state.reload} />
      ) : state.status === 'loading' ? (
        <div className="yl-queue__status yl-skeleton-group" role="status">
          <span className="yl-visually-hidden">{t('common.loading')}</span>
          <span className="yl-skeleton yl-skeleton--title" aria-hidden="true" />
          <span className="yl-skeleton" aria-hidden="true" />
          <span className="yl-skeleton yl-skeleton--short" aria-hidden="true" />
        </div>
      ) : departments.length === 0 ? (
        <p className="yl-queue__status">{t('queue.empty')}</p>
      ) : mode === 'display' ? (
        <>
          <ul className="yl-queue__board" aria-label={t('queue.calls')}>
            {departments.map((department) => (
              <li key={department.departmentId} className="yl-queue__board-item">
                <DepartmentNow department={department} name={state.departmentName} t={t} />
              </li>
            ))}
          </ul>
          {/* note: polite, so a call is read after what the screen reader is saying, never cutting it off */}
          <p className="yl-visually-hidden" aria-live="polite">
            {announcement}
          </p>
        </>
      ) : (
        <div className="yl-queue__desk">
          <div className="yl-queue__register">
            <p className="yl-queue__issued" role="status">
              {issued &&
                t('queue.issued', {
                  department: state.departmentName(issued.departmentId),
                  number: issued.number,
                })}
            </p>
            {narrow && (
              <FoldToggle
                fold={registerFold}
                controls={`${id}-register`}
                className="yl-queue__register-toggle"
              >
                {t('queue.register.title')}
              </FoldToggle>
            )}
            <div id={`${id}-register`} className="yl-queue__register-body" {...registerFold.region}>
              <WalkInForm
                activityId={activityId}
                departmentIds={departments.map((department) => department.departmentId)}
                departmentName={state.departmentName}
                defaultDepartmentId={departmentId}
                me={me.data}
                // The button above says what the form is; its heading still names the form to a screen reader.
                titleHidden={narrow}
                onIssued={(ticket) => {
                  setIssued(ticket);
                  onIssued?.(ticket);
                  state.reload();
                }}
              />
            </div>
          </div>
          <section className="yl-queue__calls" aria-labelledby={`${id}-calls`}>
            <h3 id={`${id}-calls`} className="yl-queue__subheading">
              {t('queue.calls')}
            </h3>
            <p className="yl-queue__called" role="status">
              {called &&
                t('queue.called', {
                  number: called.number,
                  department: state.departmentName(called.departmentId),
                })}
            </p>
            <ul className="yl-queue__departments">
              {departments.map((department) => (
                <li key={department.departmentId} className="yl-queue__department">
                  <DepartmentNow
                    department={department}
                    name={state.departmentName}
                    t={t}
                    waitingId={`${id}-waiting-${department.departmentId}`}
                  />
                  <CallNext
                    activityId={activityId}
                    department={department}
                    waitingId={`${id}-waiting-${department.departmentId}`}
                    name={state.departmentName}
                    t={t}
                    onCalled={(ticket) => {
                      setCalled(ticket);
                      onCalled?.(ticket);
                      state.reload();
                    }}
                  />
                </li>
              ))}
            </ul>
          </section>
          {state.queue && departmentId === undefined && (
            <section className="yl-queue__counts" aria-labelledby={`${id}-counts`}>
              <h3 id={`${id}-counts`} className="yl-queue__subheading">
                {t('queue.counts')}
              </h3>
              <dl className="yl-queue__count-list">
                {(['registered', 'waiting', 'seen', 'left'] as const).map((key) => (
                  <div key={key} className="yl-queue__count">
                    <dt>{t(`queue.counts.${key}`)}</dt>
                    <dd>{state.queue?.counts[key]}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
        </div>
      )}
    </section>
  );
});

type Translate = ReturnType<typeof useMessages<KeyOf<typeof FREE_CLINIC_MESSAGES>>>;

/** A department's queue now: its name, the number being served (large), how many wait. */
function DepartmentNow({
  department,
  name,
  t,
  waitingId,
}: {
  department: DepartmentQueue;
  name: (departmentId: string) => string;
  t: Translate;
  /** The id of how many wait, which the desk's call-next button is described by. */
  waitingId?: string;
}) {
  return (
    <div className="yl-queue__now">
      <p className="yl-queue__name">{name(department.departmentId)}</p>
      <p className="yl-queue__serving">
        <span className="yl-queue__serving-label">{t('queue.nowServing')}</span>{' '}
        <span className="yl-queue__serving-number">
          {department.nowServing === null
            ? t('queue.nowServing.none')
            : t('queue.number', { number: department.nowServing })}
        </span>
      </p>
      <p id={waitingId} className="yl-queue__waiting">
        {t('queue.waiting', { count: department.counts.waiting })}
        <span className="yl-queue__issued-up-to">
          {' · '}
          {t('queue.lastIssued', { number: department.lastIssued })}
        </span>
      </p>
    </div>
  );
}

/**
 * The desk's "call next" of one department, its refusal (nobody waiting) in words beside it. Only a department with
 * someone waiting gets the primary button; with nobody waiting it is a plain one. It stays enabled because the count
 * may lag another desk's registration (the server decides, and says so if nobody waits). The button is described by
 * "N waiting", the text beside it, so the difference is never told by its colour alone.
 */
function CallNext({
  activityId,
  department,
  waitingId,
  name,
  t,
  onCalled,
}: {
  activityId: string;
  department: DepartmentQueue;
  waitingId: string;
  name: (departmentId: string) => string;
  t: Translate;
  onCalled: (ticket: QueueTicket) => void;
}) {
  const { client } = useAlliance();
  // Each call is its own attempt; a retry after a network failure replays it, so one click never calls two numbers.
  const call = useIdempotentMutation((departmentId: string, { idempotencyKey }) =>
    client.freeClinics.callNext(activityId, { departmentId }, { idempotencyKey }),
  );
  return (
    <div className="yl-queue__call">
      <button
        type="button"
        className={department.counts.waiting > 0 ? 'yl-button yl-button--primary' : 'yl-button'}
        aria-describedby={waitingId}
        disabled={call.isPending}
        onClick={() => {
          call.mutate(department.departmentId).then(onCalled, () => {
            // note: the mutation's state holds the error, shown below
          });
        }}
      >
        {call.isPending ? t('queue.callNext.busy') : t('queue.callNext')}
        <span className="yl-visually-hidden"> {name(department.departmentId)}</span>
      </button>
      {call.error !== undefined && <ProblemNotice error={call.error} />}
    </div>
  );
}

/** What a screen reader hears on the display when a department calls a new number. */
function useCallAnnouncement(
  departments: DepartmentQueue[],
  name: (departmentId: string) => string,
  t: Translate,
): string {
  const previous = useRef<Map<string, number | null>>(undefined);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const now = new Map(departments.map((department) => [department.departmentId, department.nowServing]));
    const before = previous.current;
    previous.current = now;
    if (!before) {
      return;
    }
    const calls = departments.filter(
      (department) =>
        department.nowServing !== null && before.get(department.departmentId) !== department.nowServing,
    );
    if (calls.length > 0) {
      setAnnouncement(
        calls
          .map((department) =>
            t('queue.called', {
              number: department.nowServing ?? 0,
              department: name(department.departmentId),
            }),
          )
          .join('；'),
      );
    }
  }, [departments, name, t]);
  return announcement;
}

/**
 * A 义诊 day's queues. As the registration desk: register a walk-in patient (the ID number fills sex and birth date)
 * and issue the department's next number, call the next number per department, and the day's counts (registered,
 * waiting, seen, left without being seen); on a phone the queue comes first and the form folds behind a button. As
 * the waiting-room display: per department the number being served and how many wait, in large type, announced to
 * screen readers as numbers are called. Both follow the event stream, so
 * they change without a reload. The queue holds numbers only, never a patient's name.
 * @example <FreeClinicQueue activityId="act_jm_bg_free_clinic_20261205" mode="display" />
 */
// The walk-in form's patient fields too: fetched later, they would hide the whole queue while they load.
export const FreeClinicQueue = withMessages(
  FreeClinicQueueContent,
  combineMessages(FREE_CLINIC_MESSAGES, PATIENT_MESSAGES),
);
