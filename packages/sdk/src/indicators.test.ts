// `client.indicators.*` against the real reference server (issue #17): the typed figures of a period, the CSV of
// the same figures with its byte-order mark and a header in the asked language, and typed refusals.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { AllianceClient } from './client.js';
import { createAllianceClient } from './client.js';
import { AllianceError } from './errors.js';
import type { Schemas } from './index.js';
import type { ReferenceServer } from './testing/reference-server.js';
import { startReferenceServer } from './testing/reference-server.js';

let server: ReferenceServer;
let sun: AllianceClient; // 协和 coordinator
let wang: AllianceClient; // 沧州 referrer
let han: AllianceClient; // 包钢 coordinator, another alliance

const client = async (clinicianId: string, locale?: 'zh-CN' | 'zh-TW' | 'en') =>
  createAllianceClient({
    baseUrl: server.baseUrl,
    token: await server.tokenFor(clinicianId),
    retry: false,
    ...(locale ? { locale } : {}),
  });

beforeAll(async () => {
  server = await startReferenceServer();
  sun = await client('cln_pumch_coord_sun', 'en');
  wang = await client('cln_cz_neuro_wang');
  han = await client('cln_bg_coord_han');
});
afterAll(() => server.close());

async function failure(call: Promise<unknown>): Promise<AllianceError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AllianceError);
  return error as AllianceError;
}

const NOVEMBER = { allianceId: 'all_pumch_cangzhou', from: '2026-11-01', to: '2026-11-30' };

describe('client.indicators', () => {
  it('gets the typed figures of a period, every month included', async () => {
    const indicators = await sun.indicators.get({ ...NOVEMBER, from: '2026-10-01' });
    expectTypeOf(indicators).toEqualTypeOf<Schemas['AllianceIndicators']>();
    expect(indicators).toMatchObject({
      allianceId: 'all_pumch_cangzhou',
      institutionId: null,
      from: '2026-10-01',
      to: '2026-11-30',
      timeZone: 'Asia/Shanghai',
    });
    expect(indicators.months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    expect(indicators.dispatch.activitiesByKind).toHaveLength(7);
    const sum = indicators.months.reduce((total, m) => total + m.consultations, 0);
    expect(sum).toBe(indicators.consultations.requested);
  });

  it('exports the same figures as CSV text, header in the asked language or the client’s', async () => {
    const json = await sun.indicators.get(NOVEMBER);
    const english = await sun.indicators.exportCsv(NOVEMBER);
    expectTypeOf(english).toEqualTypeOf<string>();
    expect(english.charCodeAt(0)).toBe(0xfeff);
    const [header, month, total] = english
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(header!.slice(0, 3)).toEqual(['Period', 'Up-referrals', 'Down-referrals']);
    expect(month![0]).toBe('2026-11');
    expect(total![0]).toBe('2026-11-01/2026-11-30');
    const column = header!.indexOf('Consultations requested');
    expect(Number(total![column])).toBe(json.consultations.requested);
    expect(Number(total![header!.indexOf('Expert-visits')])).toBe(json.dispatch.expertVisits);
    const traditional = await sun.indicators.exportCsv({ ...NOVEMBER, locale: 'zh-TW' });
    expect(traditional.split('\r\n')[0]).toMatch(/^\ufeff期間,上轉,下轉,/);
  });

  it('refuses another role with 403, another alliance with 404 and a backwards period with 422', async () => {
    expect((await failure(wang.indicators.get(NOVEMBER))).status).toBe(403);
    expect((await failure(han.indicators.get(NOVEMBER))).status).toBe(404);
    const backwards = await failure(sun.indicators.exportCsv({ ...NOVEMBER, to: '2026-10-31' }));
    expect(backwards.status).toBe(422);
    expect(backwards.errors?.[0]).toMatchObject({ pointer: '#query/to', code: 'interval_invalid' });
  });
});
