import { isAllianceError, isNetworkError } from '@yilian/sdk';
import { useAlliance } from '../provider/AllianceProvider.js';
import { formatFieldError, formatProblem } from '../i18n/domain.js';

export interface ProblemNoticeProps {
  /** What a call threw: an `AllianceError`, a `NetworkError`/`TimeoutError`, or anything else. */
  error: unknown;
  /** Offered as a Retry button when given. */
  onRetry?: () => void;
}

/**
 * An error in the user's language: the problem's message from the domain catalogue (never the server's raw text,
 * never patient data), permission-denied and offline states of their own, the field messages of a 422, and the
 * request id for support. Public (exported by `@yilian/react`) so that a hospital's own pages around the widgets show
 * errors the same way; it lives in `internal/` beside the other shared parts the widgets are built from.
 * @param props - `error`, what a call threw; `onRetry`, offered as a Retry button when given
 * @example
 * const results = useAsync((signal) => client.results.list(search, { signal }).toArray(20), [client, search]);
 * if (results.status === 'error') return <ProblemNotice error={results.error} onRetry={results.reload} />;
 */
export function ProblemNotice({ error, onRetry }: ProblemNoticeProps) {
  const { locale, t } = useAlliance();
  let message: string;
  let requestId: string | undefined;
  let kind: 'offline' | 'forbidden' | 'problem' = 'problem';
  if (isNetworkError(error)) {
    kind = 'offline';
    message = t('common.offline');
  } else if (isAllianceError(error)) {
    requestId = error.requestId;
    if (error.status === 403) {
      kind = 'forbidden';
      message = t('common.permissionDenied');
    } else {
      message = formatProblem(error.code, locale);
    }
  } else {
    message = t('common.error');
  }
  const fieldErrors = isAllianceError(error) ? error.errors : [];
  return (
    <div className={`yl-notice yl-notice--${kind}`} role="alert">
      <p className="yl-notice__message">{message}</p>
      {fieldErrors.length > 0 && (
        <ul className="yl-notice__fields">
          {fieldErrors.map((fieldError) => (
            <li key={`${fieldError.pointer} ${fieldError.code}`}>
              {formatFieldError(fieldError.code, locale)}
            </li>
          ))}
        </ul>
      )}
      {requestId && <p className="yl-notice__meta">{t('common.requestId', { requestId })}</p>}
      {onRetry && (
        <button type="button" className="yl-button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
