import type { Locale } from '@yilian/domain';
import type { ComponentPropsWithoutRef, FormEvent } from 'react';
import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import type { Translate } from '../i18n/messages.js';
import { ORDER_CHECK_MESSAGES } from '../i18n/order-check.js';
import { Field, fieldControlProps } from '../internal/Field.js';
import { localizedName } from '../internal/localized-name.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import {
  daysUntilLapse,
  formatDay,
  formatFen,
  itemNameOf,
  lapseText,
  reasonText,
} from '../RecognitionBadge/recognition-text.js';
import { RecognitionIcon } from '../RecognitionBadge/RecognitionIcon.js';
import { RetestReasonChoices } from '../RecognitionBadge/RetestReasonChoices.js';
import type {
  OrderCheckLineState,
  OrderDecisionAttempt,
  UseOrderCheckOptions,
  UseOrderCheckResult,
} from './useOrderCheck.js';
import { useOrderCheck } from './useOrderCheck.js';
import { withMessages } from '../internal/with-messages.js';
import { formatFieldError, label } from '../i18n/domain.js';

/** Props of `OrderCheck`: the check's options and any attribute of its root `<section>`. */
export interface OrderCheckProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, UseOrderCheckOptions {}

function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

const OrderCheckContent = forwardRef<HTMLElement, OrderCheckProps>(function OrderCheck(
  { patient, itemCodes, departmentCode, requestingInstitutionId, at, onDecisionRecorded, className, ...rest },
  ref,
) {
  const { locale } = useAlliance();
  const t = useMessages(ORDER_CHECK_MESSAGES);
  const titleId = useId();
  const order = useOrderCheck({
    patient,
    itemCodes,
    departmentCode,
    requestingInstitutionId,
    at,
    onDecisionRecorded,
  });
  const checkedAt = order.check ? new Date(order.check.at) : new Date();

  return (
    <section
      ref={ref}
      aria-labelledby={titleId}
      aria-busy={order.status === 'loading' ? true : undefined}
      {...rest}
      className={cx('yl-widget', 'yl-order-check', className)}
    >
      <h2 id={titleId} className="yl-order-check__title">
        {t('orderCheck.title')}
      </h2>
      <p className="yl-order-check__intro">{t('orderCheck.intro')}</p>
      {order.status === 'idle' && <p className="yl-order-check__empty">{t('orderCheck.idle')}</p>}
      {order.status === 'loading' && (
        <div role="status" className="yl-order-check__loading">
          <span className="yl-visually-hidden">{t('orderCheck.loading', { count: itemCodes.length })}</span>
          {itemCodes.map((code) => (
            <span key={code} className="yl-skeleton yl-order-check__skeleton" aria-hidden="true" />
          ))}
        </div>
      )}
      {order.status === 'error' && <ProblemNotice error={order.error} onRetry={order.reload} />}
      {order.status === 'success' && order.check && (
        <>
          <ol className="yl-order-check__lines" aria-label={t('orderCheck.lines')}>
            {order.lines.map((state) => (
              <OrderLine
                key={state.line.itemCode}
                state={state}
                order={order}
                checkedAt={checkedAt}
                locale={locale}
                t={t}
              />
            ))}
          </ol>
          <Summary order={order} total={order.lines.length} locale={locale} t={t} />
        </>
      )}
    </section>
  );
});

function Summary({
  order,
  total,
  locale,
  t,
}: {
  order: UseOrderCheckResult;
  total: number;
  locale: Locale;
  t: Translate;
}) {
  const { summary } = order;
  return (
    <div className="yl-order-check__summary">
      <p className="yl-order-check__counts" role="status">
        {t('orderCheck.summary', {
          covered: summary.covered,
          total,
          decided: summary.decided,
          adopted: summary.adopted,
        })}
      </p>
      <p className="yl-order-check__saved">
        <span>{t('orderCheck.saved')}</span>{' '}
        <strong className="yl-order-check__amount">{formatFen(summary.savedFen, locale)}</strong>
      </p>
      {summary.potentialFen > 0 && (
        <p className="yl-order-check__potential">
          {t('orderCheck.potential', { price: formatFen(summary.potentialFen, locale) })}
        </p>
      )}
    </div>
  );
}

interface OrderLineProps {
  state: OrderCheckLineState;
  order: UseOrderCheckResult;
  checkedAt: Date;
  locale: Locale;
  t: Translate;
}

function OrderLine({ state, order, checkedAt, locale, t }: OrderLineProps) {
  const { line, decidable, decision } = state;
  const id = useId();
  const item = itemNameOf(line, locale);
  const outcome = line.outcome;
  const result = line.result;
  const institution = result
    ? (localizedName(order.institutions.get(result.performingInstitutionId)?.name, locale) ??
      result.performingInstitutionId)
    : undefined;
  const daysLeft = outcome && decidable ? daysUntilLapse(outcome.lapsesAt, checkedAt) : undefined;
  const iconDecision = outcome?.decision ?? 'item_not_in_list';

  return (
    <li
      className={cx('yl-order-check__line', `yl-order-check__line--${line.status}`)}
      aria-labelledby={`${id}-item`}
    >
      <div className="yl-order-check__head">
        <h3 id={`${id}-item`} className="yl-order-check__item">
          {item}
        </h3>
        <span className="yl-order-check__status">
          {line.status === 'no_result' ? (
            <NoResultIcon />
          ) : (
            <RecognitionIcon decision={iconDecision} className="yl-order-check__icon" />
          )}
          {label('orderLineStatus', line.status, locale)}
        </span>
        <span className="yl-order-check__price">
          {line.priceFen !== undefined
            ? t('orderCheck.price', { price: formatFen(line.priceFen, locale) })
            : t('orderCheck.noPrice')}
        </span>
      </div>
      {result && outcome && (
        <div className="yl-order-check__result">
          <p className="yl-order-check__marked">{localizedName(outcome.markedName, locale) ?? item}</p>
          <p className="yl-order-check__meta">
            {t('orderCheck.performedBy', {
              institution: institution ?? '',
              date: formatDay(result.performedAt, locale),
            })}
            {daysLeft !== undefined && outcome.lapsesAt && (
              <>
                {' · '}
                <time dateTime={outcome.lapsesAt}>{lapseText(daysLeft, t)}</time>
              </>
            )}
          </p>
          {outcome.decision === 'shared' && (
            <p className="yl-order-check__note">{t('recognition.sharedNote')}</p>
          )}
          {outcome.decision === 'recognized' && outcome.obligatory === false && (
            <p className="yl-order-check__note">{t('recognition.notObligatory')}</p>
          )}
          {outcome.study?.viewerUrl && (
            <p className="yl-order-check__note">
              <a href={outcome.study.viewerUrl} target="_blank" rel="noopener noreferrer">
                {t('recognition.study.view')}
              </a>{' '}
              {t('recognition.study.note')}
            </p>
          )}
          <details className="yl-order-check__why">
            <summary>{t('orderCheck.why')}</summary>
            <ul>
              {outcome.reasons.map((reason) => (
                <li key={reason.code}>{reasonText(reason, locale)}</li>
              ))}
            </ul>
          </details>
        </div>
      )}
      {line.status === 'no_result' && <p className="yl-order-check__note">{t('orderCheck.noResult')}</p>}
      {line.status !== 'no_result' && !decidable && (
        <p className="yl-order-check__note">{t('orderCheck.notRecognisable')}</p>
      )}
      {decidable &&
        (decision ? (
          <Decided state={state} locale={locale} t={t} />
        ) : (
          <Decide state={state} order={order} item={item} locale={locale} t={t} />
        ))}
    </li>
  );
}

/** A dash in a circle: no earlier result (drawn, like the decision icons, so it never depends on a font). */
function NoResultIcon() {
  return (
    <svg
      className="yl-recognition-icon yl-order-check__icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
    >
      <path d="M13 8a5 5 0 1 1-10 0 5 5 0 0 1 10 0zM5.5 8h5" />
    </svg>
  );
}

function Decided({ state, locale, t }: { state: OrderCheckLineState; locale: Locale; t: Translate }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // The buttons the doctor used are gone: keep keyboard focus on the line, on what happened.
  useEffect(() => {
    const active = document.activeElement;
    const line = ref.current?.closest('li');
    if (ref.current && (!active || active === document.body || line?.contains(active))) {
      ref.current.focus();
    }
  }, []);
  const decision = state.decision!;
  const price = decision.priceFen ?? state.line.priceFen;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      className={cx('yl-order-check__done', `yl-order-check__done--${decision.outcome}`)}
    >
      {decision.outcome === 'adopted'
        ? price !== undefined
          ? t('orderCheck.adopted', { price: formatFen(price, locale) })
          : t('orderCheck.adoptedNoPrice')
        : t('orderCheck.declined', {
            reason: decision.reason ? label('retestReason', decision.reason, locale) : '',
          })}
    </p>
  );
}

interface DecideProps {
  state: OrderCheckLineState;
  order: UseOrderCheckResult;
  item: string;
  locale: Locale;
  t: Translate;
}

function Decide({ state, order, item, locale, t }: DecideProps) {
  const id = useId();
  const code = state.line.itemCode;
  const [declining, setDeclining] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const explainedRef = useRef<HTMLInputElement>(null);
  const { draft, issues, write } = state;
  const message = (pointer: string) => {
    const issue = issues.find((candidate) => candidate.pointer === pointer);
    return issue && formatFieldError(issue.code, locale, issue.params);
  };
  const reasons = state.line.outcome?.retestReasons ?? [];
  const busy = write.isPending;

  const focusFirstIssue = (attempt: OrderDecisionAttempt) => {
    if (attempt.status !== 'invalid') {
      return;
    }
    const first = attempt.issues[0]?.pointer;
    const target =
      first === '/reason'
        ? firstRadio.current
        : first === '/reasonText'
          ? textRef.current
          : first === '/explainedToPatient'
            ? explainedRef.current
            : null;
    target?.focus();
  };

  const submitDecline = async (event: FormEvent) => {
    event.preventDefault();
    focusFirstIssue(await order.decline(code));
  };

  useEffect(() => {
    if (declining) {
      firstRadio.current?.focus();
    }
  }, [declining]);

  const explainedError = message('/explainedToPatient');
  return (
    <div className="yl-order-check__decide" role="group" aria-labelledby={`${id}-name`}>
      <span id={`${id}-name`} className="yl-visually-hidden">
        {item}
      </span>
      <div className="yl-order-check__explained">
        <label className="yl-order-check__choice">
          <input
            ref={explainedRef}
            type="checkbox"
            checked={draft.explained}
            {...fieldControlProps(`${id}-explained`, { error: explainedError, hint: true })}
            onChange={(event) => order.setDraft(code, { explained: event.target.checked })}
          />
          {t('orderCheck.explained')}
        </label>
        <p id={`${id}-explained-hint`} className="yl-order-check__hint">
          {t('orderCheck.explainedHint')}
        </p>
        {explainedError && (
          <p id={`${id}-explained-error`} className="yl-order-check__error">
            {explainedError}
          </p>
        )}
      </div>
      <div className="yl-order-check__actions">
        <button
          type="button"
          className="yl-button yl-button--primary"
          disabled={busy}
          aria-busy={(busy && !declining) || undefined}
          onClick={() => {
            void order.adopt(code).then(focusFirstIssue);
          }}
        >
          {busy && !declining ? t('orderCheck.busy') : t('orderCheck.adopt')}
        </button>
        <button
          type="button"
          className="yl-button"
          aria-expanded={declining}
          aria-controls={`${id}-decline`}
          disabled={busy}
          onClick={() => setDeclining((open) => !open)}
        >
          {t('orderCheck.decline')}
        </button>
      </div>
      <form
        id={`${id}-decline`}
        className="yl-order-check__retest"
        hidden={!declining}
        noValidate
        onSubmit={(event) => void submitDecline(event)}
      >
        <RetestReasonChoices
          name={`${id}-reason`}
          reasons={reasons}
          value={draft.reason}
          onChange={(reason) => order.setDraft(code, { reason })}
          firstRef={firstRadio}
          error={message('/reason')}
          block="yl-order-check"
          locale={locale}
          t={t}
        />
        <Field
          id={`${id}-text`}
          block="yl-order-check"
          label={`${t('recognition.retest.text')} (${t(draft.reason === 'other' ? 'common.required' : 'common.optional')})`}
          error={message('/reasonText')}
        >
          <textarea
            {...fieldControlProps(`${id}-text`, { error: message('/reasonText') })}
            ref={textRef}
            rows={2}
            maxLength={2000}
            value={draft.reasonText}
            onChange={(event) => order.setDraft(code, { reasonText: event.target.value })}
          />
        </Field>
        <SubmitButton pending={busy} pendingLabel={t('orderCheck.busy')}>
          {t('orderCheck.declineSubmit')}
        </SubmitButton>
      </form>
      {write.status === 'error' && <ProblemNotice error={write.error} />}
    </div>
  );
}

/**
 * The order check a hospital embeds beside its order entry (检验/检查申请): for each item about to be ordered, the
 * patient's best recognisable result across the alliance (mark, performing institution, date, lapse) or why there is
 * none; one click adopts it, or the doctor records why they re-test (`other` needs text, the patient must be told);
 * the running total shows what the patient saves. Built on `useOrderCheck`.
 * @example <OrderCheck patient={{ idType: 'resident_id_card', idNumber }} itemCodes={['LAB_HBA1C', 'LAB_K']} departmentCode="03.07" />
 */
export const OrderCheck = withMessages(OrderCheckContent, ORDER_CHECK_MESSAGES);
