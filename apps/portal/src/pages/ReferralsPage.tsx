import type { Locale } from '@yilian/react';
import { ReferralDialog, ReferralInbox, ReferralTracker } from '@yilian/react';
import type { Schemas } from '@yilian/sdk';
import { useState } from 'react';
import type { Persona } from '../personas.ts';
import type { PortalTranslate } from '../strings.ts';

interface PageProps {
  t: PortalTranslate;
  locale: Locale;
  persona: Persona;
}

const CREATING_ROLES: readonly Schemas['Role'][] = ['referrer', 'coordinator'];

/** Who mostly sends: their queue opens on what they sent; everyone else's on what they receive. */
const SENDING_ROLES: readonly Schemas['Role'][] = ['referrer'];

export function ReferralsPage({ t, persona }: PageProps) {
  // A new key reads the queue again from its first page (after this page created a referral, or on request);
  // changes made elsewhere arrive through the queue's own live updates (the event stream, or the feed polled by
  // the SDK where a proxy buffers it).
  const [generation, setGeneration] = useState(0);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [created, setCreated] = useState<Schemas['Referral'] | undefined>(undefined);
  const [dialogOpen, setDialogOpen] = useState(false);
  const refresh = () => setGeneration((g) => g + 1);

  const onCreated = (referral: Schemas['Referral']) => {
    setCreated(referral);
    setDialogOpen(false);
    setSelectedId(referral.id);
    refresh();
  };

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
          <ReferralInbox
            key={`${persona.clinicianId}-${generation}`}
            side={SENDING_ROLES.includes(persona.role) ? 'sending' : 'receiving'}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
        </section>

        <section className="portal-panel" aria-labelledby="referrals-tracker-heading">
          <h2 id="referrals-tracker-heading">{t('referrals.tracker')}</h2>
          {selectedId ? (
            // Under this panel's h2: the tracker's own headings start one level down.
            <ReferralTracker key={selectedId} referralId={selectedId} headingLevel={3} />
          ) : (
            <p>{t('referrals.pick')}</p>
          )}
        </section>
      </div>
    </>
  );
}
