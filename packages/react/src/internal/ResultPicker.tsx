import { shanghaiDate, toShanghaiIso } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';
import { ProblemNotice } from './ProblemNotice.js';
import { label } from '../i18n/domain.js';

/** A result chosen to travel with a form (a referral, a consultation request). */
export interface PickedResult {
  resultId: string;
  title: string;
}

export interface ResultPickerProps {
  idType: Schemas['IdType'];
  idNumber: string;
  /** The institution whose recognition of each result is shown (where the patient or the question goes). */
  requestingInstitutionId: string;
  selected: readonly PickedResult[];
  onChange: (selected: PickedResult[]) => void;
  /** The widget's class block (`${block}__results`, `__choice`, `__badge`, `__hint`). */
  block: string;
  /** The picker's words in the widget's area. */
  messages: { searching: string; empty: string; checking: string; failed: string };
}

/**
 * The patient's registered results in the alliance, each with what the receiving institution would make of it (the
 * domain's recognition decision and the HR mark), to tick and send with a form. The patient's identity travels in
 * the request body (results.list posts a search), never in a URL.
 * @param props - the patient's document, the requesting institution, the selection, the widget's block and words
 * @example <ResultPicker idType="resident_id_card" idNumber={id} requestingInstitutionId="ins_pumch" selected={picked}
 *   onChange={setPicked} block="yl-referral-form" messages={…} />
 */
export function ResultPicker({
  idType,
  idNumber,
  requestingInstitutionId,
  selected,
  onChange,
  block,
  messages,
}: ResultPickerProps) {
  const { client, locale } = useAlliance();
  const results = useAsync(
    (signal) => client.results.list({ idType, idNumber }, { signal }).toArray(20),
    [client, idType, idNumber],
  );
  if (results.status === 'loading') {
    return <p role="status">{messages.searching}</p>;
  }
  if (results.status === 'error') {
    return <ProblemNotice error={results.error} onRetry={results.reload} />;
  }
  if (results.data.length === 0) {
    return <p className={`${block}__hint`}>{messages.empty}</p>;
  }
  return (
    <ul className={`${block}__results`}>
      {results.data.map((result) => {
        const title = `${result.itemCode} ${shanghaiDate(result.performedAt)}`;
        const checked = selected.some((picked) => picked.resultId === result.id);
        return (
          <li key={result.id}>
            <label className={`${block}__choice`}>
              <input
                type="checkbox"
                checked={checked}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...selected, { resultId: result.id, title }]
                      : selected.filter((picked) => picked.resultId !== result.id),
                  )
                }
              />
              <span>
                {label('resultKind', result.kind, locale)} · {title}
                {result.value === undefined ? '' : ` · ${result.value}${result.unit ?? ''}`}
              </span>
            </label>
            <RecognitionText
              resultId={result.id}
              requestingInstitutionId={requestingInstitutionId}
              block={block}
              messages={messages}
            />
          </li>
        );
      })}
    </ul>
  );
}

function RecognitionText({
  resultId,
  requestingInstitutionId,
  block,
  messages,
}: {
  resultId: string;
  requestingInstitutionId: string;
  block: string;
  messages: ResultPickerProps['messages'];
}) {
  const { client, locale, now } = useAlliance();
  const outcome = useAsync(
    (signal) =>
      client.recognition.check({ resultId, requestingInstitutionId, at: toShanghaiIso(now()) }, { signal }),
    [client, resultId, requestingInstitutionId],
  );
  if (outcome.status !== 'success') {
    return (
      <span className={`${block}__badge`}>
        {outcome.status === 'loading' ? messages.checking : messages.failed}
      </span>
    );
  }
  return (
    <span className={`${block}__badge ${block}__badge--${outcome.data.decision}`}>
      {label('recognitionDecision', outcome.data.decision, locale)}
      {outcome.data.hrMark ? ` · ${outcome.data.hrMark}` : ''}
    </span>
  );
}
