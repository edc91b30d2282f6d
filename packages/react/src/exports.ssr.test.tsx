// The public names of every entry of @yilian/react, pinned: a name that appears or disappears is an API change to
// review (and a changeset to write), not an accident of `export *`.
import { describe, expect, it } from 'vitest';

const names = async (entry: Promise<Record<string, unknown>>) => Object.keys(await entry).sort();

describe('the public API of @yilian/react', () => {
  it('exports these names from @yilian/react', async () => {
    expect(await names(import('./index.js'))).toMatchInlineSnapshot(`
      [
        "AllianceProvider",
        "COMMON_MESSAGES",
        "ClinicalContentFields",
        "ConsultationInbox",
        "ConsultationRequest",
        "ConsultationRequestDialog",
        "ConsultationTracker",
        "DateField",
        "EMPTY_CLINICAL_CONTENT",
        "EMPTY_CONSULTATION_REQUEST",
        "EMPTY_REFERRAL_FORM_VALUES",
        "ExpertCalendar",
        "FreeClinicQueue",
        "MyAppointments",
        "OrderCheck",
        "ProblemNotice",
        "RecognitionBadge",
        "ReferralDialog",
        "ReferralForm",
        "ReferralInbox",
        "ReferralTracker",
        "clinicalContentBody",
        "createIdempotentMutation",
        "createTranslator",
        "inboxSlaOf",
        "loadMessages",
        "mondayOf",
        "pollingChangeSource",
        "preloadLocale",
        "subscribeChangeSource",
        "toConsultationCreate",
        "useAlliance",
        "useAppointments",
        "useAsync",
        "useConsultation",
        "useConsultationInbox",
        "useConsultationRequest",
        "useExpertCalendar",
        "useFreeClinicQueue",
        "useIdempotentMutation",
        "useMessages",
        "useOrderCheck",
        "useRecognition",
        "useReferral",
        "useReferralForm",
        "useReferralInbox",
      ]
    `);
  });

  it('exports these names from @yilian/react/referral-inbox', async () => {
    expect(await names(import('./referral-inbox.js'))).toMatchInlineSnapshot(`
      [
        "ReferralInbox",
        "inboxSlaOf",
        "pollingChangeSource",
        "subscribeChangeSource",
        "useReferralInbox",
      ]
    `);
  });

  it('exports these names from @yilian/react/calendar', async () => {
    expect(await names(import('./calendar.js'))).toMatchInlineSnapshot(`
      [
        "ExpertCalendar",
        "mondayOf",
        "useExpertCalendar",
      ]
    `);
  });

  it('exports these names from @yilian/react/appointments', async () => {
    expect(await names(import('./appointments.js'))).toMatchInlineSnapshot(`
      [
        "MyAppointments",
        "useAppointments",
      ]
    `);
  });

  it('exports these names from @yilian/react/free-clinic-queue', async () => {
    expect(await names(import('./free-clinic-queue.js'))).toMatchInlineSnapshot(`
      [
        "FreeClinicQueue",
        "useFreeClinicQueue",
      ]
    `);
  });

  it('exports these names from @yilian/react/recognition', async () => {
    expect(await names(import('./recognition.js'))).toMatchInlineSnapshot(`
      [
        "RecognitionBadge",
        "useRecognition",
      ]
    `);
  });

  it('exports these names from @yilian/react/order-check', async () => {
    expect(await names(import('./order-check.js'))).toMatchInlineSnapshot(`
      [
        "OrderCheck",
        "useOrderCheck",
      ]
    `);
  });

  it('exports these names from @yilian/react/referral-form', async () => {
    expect(await names(import('./referral-form.js'))).toMatchInlineSnapshot(`
      [
        "ClinicalContentFields",
        "EMPTY_CLINICAL_CONTENT",
        "EMPTY_REFERRAL_FORM_VALUES",
        "ReferralDialog",
        "ReferralForm",
        "clinicalContentBody",
        "useReferralForm",
      ]
    `);
  });

  it('exports these names from @yilian/react/referral-tracker', async () => {
    expect(await names(import('./referral-tracker.js'))).toMatchInlineSnapshot(`
      [
        "ReferralTracker",
        "useReferral",
      ]
    `);
  });

  it('exports these names from @yilian/react/consultation-request', async () => {
    expect(await names(import('./consultation-request.js'))).toMatchInlineSnapshot(`
      [
        "ConsultationRequest",
        "ConsultationRequestDialog",
        "EMPTY_CONSULTATION_REQUEST",
        "toConsultationCreate",
        "useConsultationRequest",
      ]
    `);
  });

  it('exports these names from @yilian/react/consultation-tracker', async () => {
    expect(await names(import('./consultation-tracker.js'))).toMatchInlineSnapshot(`
      [
        "ConsultationTracker",
        "useConsultation",
      ]
    `);
  });

  it('exports these names from @yilian/react/consultation-inbox', async () => {
    expect(await names(import('./consultation-inbox.js'))).toMatchInlineSnapshot(`
      [
        "ConsultationInbox",
        "useConsultationInbox",
      ]
    `);
  });

  it('exports these names from @yilian/react/alliance-dashboard', async () => {
    expect(await names(import('./alliance-dashboard.js'))).toMatchInlineSnapshot(`
      [
        "AllianceDashboard",
        "useIndicators",
      ]
    `);
  });

  it('leaves the dashboard and its chart library out of @yilian/react: a page without charts never loads them', async () => {
    const all = await names(import('./index.js'));
    for (const name of await names(import('./alliance-dashboard.js'))) {
      expect(all).not.toContain(name);
    }
  });

  it('exports every name of a widget entry from @yilian/react too', async () => {
    const all = await names(import('./index.js'));
    for (const entry of [
      import('./calendar.js'),
      import('./recognition.js'),
      import('./referral-form.js'),
      import('./referral-tracker.js'),
      import('./referral-inbox.js'),
      import('./order-check.js'),
      import('./appointments.js'),
      import('./free-clinic-queue.js'),
      import('./consultation-request.js'),
      import('./consultation-tracker.js'),
      import('./consultation-inbox.js'),
    ]) {
      for (const name of await names(entry)) {
        expect(all).toContain(name);
      }
    }
  });
});
