import type { Locale } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { Translate } from '../i18n/messages.js';
import { localizedName } from '../internal/localized-name.js';
import { formatDay, reasonText } from './recognition-text.js';

/**
 * What the check found, as the details dialog (and the order check) shows it: the marked name, whether it binds, the
 * image study of an imaging result, the reasons, the age and the lapse date.
 */
export function OutcomeDetails({
  outcome,
  locale,
  t,
}: {
  outcome: Schemas['RecognitionOutcome'];
  locale: Locale;
  t: Translate;
}) {
  const marked = localizedName(outcome.markedName, locale);
  return (
    <>
      {marked && (
        <p className="yl-recognition-dialog__marked">
          <span className="yl-recognition-dialog__term">{t('recognition.marked')}</span> {marked}
        </p>
      )}
      {outcome.decision === 'shared' && (
        <p className="yl-recognition-dialog__note">{t('recognition.sharedNote')}</p>
      )}
      {outcome.decision === 'recognized' && outcome.obligatory === false && (
        <p className="yl-recognition-dialog__note">{t('recognition.notObligatory')}</p>
      )}
      {outcome.study && (
        <div className="yl-recognition-dialog__study">
          <h3 className="yl-recognition-dialog__heading">{t('recognition.study')}</h3>
          <p>{t('recognition.study.modality', { modality: outcome.study.modality })}</p>
          <p className="yl-recognition-dialog__uid">
            {t('recognition.study.uid', { uid: outcome.study.studyInstanceUid })}
          </p>
          {outcome.study.viewerUrl && (
            <p>
              <a href={outcome.study.viewerUrl} target="_blank" rel="noopener noreferrer">
                {t('recognition.study.view')}
              </a>
            </p>
          )}
          <p className="yl-recognition-dialog__note">{t('recognition.study.note')}</p>
        </div>
      )}
      <h3 className="yl-recognition-dialog__heading">{t('recognition.reasons')}</h3>
      <ul className="yl-recognition-dialog__reasons">
        {outcome.reasons.map((reason) => (
          <li key={reason.code}>{reasonText(reason, locale)}</li>
        ))}
      </ul>
      {outcome.ageDays !== undefined && (
        <p className="yl-recognition-dialog__age">{t('recognition.age', { days: outcome.ageDays })}</p>
      )}
      {outcome.lapsesAt !== undefined &&
        (outcome.decision === 'recognized' || outcome.decision === 'shared') && (
          <p className="yl-recognition-dialog__age">
            {t('recognition.lapses', { date: formatDay(outcome.lapsesAt, locale) })}
          </p>
        )}
      {outcome.lapsesAt === undefined &&
        (outcome.decision === 'recognized' || outcome.decision === 'shared') && (
          <p className="yl-recognition-dialog__age">{t('recognition.noWindow')}</p>
        )}
    </>
  );
}
