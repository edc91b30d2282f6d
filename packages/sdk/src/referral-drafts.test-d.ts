import type { components } from '@yilian/contract';
import { describe, expectTypeOf, it } from 'vitest';
import { createAllianceClient } from './client.js';

type Schemas = components['schemas'];
const client = createAllianceClient({ baseUrl: 'http://127.0.0.1:8787', token: 't' });

describe('referrals.update', () => {
  it('returns the referral and needs the version edited', () => {
    expectTypeOf(client.referrals.update('ref_1', { reason: '改。' }, { ifMatch: 2 })).resolves.toEqualTypeOf<
      Schemas['Referral']
    >();
    // @ts-expect-error: an edit without the version it was made on would overwrite blindly
    void client.referrals.update('ref_1', { reason: '改。' }, {});
    // @ts-expect-error: the sending institution is not edited
    void client.referrals.update('ref_1', { sendingInstitutionId: 'ins_1' }, { ifMatch: 2 });
  });
});
