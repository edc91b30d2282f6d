import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '@yilian/contract';
import { createAllianceClient } from './client.js';
import type { AllianceErrorJSON, NetworkErrorJSON, UnauthenticatedReason } from './errors.js';
import { AllianceError, NetworkError, TimeoutError, throwIfError } from './errors.js';
import type { ItemArray } from './pagination.js';
import type { RetryEvent } from './transport.js';

type Schemas = components['schemas'];
const client = createAllianceClient({ baseUrl: 'http://127.0.0.1:8787', token: 't' });

describe('the types of what errors explain', () => {
  it('types the members of a 401 and a 403 from the contract', () => {
    const error = new AllianceError({ type: 't', title: 't', status: 403, code: 'forbidden' });
    expectTypeOf(error.requiredRoles).toEqualTypeOf<readonly Schemas['Role'][] | undefined>();
    expectTypeOf(error.allowedCommands).toEqualTypeOf<readonly Schemas['ReferralCommand'][] | undefined>();
    expectTypeOf(error.reason).toEqualTypeOf<UnauthenticatedReason | undefined>();
  });

  it('serializes to plain, typed objects', () => {
    const error = new AllianceError({ type: 't', title: 't', status: 404, code: 'not_found' });
    expectTypeOf(error.toJSON()).toEqualTypeOf<AllianceErrorJSON>();
    expectTypeOf(new NetworkError('x').toJSON()).toEqualTypeOf<NetworkErrorJSON>();
    expectTypeOf(new TimeoutError(1).toJSON()).toEqualTypeOf<NetworkErrorJSON>();
    expectTypeOf(new NetworkError('x').host).toEqualTypeOf<string | undefined>();
    expectTypeOf(new NetworkError('x').attempts).toEqualTypeOf<number | undefined>();
  });

  it('unwraps a raw result to its data', async () => {
    expectTypeOf(throwIfError(await client.raw.GET('/v1/me'))).toEqualTypeOf<Schemas['Me']>();
  });

  it('tells onRetry what failed, as a network failure, a timeout or a status', () => {
    expectTypeOf<RetryEvent['reason']>().toEqualTypeOf<'network' | 'timeout' | number>();
    createAllianceClient({
      baseUrl: '',
      token: 't',
      onRetry: (event) => expectTypeOf(event).toEqualTypeOf<RetryEvent>(),
    });
    void client.me({ onRetry: ({ attempt }) => expectTypeOf(attempt).toBeNumber() });
  });

  it('marks a capped toArray and types the webhook endpoint methods', () => {
    expectTypeOf(client.referrals.list().toArray()).resolves.toEqualTypeOf<ItemArray<Schemas['Referral']>>();
    expectTypeOf<ItemArray<string>['truncated']>().toEqualTypeOf<boolean>();
    expectTypeOf(client.webhookEndpoints.create).returns.resolves.toEqualTypeOf<Schemas['WebhookEndpoint']>();
    expectTypeOf(client.webhookEndpoints.delete).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(client.webhookEndpoints.deliveries('whe_1').toArray()).resolves.toEqualTypeOf<
      ItemArray<Schemas['WebhookDelivery']>
    >();
    // @ts-expect-error: event types are the contract's
    void client.webhookEndpoints.create({ url: 'https://x.cn', eventTypes: ['referral.approved'] });
  });
});
