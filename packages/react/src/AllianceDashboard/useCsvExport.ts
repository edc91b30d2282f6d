import type { IndicatorsQuery } from '@yilian/sdk';
import { useRef, useState } from 'react';
import { useAlliance } from '../provider/AllianceProvider.js';
import { monthsPeriod } from './indicator-period.js';
import type { UseIndicatorsResult } from './useIndicators.js';

/** What `useCsvExport` exports: the dashboard's alliance, institution (`null`: the whole alliance) and month. */
export type CsvExportScope = Pick<UseIndicatorsResult, 'allianceId' | 'institutionId' | 'month'>;

/**
 * The name the server gives the same export in its `Content-Disposition` (`exportIndicators` in the reference
 * server), so a file saved from the dashboard and one fetched from `GET /v1/indicators/export` are named alike.
 * @param query - the alliance and days exported
 * @example csvFileName({ allianceId: 'all_pumch_cangzhou', from: '2026-10-01', to: '2026-10-31' }) // 'indicators-all_pumch_cangzhou-2026-10-01-2026-10-31.csv'
 */
export function csvFileName(query: IndicatorsQuery): string {
  return `indicators-${query.allianceId}-${query.from}-${query.to}.csv`;
}

function save(csv: string, fileName: string): void {
  // The text as it came, byte-order mark included: without it Excel reads the Chinese headers as mojibake.
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // In the document while clicked: older Firefox saves nothing from a detached link.
  document.body.append(link);
  link.click();
  link.remove();
  // On the next task, once the click has handed the blob to the download: revoking at once may cancel it.
  setTimeout(() => URL.revokeObjectURL(url));
}

/**
 * Saves the figures the dashboard shows as the server's CSV (`client.indicators.exportCsv`, headers in the widget's
 * locale), one export at a time. A failure is kept for the scope it was for: choosing another month or institution
 * clears it.
 * @param scope - the alliance, institution and month shown
 * @example const csv = useCsvExport(indicators); <button disabled={csv.exporting} onClick={csv.run}>…</button>
 */
export function useCsvExport({ allianceId, institutionId, month }: CsvExportScope) {
  const { client, locale } = useAlliance();
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<{ key: string; error: unknown }>();
  // A ref as well as state: a second click can come before the render that disables the button.
  const inFlight = useRef(false);
  const key = `${allianceId} ${institutionId} ${month}`;

  const run = () => {
    if (!allianceId || inFlight.current) {
      return;
    }
    inFlight.current = true;
    setExporting(true);
    setFailure(undefined);
    const query = {
      allianceId,
      ...(institutionId ? { institutionId } : {}),
      ...monthsPeriod(month, month),
    };
    void client.indicators
      .exportCsv({ ...query, locale })
      .then((csv) => save(csv, csvFileName(query)))
      .catch((error: unknown) => setFailure({ key, error }))
      .finally(() => {
        inFlight.current = false;
        setExporting(false);
      });
  };

  return {
    /** An export is in flight: the button is disabled and busy. */
    exporting,
    /** The last export of this scope failed; `error` is what the SDK threw. */
    failed: failure?.key === key,
    error: failure?.error,
    run,
  };
}
