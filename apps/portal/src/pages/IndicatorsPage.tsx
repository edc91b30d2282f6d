import { AllianceDashboard } from '@yilian/react/alliance-dashboard';
import type { PortalTranslate } from '../strings.ts';

/** 成效监测: the coordinator's monthly figures, from the dashboard's own entry (the charts load on this page only). */
export function IndicatorsPage({ t }: { t: PortalTranslate }) {
  return (
    <>
      <h1 className="portal-title">{t('page.indicators')}</h1>
      <p className="portal-intro">{t('indicators.intro')}</p>
      <AllianceDashboard className="portal-panel" />
    </>
  );
}
