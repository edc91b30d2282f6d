import { MyAppointments } from '@yilian/react/appointments';
import type { PortalTranslate } from '../strings.ts';

/** A patient's own appointments (a patient persona), or those the clinician's hospital booked or hosts. */
export function AppointmentsPage({ t }: { t: PortalTranslate }) {
  return (
    <>
      <h1 className="portal-title">{t('page.appointments')}</h1>
      <p className="portal-intro">{t('appointments.intro')}</p>
      <MyAppointments className="portal-panel" heading={t('page.appointments')} />
    </>
  );
}
