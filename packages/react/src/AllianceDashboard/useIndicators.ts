import { shanghaiDate } from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import { isAllianceError } from '@yilian/sdk';
import { useCallback, useMemo, useState } from 'react';
import { useAsync } from '../hooks/useAsync.js';
import { useAlliance } from '../provider/AllianceProvider.js';
import type { IndicatorMonthKey } from './indicator-period.js';
import { addMonths, monthOf, monthsEndingWith, monthsPeriod } from './indicator-period.js';

/** The figures of one period, as the server computed them (`GET /v1/indicators`). */
export type AllianceIndicators = Schemas['AllianceIndicators'];

/** How many months the charts over time show. */
export const SERIES_MONTHS = 6;
/** How far back the month picker goes. */
const PICKABLE_MONTHS = 24;

/** Options of `useIndicators`: each choice controlled (`month` + `onMonthChange`) or not (`defaultMonth`). */
export interface UseIndicatorsOptions {
  /** The month shown (`YYYY-MM`, Asia/Shanghai), controlled. */
  month?: IndicatorMonthKey | undefined;
  /** The month shown first when uncontrolled; the last complete month by default. */
  defaultMonth?: IndicatorMonthKey | undefined;
  /** Called with the month chosen. */
  onMonthChange?: ((month: IndicatorMonthKey) => void) | undefined;
  /** The alliance, controlled; one of the caller's (`me.allianceIds`). */
  allianceId?: string | undefined;
  /** The alliance shown first when uncontrolled; the caller's first by default. */
  defaultAllianceId?: string | undefined;
  /** Called with the alliance chosen. */
  onAllianceChange?: ((allianceId: string) => void) | undefined;
  /** One member institution (controlled), or `null` for the whole alliance. */
  institutionId?: string | null | undefined;
  /** The institution shown first when uncontrolled; the whole alliance (`null`) by default. */
  defaultInstitutionId?: string | null | undefined;
  /** Called with the institution chosen (`null`: the whole alliance). */
  onInstitutionChange?: ((institutionId: string | null) => void) | undefined;
}

/** What the dashboard shows now: figures, or why there are none. */
export type IndicatorsStatus = 'loading' | 'success' | 'error' | 'forbidden' | 'no-alliance';

function useChoice<T>(controlled: T | undefined, initial: T, onChange: ((value: T) => void) | undefined) {
  const [inner, setInner] = useState<T>(initial);
  const value = controlled === undefined ? inner : controlled;
  const set = useCallback(
    (next: T) => {
      setInner(next);
      onChange?.(next);
    },
    [onChange],
  );
  return [value, set] as const;
}

/**
 * The alliance indicators (成效监测) of one month, headless: the month, alliance and member-institution choices,
 * the month's figures, the previous month's (for the change), and the last six months (for the charts), all
 * computed by the server from its records. A role that may not see them gets `status: 'forbidden'` (the server's
 * 403: the rule lives there).
 * @param options - the month, alliance and institution, each controlled or not
 * @example const indicators = useIndicators({ defaultMonth: '2026-10' }); indicators.setMonth('2026-09');
 */
export function useIndicators(options: UseIndicatorsOptions = {}) {
  const { client, now } = useAlliance();
  const thisMonth = monthOf(shanghaiDate(now()));
  const [month, setMonth] = useChoice<IndicatorMonthKey>(
    options.month,
    options.defaultMonth ?? addMonths(thisMonth, -1),
    options.onMonthChange,
  );
  const [allianceChoice, chooseAlliance] = useChoice<string | undefined>(
    options.allianceId,
    options.defaultAllianceId,
    undefined,
  );
  const { onAllianceChange } = options;
  const setAllianceId = useCallback(
    (next: string) => {
      chooseAlliance(next);
      onAllianceChange?.(next);
    },
    [chooseAlliance, onAllianceChange],
  );
  const [institutionId, setInstitutionId] = useChoice<string | null>(
    options.institutionId,
    options.defaultInstitutionId ?? null,
    options.onInstitutionChange,
  );

  const scope = useAsync(
    async (signal) => {
      const [me, alliances, institutions] = await Promise.all([
        client.me({ signal }),
        client.alliances.list({ signal }),
        client.institutions.list(undefined, { signal }).toArray(200),
      ]);
      return { me, alliances: alliances.items, institutions };
    },
    [client],
  );
  const alliances = scope.data?.alliances;
  const allianceId = allianceChoice ?? scope.data?.me.allianceIds[0];
  const alliance = alliances?.find((candidate) => candidate.id === allianceId);
  const institutions = scope.data?.institutions;
  const members = useMemo(() => {
    if (!alliance || !institutions) {
      return [];
    }
    const ids = [...alliance.leadInstitutionIds, ...alliance.memberInstitutionIds];
    return ids.flatMap((id) => institutions.filter((institution) => institution.id === id));
  }, [alliance, institutions]);

  const figures = useAsync(
    async (signal) => {
      if (!allianceId) {
        return new Promise<never>(() => undefined);
      }
      const query = (first: IndicatorMonthKey, last: IndicatorMonthKey) => ({
        allianceId,
        ...(institutionId ? { institutionId } : {}),
        ...monthsPeriod(first, last),
      });
      const [current, previous, series] = await Promise.all([
        client.indicators.get(query(month, month), { signal }),
        client.indicators.get(query(addMonths(month, -1), addMonths(month, -1)), { signal }),
        client.indicators.get(query(addMonths(month, 1 - SERIES_MONTHS), month), { signal }),
      ]);
      return { current, previous, series: series.months };
    },
    [client, allianceId, institutionId, month],
  );

  const { reload: reloadScope } = scope;
  const { reload: reloadFigures } = figures;
  const error = scope.error ?? figures.error;
  const status: IndicatorsStatus =
    scope.status === 'success' && !allianceId
      ? 'no-alliance'
      : error !== undefined && isAllianceError(error) && error.status === 403
        ? 'forbidden'
        : scope.status === 'error' || figures.status === 'error'
          ? 'error'
          : figures.status;
  const current = figures.data?.current;

  return {
    month,
    setMonth,
    /** The months the picker offers, newest first: this month and the 23 before it. */
    months: useMemo(() => monthsEndingWith(thisMonth, PICKABLE_MONTHS).reverse(), [thisMonth]),
    /** This month (Asia/Shanghai): the picker goes no further. */
    thisMonth,
    allianceId,
    setAllianceId,
    /** The caller's alliances. */
    alliances: alliances ?? [],
    /** The chosen alliance's lead and member institutions, leads first. */
    members,
    institutionId,
    setInstitutionId,
    status,
    error,
    /** The month's figures; kept while the next choice loads. */
    current,
    /** The previous month's figures, for each figure's change. */
    previous: figures.data?.previous,
    /** The last six months, oldest first, ending with the month shown. */
    series: figures.data?.series ?? [],
    /** Whether the month shown has no record at all: every figure is zero. */
    empty: current !== undefined && isQuiet(current),
    /** Whether a new choice is loading over the figures shown. */
    refreshing: figures.status === 'loading' && current !== undefined,
    reload: useCallback(() => {
      reloadScope();
      reloadFigures();
    }, [reloadScope, reloadFigures]),
  };
}

/** What `useIndicators` returns. */
export type UseIndicatorsResult = ReturnType<typeof useIndicators>;

function isQuiet(figures: AllianceIndicators): boolean {
  return (
    figures.referrals.up + figures.referrals.down === 0 &&
    figures.dispatch.expertVisits + figures.dispatch.batches + figures.dispatch.freeClinic.registered === 0 &&
    figures.dispatch.activitiesByKind.every((entry) => entry.count === 0) &&
    figures.consultations.requested === 0 &&
    figures.recognition.checks === 0
  );
}
