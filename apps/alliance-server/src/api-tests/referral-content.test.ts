// The referral's content rules, routing warnings and electronic signature (DOMAIN §3 转诊单 fields), on PGlite and,
// when DATABASE_URL is set, on PostgreSQL.
import type { components } from '@yilian/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralSigner } from '../signing.js';
import type { TestServer } from '../testing/harness.js';
import {
  createTestServer,
  examplePatient,
  exampleReferral,
  postgresTestDatabase,
  postgresUrl,
} from '../testing/harness.js';

type Referral = components['schemas']['Referral'];
type Problem = components['schemas']['Problem'];
type Verification = components['schemas']['ReferralSignatureVerification'];

const INSURANCE_CARD = '1101051990030712';

function upReferral(overrides: Record<string, unknown> = {}) {
  return exampleReferral({
    urgency: 'urgent',
    sendingDepartmentId: 'dep_cz_neurology',
    receivingDepartmentId: 'dep_pumch_neurology',
    patient: { ...examplePatient(), insuranceType: 'urban_employee', insuranceCardNumber: INSURANCE_CARD },
    tcmDiagnosis: { diseaseName: '中风病', diseaseCode: 'A07.01.01', syndromeName: '风痰阻络证' },
    sendingRecordNumbers: { outpatientNo: 'MZ20261123001', inpatientNo: 'ZY2026110042' },
    ...overrides,
  });
}

const pointers = (problem: Pick<Problem, 'errors'>) =>
  (problem.errors ?? []).map((e) => `${e.pointer} ${e.code}`);

/** A stand-in for a hospital CA: an HMAC over the signed bytes, keyed per signer. */
function hmacSigner(secret: string): ReferralSigner {
  async function mac(bytes: Uint8Array, clinicianId: string): Promise<string> {
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(`${secret}:${clinicianId}`),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const sig = await crypto.subtle.sign('HMAC', key, new Uint8Array(bytes));
    return btoa(String.fromCharCode(...new Uint8Array(sig)));
  }
  return {
    async sign(bytes, signer) {
      return { provider: 'test-ca', algorithm: 'HMAC-SHA256', value: await mac(bytes, signer.clinicianId) };
    },
    async verify(bytes, signer, signature) {
      return signature.provider === 'test-ca' && signature.value === (await mac(bytes, signer.clinicianId));
    },
  };
}

function suite(name: string, open: () => Promise<{ server: TestServer; close: () => Promise<void> }>) {
  describe(name, () => {
    let server: TestServer;
    let close: () => Promise<void>;
    let wang: string; // 沧州 referrer
    let zhang: string; // 协和 receiver

    beforeAll(async () => {
      ({ server, close } = await open());
      wang = await server.tokenFor('cln_cz_neuro_wang');
      zhang = await server.tokenFor('cln_pumch_neuro_zhang');
    }, 60_000);
    afterAll(async () => {
      await close();
    });

    async function create(body: Record<string, unknown> = upReferral(), token = wang) {
      return server.call<Referral & Omit<Problem, 'status'>>('createReferral', { token, body });
    }
    async function transition(token: string, referral: Referral, body: Record<string, unknown>) {
      return server.call<Referral & Omit<Problem, 'status'>>('transitionReferral', {
        token,
        path: { referralId: referral.id },
        headers: { 'If-Match': `"${referral.version}"` },
        body,
      });
    }
    async function verify(referralId: string, token = wang) {
      return server.call<Verification>('verifyReferralSignature', { token, path: { referralId } });
    }

    describe('content required at submit', () => {
      it('refuses an up-referral sent without its history, but keeps it as a draft; submitting the draft is refused too', async () => {
        const refused = await create(upReferral({ clinicalSummary: undefined }));
        expect(refused.status).toBe(422);
        expect(pointers(refused.body)).toEqual(['/clinicalSummary required']);

        const draft = await create(upReferral({ clinicalSummary: '  ', submit: false }));
        expect(draft.status).toBe(201);
        expect(draft.body.status).toBe('draft');
        const submit = await transition(wang, draft.body, { command: 'submit' });
        expect(submit.status).toBe(422);
        expect(pointers(submit.body)).toEqual(['/clinicalSummary required']);
        const after = await server.call<Referral>('getReferral', {
          token: wang,
          path: { referralId: draft.body.id },
        });
        expect(after.body).toMatchObject({ status: 'draft', version: 1 });
        expect(after.body.signature).toBeUndefined();
      });

      it('refuses a down-referral without its 回转单: summary, main results, rehab plan, medications, follow-up date', async () => {
        const parent = await create();
        expect(parent.status).toBe(201);
        const res = await create(
          upReferral({
            direction: 'down',
            urgency: 'routine',
            sendingInstitutionId: 'ins_pumch',
            sendingDepartmentId: 'dep_pumch_neurology',
            receivingInstitutionId: 'ins_cangzhou_central',
            receivingDepartmentId: 'dep_cz_rehab',
            parentReferralId: parent.body.id,
            clinicalSummary: undefined,
            followUpDates: [],
            consent: {
              purpose: 'referral_transfer',
              grantedAt: '2026-11-23T08:50:00+08:00',
              recordedBy: 'cln_pumch_neuro_zhang',
              method: 'written',
            },
          }),
          await server.tokenFor('cln_pumch_neuro_zhang', 'referrer'),
        );
        expect(res.status).toBe(422);
        expect(pointers(res.body)).toEqual([
          '/clinicalSummary required',
          '/mainResults required',
          '/rehabPlan required',
          '/medications required',
          '/followUpDates required',
        ]);
      });

      it('refuses a green-channel referral without its escort, and one whose escort names no one or no transport', async () => {
        const green = { urgency: 'green_channel', greenChannelCategory: 'stroke' };
        const none = await create(upReferral(green));
        expect(pointers(none.body)).toEqual(['/escort required']);
        const partial = await create(upReferral({ ...green, escort: { escortRole: 'nurse' } }));
        expect(pointers(partial.body)).toEqual(['/escort/escortedBy required', '/escort/transport required']);
        const escort = {
          escortedBy: '李护士',
          escortRole: 'nurse',
          transport: 'ambulance_with_doctor',
          handoverItems: '头颅CT片1张',
        };
        const ok = await create(upReferral({ ...green, escort }));
        expect(ok.status).toBe(201);
        expect(ok.body.escort).toEqual(escort);
      });

      it('refuses a TCM diagnosis without its 证型 even in a draft', async () => {
        const res = await create(upReferral({ submit: false, tcmDiagnosis: { diseaseName: '中风病' } }));
        expect(res.status).toBe(422);
        expect(pointers(res.body)).toContain('/tcmDiagnosis/syndromeName required');
      });
    });

    describe('the new form fields', () => {
      it('keeps record numbers at both sides and the TCM diagnosis; masks the insurance card number for the referrer', async () => {
        const created = await create();
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          tcmDiagnosis: { diseaseName: '中风病', diseaseCode: 'A07.01.01', syndromeName: '风痰阻络证' },
          sendingRecordNumbers: { outpatientNo: 'MZ20261123001', inpatientNo: 'ZY2026110042' },
        });
        // The referrer needs no card number to follow up; the receiver registers the patient with it.
        expect(created.body.patient).toMatchObject({
          insuranceCardNumber: '110*********0712',
          idNumberMasked: true,
        });
        const seen = await server.call<Referral>('getReferral', {
          token: zhang,
          path: { referralId: created.body.id },
        });
        expect(seen.body.patient.insuranceCardNumber).toBe(INSURANCE_CARD);

        const accepted = await transition(zhang, seen.body, {
          command: 'accept',
          appointment: { departmentId: 'dep_pumch_neurology', scheduledAt: '2026-11-23T13:00:00+08:00' },
        });
        const arrived = await transition(zhang, accepted.body, {
          command: 'record_arrival',
          // Submitted at the server's 09:00; an arrival before it is refused (arrival_before_submission).
          arrivedAt: '2026-11-23T09:00:00+08:00',
          receivingRecordNumbers: { inpatientNo: 'PUMCH-ZY-778812' },
        });
        expect(arrived.status).toBe(200);
        expect(arrived.body.receivingRecordNumbers).toEqual({ inpatientNo: 'PUMCH-ZY-778812' });
        const forSender = await server.call<Referral>('getReferral', {
          token: wang,
          path: { referralId: created.body.id },
        });
        expect(forSender.body.receivingRecordNumbers).toEqual({ inpatientNo: 'PUMCH-ZY-778812' });
      });

      it('refuses record numbers longer than 32 characters', async () => {
        const res = await create(upReferral({ sendingRecordNumbers: { outpatientNo: 'M'.repeat(33) } }));
        expect(res.status).toBe(422);
        expect(pointers(res.body)).toEqual(['/sendingRecordNumbers/outpatientNo too_long']);
      });
    });

    describe('routing warnings', () => {
      it('warns, never blocks: tuberculosis → designated hospital, in the request’s locale', async () => {
        const tb = upReferral({ diagnosis: { code: 'A15.000', text: '肺结核' } });
        const zh = await create(tb);
        expect(zh.status).toBe(201);
        expect(zh.body.warnings).toEqual([
          { code: 'designated_hospital', message: '诊断属法定传染病：请确认接收机构为定点医院。' },
        ]);
        const en = await server.call<Referral>('getReferral', {
          token: zhang,
          path: { referralId: zh.body.id },
          headers: { 'accept-language': 'en' },
        });
        expect(en.body.warnings?.[0]?.message).toMatch(/designated hospital/);
      });

      it('warns of mental illness and occupational disease; an ordinary diagnosis has none', async () => {
        const mental = await create(upReferral({ diagnosis: { code: 'F32.900', text: '抑郁发作' } }));
        expect(mental.body.warnings?.map((w) => w.code)).toEqual(['specialist_mental']);
        const silicosis = await create(upReferral({ diagnosis: { code: 'J62.800', text: '矽肺' } }));
        expect(silicosis.body.warnings?.map((w) => w.code)).toEqual(['specialist_occupational']);
        const stroke = await create();
        expect(stroke.body.warnings).toBeUndefined();
      });
    });

    describe('the electronic signature', () => {
      it('signs at submit by the caller, verifies, survives the receiver’s steps, and fails once the stored form is changed', async () => {
        const created = await create();
        expect(created.body.signature).toEqual({
          algorithm: 'SHA-256',
          digest: expect.stringMatching(/^[0-9a-f]{64}$/),
          signerClinicianId: 'cln_cz_neuro_wang',
          signedAt: '2026-11-23T09:00:00+08:00',
          provider: 'yilian-digest',
        });
        const first = await verify(created.body.id);
        expect(first.status).toBe(200);
        expect(first.body).toMatchObject({ valid: true, recomputedDigest: created.body.signature?.digest });

        // The receiver assigns its own department and records arrival: the signed form is unchanged.
        const accepted = await transition(zhang, created.body, {
          command: 'accept',
          appointment: {
            departmentId: 'dep_pumch_neurology',
            clinicianId: 'cln_pumch_neuro_li',
            scheduledAt: '2026-11-23T13:00:00+08:00',
          },
        });
        expect(accepted.status).toBe(200);
        expect((await verify(created.body.id, zhang)).body.valid).toBe(true);

        await server.db.query(
          `UPDATE referrals SET details = jsonb_set(details, '{clinicalSummary}', '"发病4小时，NIHSS 2分。"') WHERE id = $1`,
          [created.body.id],
        );
        const tampered = await verify(created.body.id, zhang);
        expect(tampered.body.valid).toBe(false);
        expect(tampered.body.digest).toBe(created.body.signature?.digest);
        expect(tampered.body.recomputedDigest).not.toBe(tampered.body.digest);
      });

      it('fails verification when the stored patient is changed', async () => {
        const created = await create();
        await server.db.query(
          `UPDATE referrals SET patient = jsonb_set(patient, '{name}', '"李四"') WHERE id = $1`,
          [created.body.id],
        );
        expect((await verify(created.body.id)).body.valid).toBe(false);
      });

      it('signs by a named colleague of the sending institution, and refuses a signer from elsewhere', async () => {
        const colleague = await create(upReferral({ signingClinicianId: 'cln_cz_coord_liu' }));
        expect(colleague.body.signature?.signerClinicianId).toBe('cln_cz_coord_liu');
        const outsider = await create(upReferral({ signingClinicianId: 'cln_pumch_neuro_zhang' }));
        expect(outsider.status).toBe(422);
        expect(pointers(outsider.body)).toEqual(['/signingClinicianId unknown_reference']);
      });

      it('has no signature while a draft (404), and signs when the draft is submitted', async () => {
        const draft = await create(upReferral({ submit: false }));
        expect(draft.body.signature).toBeUndefined();
        expect((await verify(draft.body.id)).status).toBe(404);
        const submitted = await transition(wang, draft.body, { command: 'submit' });
        expect(submitted.status).toBe(200);
        expect(submitted.body.signature?.signerClinicianId).toBe('cln_cz_neuro_wang');
        expect((await verify(draft.body.id)).body).toMatchObject({ valid: true, provider: 'yilian-digest' });
      });

      it('answers 404 to an institution that is not party to the referral', async () => {
        const created = await create();
        const han = await server.tokenFor('cln_bg_coord_han');
        expect((await verify(created.body.id, han)).status).toBe(404);
      });

      it('never logs the patient', async () => {
        const logged = JSON.stringify(server.logs);
        expect(logged).not.toContain('110105199003071239');
        expect(logged).not.toContain(INSURANCE_CARD);
        expect(logged).not.toContain('张三');
      });
    });
  });
}

suite('referral content on PGlite', async () => {
  const server = await createTestServer();
  return { server, close: () => Promise.resolve() };
});

const url = postgresUrl();
if (url) {
  suite('referral content on PostgreSQL', async () => {
    const pg = await postgresTestDatabase(url);
    const server = await createTestServer({ db: pg.db });
    return { server, close: () => pg.drop() };
  });
}

describe('a hospital’s own signer (CA) plugged into the server', () => {
  it('stores its value and verifies it; a tampered form fails, and the default signer does not vouch for a CA’s signature', async () => {
    const server = await createTestServer({ config: { referralSigner: hmacSigner('ca-secret') } });
    const token = await server.tokenFor('cln_cz_neuro_wang');
    const created = await server.call<Referral>('createReferral', { token, body: upReferral() });
    expect(created.body.signature).toMatchObject({
      provider: 'test-ca',
      algorithm: 'HMAC-SHA256',
      value: expect.any(String),
    });
    const check = () =>
      server.call<Verification>('verifyReferralSignature', { token, path: { referralId: created.body.id } });
    expect((await check()).body.valid).toBe(true);

    // The same database read by a server with the default signer: the digest matches, but no CA vouches.
    const plain = await createTestServer({ db: server.db, clock: server.clock });
    const byDefault = await plain.call<Verification>('verifyReferralSignature', {
      token,
      path: { referralId: created.body.id },
    });
    expect(byDefault.body).toMatchObject({ valid: false, recomputedDigest: created.body.signature?.digest });

    await server.db.query(`UPDATE referrals SET reason = '改过的原因' WHERE id = $1`, [created.body.id]);
    expect((await check()).body.valid).toBe(false);
  });
});
