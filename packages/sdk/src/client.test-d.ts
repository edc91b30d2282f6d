import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '@yilian/contract';
import { createAllianceClient } from './client.js';
import { AllianceError, isAllianceError } from './errors.js';
import type { PageIterator } from './pagination.js';
import { withPrechecks } from './prechecks.js';
import type { SubscribedEvent } from './subscribe.js';
import type { WriteOptions } from './transport.js';

type Schemas = components['schemas'];
const client = createAllianceClient({ baseUrl: 'http://127.0.0.1:8787', token: 't' });

describe('the client’s types', () => {
  it('returns the contract’s types from resource methods', () => {
    expectTypeOf(client.referrals.get('ref_1')).resolves.toEqualTypeOf<Schemas['Referral']>();
    expectTypeOf(client.referrals.verifySignature('ref_1')).resolves.toEqualTypeOf<
      Schemas['ReferralSignatureVerification']
    >();
    expectTypeOf(client.referrals.list()).toEqualTypeOf<PageIterator<Schemas['Referral']>>();
    expectTypeOf(client.appointments.book).returns.resolves.toEqualTypeOf<Schemas['Appointment']>();
    expectTypeOf(client.recognition.check).returns.resolves.toEqualTypeOf<Schemas['RecognitionOutcome']>();
    expectTypeOf(client.recognition.checkOrder).returns.resolves.toEqualTypeOf<Schemas['OrderCheck']>();
    expectTypeOf(client.recognition.recordAdoption).returns.resolves.toEqualTypeOf<
      Schemas['AdoptionDecision']
    >();
    expectTypeOf(client.recognition.regions).returns.resolves.toEqualTypeOf<
      Schemas['RecognitionRegionList']
    >();
    expectTypeOf(client.recognition.lists).returns.resolves.toEqualTypeOf<Schemas['RecognitionListList']>();
    expectTypeOf(client.results.timeline).returns.resolves.toEqualTypeOf<Schemas['Timeline']>();
    expectTypeOf(client.recognition.recordAdoption).parameter(1).toEqualTypeOf<WriteOptions | undefined>();
    expectTypeOf(client.events.list()).toEqualTypeOf<PageIterator<Schemas['Event']>>();
    expectTypeOf(client.referrals.counts()).resolves.toEqualTypeOf<Schemas['ReferralCounts']>();
  });

  it('types the dispatch day: batches, the 义诊 queue, scheduling and a patient’s consents', () => {
    expectTypeOf(client.dispatchBatches.list()).toEqualTypeOf<PageIterator<Schemas['DispatchBatch']>>();
    expectTypeOf(client.dispatchBatches.totals()).resolves.toEqualTypeOf<Schemas['DispatchBatchTotals']>();
    expectTypeOf(client.freeClinics.queue('act_1')).resolves.toEqualTypeOf<Schemas['FreeClinicQueue']>();
    expectTypeOf(client.freeClinics.callNext).returns.resolves.toEqualTypeOf<Schemas['QueueTicket']>();
    expectTypeOf(client.freeClinics.tickets('act_1')).toEqualTypeOf<PageIterator<Schemas['QueueTicket']>>();
    expectTypeOf(client.activities.create).returns.resolves.toEqualTypeOf<Schemas['Activity']>();
    expectTypeOf(client.myConsents()).resolves.toEqualTypeOf<Schemas['ConsentList']>();
    // @ts-expect-error a ticket is closed as seen or left, nothing else
    void client.freeClinics.close({ id: 'tkt_1', activityId: 'act_1', version: 1 }, { outcome: 'waiting' });
  });

  it('types the consultation resource by the contract', () => {
    expectTypeOf(client.consultations.get('con_1')).resolves.toEqualTypeOf<Schemas['Consultation']>();
    expectTypeOf(client.consultations.list()).toEqualTypeOf<PageIterator<Schemas['Consultation']>>();
    expectTypeOf(client.consultations.counts()).resolves.toEqualTypeOf<Schemas['ConsultationCounts']>();
    expectTypeOf(client.consultations.verifySignatures('con_1')).resolves.toEqualTypeOf<
      Schemas['ConsultationSignatureVerificationList']
    >();
    void client.consultations.list({ side: 'invited', expertClinicianId: 'cln_pumch_neuro_li' });
    // @ts-expect-error: the sides of a consultation are `inviting` and `invited`
    void client.consultations.list({ side: 'receiving' });
    void client.consultations.transition(
      { id: 'con_1', version: 2 },
      // @ts-expect-error: an opinion needs its findings and advice
      { command: 'submit_opinion', opinion: { findings: '…' } },
    );
  });

  it('types the work queue’s list and counts parameters', () => {
    void client.referrals.list({
      sort: 'green_first',
      q: 'ZZ-20261203',
      departmentId: 'dep_pumch_neurology',
    });
    void client.referrals.counts({ side: 'receiving', urgency: 'green_channel', q: 'ZZ' });
    // @ts-expect-error: the list's order is `newest` or `green_first`
    void client.referrals.list({ sort: 'oldest' });
    // @ts-expect-error: counts have no order
    void client.referrals.counts({ sort: 'green_first' });
  });

  it('types the events of a subscription by the types asked for', () => {
    expectTypeOf(client.events.subscribe()).toEqualTypeOf<AsyncIterable<SubscribedEvent>>();
    expectTypeOf<SubscribedEvent>().toExtend<Schemas['Event']>();
    const decided = client.events.subscribe({ types: ['referral.accepted', 'referral.rejected'] });
    expectTypeOf(decided).toEqualTypeOf<
      AsyncIterable<SubscribedEvent<'referral.accepted' | 'referral.rejected'>>
    >();
    expectTypeOf<SubscribedEvent<'referral.accepted'>['type']>().toEqualTypeOf<'referral.accepted'>();
    // @ts-expect-error: only the contract's event types
    void client.events.subscribe({ types: ['referral.approved'] });
  });

  it('refuses a wrong body or filter at compile time', () => {
    // @ts-expect-error: `urgency` is not one of the contract's values
    void client.referrals.create({ ...({} as Schemas['ReferralCreate']), urgency: 'asap' });
    // @ts-expect-error: a transition needs a command of the state table
    void client.referrals.transition({ id: 'ref_1', version: 1 }, { command: 'approve' });
    // @ts-expect-error: returning a referral for information needs the note saying what to add
    void client.referrals.transition({ id: 'ref_1', version: 1 }, { command: 'return_for_info' });
    void client.referrals.transition({ id: 'ref_1', version: 1 }, { command: 'resubmit' });
    void client.referrals.transition(
      { id: 'ref_1', version: 1 },
      { command: 'accept', appointment: { departmentId: 'dep_1', window: { from: 'a', to: 'b' } } },
    );
    // @ts-expect-error: `from` and `to` are required for slots
    void client.slots.list({ expertId: 'cln_1' });
    // @ts-expect-error: status filters take contract states
    void client.referrals.list({ status: ['open'] });
  });

  it('keeps the raw client typed by path and method', () => {
    // @ts-expect-error: no such path in the contract
    void client.raw.GET('/v1/nothing');
    // @ts-expect-error: the path parameter is required
    void client.raw.GET('/v1/referrals/{referralId}', {});
    expectTypeOf(client.raw.GET('/v1/me'))
      .resolves.toHaveProperty('data')
      .toEqualTypeOf<Schemas['Me'] | undefined>();
  });

  it('needs a token or a token provider, not both', () => {
    // @ts-expect-error: no credentials
    createAllianceClient({ baseUrl: 'http://127.0.0.1:8787' });
    // @ts-expect-error: both credentials
    createAllianceClient({ baseUrl: 'http://127.0.0.1:8787', token: 't', getToken: () => 't' });
  });

  it('narrows an error by its problem code', () => {
    const error: unknown = undefined;
    if (isAllianceError(error, 'slot_full', 'already_booked')) {
      expectTypeOf(error.code).toEqualTypeOf<'slot_full' | 'already_booked'>();
    }
    const alliance = new AllianceError({ type: 't', title: 't', status: 412, code: 'version_conflict' });
    if (alliance.is('version_conflict')) {
      expectTypeOf(alliance.problem.currentVersion).toEqualTypeOf<number | undefined>();
    }
  });

  it('adds the offline pre-checks only to a client that asks for them', () => {
    // @ts-expect-error: pre-checks are opt-in
    void client.referrals.allowedCommands;
    expectTypeOf(withPrechecks(client).referrals.decide).parameter(3).toEqualTypeOf<
      | {
          now?: string | Date;
          noShowPolicy?: { readonly afterScheduledMinutes: number; readonly afterWindowMinutes: number };
        }
      | undefined
    >();
    expectTypeOf(withPrechecks(client).referrals.allowedCommands).returns.toEqualTypeOf<
      Schemas['ReferralCommand'][]
    >();
  });
});
