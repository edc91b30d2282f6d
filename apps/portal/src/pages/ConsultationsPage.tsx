import type { Locale } from '@yilian/react';
import { ConsultationInbox, ConsultationRequestDialog, ConsultationTracker } from '@yilian/react';
import type { Schemas } from '@yilian/sdk';
import { useState } from 'react';
import type { Persona } from '../personas.ts';
import type { PortalTranslate } from '../strings.ts';

interface PageProps {
  t: PortalTranslate;
  locale: Locale;
  persona: Persona;
}

/** The inviting side's doctors and coordinators request (the widget says so to anyone else). */
const REQUESTING_ROLES: readonly Schemas['Role'][] = ['referrer', 'coordinator'];

export function ConsultationsPage({ t, persona }: PageProps) {
  // A new key reads the queue again from its first page; changes made elsewhere arrive through its live updates.
  const [generation, setGeneration] = useState(0);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [created, setCreated] = useState<Schemas['Consultation'] | undefined>(undefined);
  const [dialogOpen, setDialogOpen] = useState(false);
  const refresh = () => setGeneration((g) => g + 1);

  const onCreated = (consultation: Schemas['Consultation']) => {
    setCreated(consultation);
    setDialogOpen(false);
    setSelectedId(consultation.id);
    refresh();
  };

  return (
    <>
      <h1 className="portal-title">{t('page.consultations')}</h1>
      <p className="portal-intro">{t('consultations.intro')}</p>

      <div className="portal-actions">
        {REQUESTING_ROLES.includes(persona.role) ? (
          <ConsultationRequestDialog open={dialogOpen} onOpenChange={setDialogOpen} onCreated={onCreated} />
        ) : (
          <p className="portal-note">{t('consultations.formOnlyInviting')}</p>
        )}
        <button type="button" className="yl-button" onClick={refresh}>
          {t('consultations.refresh')}
        </button>
      </div>
      <p className="portal-success" role="status">
        {created ? t('consultations.created', { number: created.number }) : ''}
      </p>

      <div className="portal-split">
        <section className="portal-panel" aria-labelledby="consultations-list-heading">
          <h2 id="consultations-list-heading">{t('consultations.list')}</h2>
          <ConsultationInbox
            key={`${persona.clinicianId}-${generation}`}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
        </section>
        <section className="portal-panel" aria-labelledby="consultations-tracker-heading">
          <h2 id="consultations-tracker-heading">{t('consultations.tracker')}</h2>
          {selectedId ? (
            <ConsultationTracker key={selectedId} consultationId={selectedId} headingLevel={3} />
          ) : (
            <p>{t('consultations.pick')}</p>
          )}
        </section>
      </div>
    </>
  );
}
