import type { components } from '@yilian/sdk';
import { validateRetest } from '@yilian/domain';
import type { FieldIssue } from '@yilian/domain';
import type { ComponentPropsWithoutRef, FormEvent } from 'react';
import { forwardRef, useId, useRef, useState } from 'react';
import { useIdempotentMutation } from '../hooks/useIdempotentMutation.js';
import { Field, fieldControlProps } from '../internal/Field.js';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { SubmitButton } from '../internal/SubmitButton.js';
import { WidgetDialog, useRevealError } from '../internal/WidgetDialog.js';
import { useAlliance, useMessages } from '../provider/AllianceProvider.js';
import type { RecognitionTarget } from './useRecognition.js';
import { useRecognition } from './useRecognition.js';
import { RECOGNITION_MESSAGES } from '../i18n/recognition.js';
import { OutcomeDetails } from './OutcomeDetails.js';
import { daysUntilLapse, formatDay, itemNameOf, lapseText } from './recognition-text.js';
import { RetestReasonChoices } from './RetestReasonChoices.js';
import { RecognitionIcon } from './RecognitionIcon.js';
import { withMessages } from '../internal/with-messages.js';
import { formatFieldError, label } from '../i18n/domain.js';

type Schemas = components['schemas'];
type RetestReason = Schemas['RetestReason'];

export type RecognitionBadgeProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'> &
  RecognitionTarget & {
    /** The instant of the check; the provider's clock by default. */
    at?: Date | string;
    /** Called with the record when a clinician documents a re-test reason. */
    onRetestRecorded?: (record: Schemas['RetestRecord']) => void;
  };

const RecognitionBadgeContent = forwardRef<HTMLDivElement, RecognitionBadgeProps>(function RecognitionBadge(
  { resultId, itemCode, performingInstitutionId, performedAt, at, onRetestRecorded, className, ...rest },
  ref,
) {
  const { locale, now } = useAlliance();
  const t = useMessages(RECOGNITION_MESSAGES);
  const target = (
    resultId !== undefined ? { resultId } : { itemCode, performingInstitutionId, performedAt }
  ) as RecognitionTarget;
  const state = useRecognition(target, { at });
  const classes = (modifier: string) =>
    ['yl-widget', 'yl-recognition', `yl-recognition--${modifier}`, className].filter(Boolean).join(' ');

  if (state.status === 'error') {
    return (
      <div ref={ref} {...rest} className={classes('error')}>
        <ProblemNotice error={state.error} onRetry={state.reload} />
      </div>
    );
  }
  if (state.status === 'loading') {
    return (
      <div ref={ref} {...rest} className={classes('loading')} aria-busy="true">
        <span role="status" aria-label={t('recognition.loading')} className="yl-recognition__skeleton">
          <span className="yl-skeleton" />
        </span>
      </div>
    );
  }
  const outcome = state.data;
  const decisionLabel = label('recognitionDecision', outcome.decision, locale);
  const item = itemNameOf(outcome, locale);
  const live = outcome.decision === 'recognized' || outcome.decision === 'shared';
  const checkedAt = at === undefined ? now() : new Date(at);
  const daysLeft = live ? daysUntilLapse(outcome.lapsesAt, checkedAt) : undefined;
  return (
    <div ref={ref} {...rest} className={classes(outcome.decision)}>
      <RecognitionIcon decision={outcome.decision} className="yl-recognition__icon" />
      <span className="yl-recognition__label">{decisionLabel}</span>
      {live && outcome.hrMark && <span className="yl-recognition__mark">{outcome.hrMark}</span>}
      {daysLeft !== undefined && outcome.lapsesAt && (
        <time
          className="yl-recognition__lapse"
          dateTime={outcome.lapsesAt}
          title={t('recognition.lapses', { date: formatDay(outcome.lapsesAt, locale) })}
        >
          {lapseText(daysLeft, t)}
        </time>
      )}
      <WidgetDialog
        trigger={
          <button
            type="button"
            className="yl-recognition__more"
            aria-label={t('recognition.detailsOf', { item })}
          >
            {t('recognition.details')}
          </button>
        }
        overlayClassName="yl-recognition-overlay"
        className="yl-recognition-dialog"
      >
        <WidgetDialog.Header closeLabel={t('common.close')}>
          {t('recognition.dialog.title', { item, decision: decisionLabel })}
        </WidgetDialog.Header>
        <WidgetDialog.Description asChild>
          <div className="yl-recognition-dialog__body">
            <OutcomeDetails outcome={outcome} locale={locale} t={t} />
          </div>
        </WidgetDialog.Description>
        {resultId !== undefined ? (
          <RetestForm
            resultId={resultId}
            reasons={outcome.retestReasons}
            {...(onRetestRecorded ? { onRecorded: onRetestRecorded } : {})}
          />
        ) : (
          <p className="yl-recognition-dialog__note">{t('recognition.retest.needsResult')}</p>
        )}
      </WidgetDialog>
    </div>
  );
});

interface RetestFormProps {
  resultId: string;
  reasons: RetestReason[];
  onRecorded?: (record: Schemas['RetestRecord']) => void;
}

function RetestForm({ resultId, reasons, onRecorded }: RetestFormProps) {
  const { client, locale } = useAlliance();
  const t = useMessages(RECOGNITION_MESSAGES);
  const id = useId();
  const [reason, setReason] = useState<RetestReason | undefined>();
  const [text, setText] = useState('');
  const [explained, setExplained] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const recording = useIdempotentMutation((body: Schemas['RetestRecordCreate'], { idempotencyKey }) =>
    client.recognition.retest(body, { idempotencyKey }),
  );
  const { isPending: busy, error, data: record } = recording;
  const errorRef = useRevealError(error);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const firstRadioRef = useRef<HTMLInputElement>(null);

  const issueOf = (pointer: string) => issues.find((issue) => issue.pointer === pointer);
  const reasonIssue = issueOf('/reason');
  const textIssue = issueOf('/reasonText');
  const edited = () => {
    // A changed record is a new attempt: a reused key would replay (or refuse) the earlier one.
    recording.reset();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    // note: `reason` may still be unset; validateRetest answers `required` for it at run time
    const found = validateRetest({
      reason: reason as RetestReason,
      ...(trimmed ? { reasonText: trimmed } : {}),
    });
    setIssues(found);
    if (found.length > 0 || reason === undefined) {
      (found[0]?.pointer === '/reasonText' ? textRef.current : firstRadioRef.current)?.focus();
      return;
    }
    try {
      const created = await recording.mutate({
        resultId,
        reason,
        ...(trimmed ? { reasonText: trimmed } : {}),
        explainedToPatient: explained,
      });
      onRecorded?.(created);
    } catch {
      // note: the mutation's state holds the error, shown above the button
    }
  }

  if (record) {
    return (
      <p className="yl-recognition-dialog__done" role="status">
        {t('recognition.retest.recorded', { reason: label('retestReason', record.reason, locale) })}
      </p>
    );
  }
  return (
    <form className="yl-recognition-dialog__form" noValidate onSubmit={(event) => void submit(event)}>
      <h3 className="yl-recognition-dialog__heading">{t('recognition.retest.title')}</h3>
      <RetestReasonChoices
        name={`${id}-reason`}
        reasons={reasons}
        value={reason}
        onChange={(value) => {
          setReason(value);
          edited();
        }}
        firstRef={firstRadioRef}
        error={reasonIssue && formatFieldError(reasonIssue.code, locale, reasonIssue.params)}
        block="yl-recognition-dialog"
        locale={locale}
        t={t}
      />
      <Field
        id={`${id}-text`}
        block="yl-recognition-dialog"
        label={`${t('recognition.retest.text')} (${t(reason === 'other' ? 'common.required' : 'common.optional')})`}
        error={textIssue && formatFieldError(textIssue.code, locale, textIssue.params)}
      >
        <textarea
          {...fieldControlProps(`${id}-text`, { error: textIssue })}
          ref={textRef}
          rows={2}
          maxLength={2000}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            edited();
          }}
        />
      </Field>
      <label className="yl-recognition-dialog__choice">
        <input
          type="checkbox"
          checked={explained}
          onChange={(event) => {
            setExplained(event.target.checked);
            edited();
          }}
        />
        {t('recognition.retest.explained')}
      </label>
      <div ref={errorRef} tabIndex={-1} className="yl-dialog__errors">
        {error !== undefined && <ProblemNotice error={error} />}
      </div>
      <WidgetDialog.Footer>
        <SubmitButton pending={busy} pendingLabel={t('recognition.retest.busy')}>
          {t('recognition.retest.submit')}
        </SubmitButton>
      </WidgetDialog.Footer>
    </form>
  );
}

/**
 * The recognition decision (检查检验结果互认) of one result at the viewing institution: recognized with its HR mark and
 * lapse date, expired, institution not qualified or item not in the list. Its details dialog gives the reasons and
 * lets a clinician document why they re-test anyway.
 * @example <RecognitionBadge resultId={result.id} onRetestRecorded={(record) => audit(record)} />
 */
export const RecognitionBadge = withMessages(RecognitionBadgeContent, RECOGNITION_MESSAGES);
