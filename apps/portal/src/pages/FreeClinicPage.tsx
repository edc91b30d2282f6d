import type { FreeClinicQueueMode } from '@yilian/react/free-clinic-queue';
import { FreeClinicQueue } from '@yilian/react/free-clinic-queue';
import { useAlliance, useAsync } from '@yilian/react';
import { toShanghaiIso } from '@yilian/domain';
import type { PortalTranslate } from '../strings.ts';

const DAY_MS = 86_400_000;

/** The next 义诊 day's registration desk or waiting-room screen: the first free clinic from today on. */
export function FreeClinicPage({ t, mode }: { t: PortalTranslate; mode: FreeClinicQueueMode }) {
  const { client, now } = useAlliance();
  const next = useAsync(
    async (signal) => {
      const from = new Date(now().getTime() - DAY_MS / 2);
      const activities = await client.activities
        .list(
          {
            from: toShanghaiIso(from),
            to: toShanghaiIso(new Date(from.getTime() + 60 * DAY_MS)),
            limit: 100,
          },
          { signal },
        )
        .toArray(500);
      return activities.find((activity) => activity.kind === 'free_clinic');
    },
    [client],
  );
  const title = mode === 'desk' ? t('page.freeClinic') : t('page.waitingRoom');
  return (
    <>
      <h1 className="portal-title">{title}</h1>
      <p className="portal-intro">
        {mode === 'desk' ? t('freeClinic.intro') : t('waitingRoom.intro')}
        {next.data && ` ${next.data.title}`}
      </p>
      {next.status === 'success' && !next.data && <p role="status">{t('freeClinic.none')}</p>}
      {next.data && <FreeClinicQueue className="portal-panel" activityId={next.data.id} mode={mode} />}
    </>
  );
}
