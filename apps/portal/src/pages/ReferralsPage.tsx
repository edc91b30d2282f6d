import { label } from '@yilian/domain';
import type { Locale } from '@yilian/react';
import { ProblemNotice, ReferralDialog, ReferralTracker, useAlliance, useAsync } from '@yilian/react';
import type { Schemas } from '@yilian/sdk';
import { useState } from 'react';
import type { Persona } from '../personas.ts';
import type { PortalTranslate } from '../strings.ts';
import { institutionName } from '../strings.ts';

interface PageProps {
  t: PortalTranslate;
  locale: Locale;
  persona: Persona;
}

const CREATING_ROLES: readonly Schemas['Role'][] = ['referrer', 'coordinator'];

export function ReferralsPage({ t, locale, persona }: PageProps) {
  const { client } = useAlliance();
  const [generation, setGeneration] = useState(0);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [created, setCreated] = useState<Schemas['Referral'] | undefined>(undefined);
  const [dialogOpen, setDialogOpen] = useState(false);
  // The newest 50 the institution is party to (a real site would page on with `nextCursor`).
  const referrals = useAsync(
    (signal) => client.referrals.list({ limit: 50 }, { signal }).page(),
    [client, generation],
  );
  const refresh = () => setGeneration((g) => g + 1);

  const onCreated = (referral: Schemas['Referral']) => {
    setCreated(referral);
    setDialogOpen(false);
    setSelectedId(referral.id);
    refresh();
  };

  const items = referrals.data?.items ?? [];
  return (
    <>
      <h1 className="portal-title">{t('page.referrals')}</h1>
      <p className="portal-intro">{t('referrals.intro')}</p>

      <div className="portal-actions">
        {CREATING_ROLES.includes(persona.role) ? (
          <ReferralDialog
            open={dialogOpen}
            onOpenChange={setDialogOpen}
            onCreated={onCreated}
            trigger={
              <button type="button" className="yl-button yl-button--primary">
                {t('referrals.new')}
              </button>
            }
          />
        ) : (
          <p className="portal-note">{t('referrals.formOnlyReferrer')}</p>
        )}
        <button type="button" className="yl-button" onClick={refresh}>
          {t('referrals.refresh')}
        </button>
      </div>
      <p className="portal-success" role="status">
        {created ? t('referrals.created', { number: created.number }) : ''}
      </p>

      <div className="portal-split">
        <section className="portal-panel" aria-labelledby="referrals-list-heading">
          <h2 id="referrals-list-heading">{t('referrals.list')}</h2>
          {referrals.status === 'error' && <ProblemNotice error={referrals.error} onRetry={refresh} />}
          {referrals.status === 'loading' && items.length === 0 && (
            <p role="status">{t('referrals.loading')}</p>
          )}
          {referrals.status === 'success' && items.length === 0 && <p>{t('referrals.empty')}</p>}
          {items.length > 0 && (
            <ul className="portal-referrals" aria-busy={referrals.status === 'loading' || undefined}>
              {items.map((referral) => (
                <li key={referral.id} className="portal-referral">
                  <button
                    type="button"
                    className="portal-referral__open"
                    aria-pressed={referral.id === selectedId}
                    onClick={() => setSelectedId(referral.id)}
                  >
                    <span className="portal-referral__number">{referral.number}</span>
                    <span className={`portal-status portal-status--${referral.status}`}>
                      {label('referralStatus', referral.status, locale)}
                    </span>
                    <span className="portal-referral__meta">
                      <span className="yl-visually-hidden">{t('referrals.patient')}: </span>
                      {referral.patient.name} · {label('referralUrgency', referral.urgency, locale)}
                    </span>
                    <span className="portal-referral__meta">
                      <span className="yl-visually-hidden">{t('referrals.route')}: </span>
                      {institutionName(referral.sendingInstitutionId, locale)} →{' '}
                      {institutionName(referral.receivingInstitutionId, locale)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="portal-panel" aria-labelledby="referrals-tracker-heading">
          <h2 id="referrals-tracker-heading">{t('referrals.tracker')}</h2>
          {selectedId ? (
            <ReferralTracker key={selectedId} referralId={selectedId} onTransition={refresh} />
          ) : (
            <p>{t('referrals.pick')}</p>
          )}
        </section>
      </div>
    </>
  );
}
