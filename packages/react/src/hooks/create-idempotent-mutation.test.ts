import { describe, expect, it, vi } from 'vitest';
import { createIdempotentMutation } from './create-idempotent-mutation.js';

/** A write whose answers the test decides: each call waits for `answer.resolve` or `answer.reject`. */
function controlledWrite<TData>() {
  const calls: {
    variables: unknown;
    key: string;
    resolve: (data: TData) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const run = (variables: unknown, { idempotencyKey }: { idempotencyKey: string }) =>
    new Promise<TData>((resolve, reject) => {
      calls.push({ variables, key: idempotencyKey, resolve, reject });
    });
  return { run, calls };
}

function counterKeys() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('createIdempotentMutation', () => {
  it('given a new mutation, when nothing is sent, then it is idle', () => {
    const mutation = createIdempotentMutation(async () => 1);
    expect(mutation.getSnapshot()).toEqual({
      status: 'idle',
      isPending: false,
      data: undefined,
      error: undefined,
    });
  });

  it('when a write is sent, then it is pending with a key, and after it succeeds it holds the data', async () => {
    const { run, calls } = controlledWrite<string>();
    const mutation = createIdempotentMutation(run, { createKey: counterKeys() });
    const listener = vi.fn();
    mutation.subscribe(listener);

    const sent = mutation.mutate({ slotId: 's1' });
    expect(mutation.getSnapshot().status).toBe('pending');
    expect(mutation.getSnapshot().isPending).toBe(true);
    expect(calls).toEqual([expect.objectContaining({ variables: { slotId: 's1' }, key: 'key-1' })]);

    calls[0]?.resolve('apt_1');
    await expect(sent).resolves.toBe('apt_1');
    expect(mutation.getSnapshot()).toEqual({
      status: 'success',
      isPending: false,
      data: 'apt_1',
      error: undefined,
    });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('after a failure, when the user retries the same attempt, then the same key is sent again', async () => {
    const { run, calls } = controlledWrite<string>();
    const mutation = createIdempotentMutation(run, { createKey: counterKeys() });
    const offline = new Error('offline');

    const first = mutation.mutate({ slotId: 's1' });
    calls[0]?.reject(offline);
    await expect(first).rejects.toBe(offline);
    expect(mutation.getSnapshot()).toEqual({
      status: 'error',
      isPending: false,
      data: undefined,
      error: offline,
    });

    const retry = mutation.mutate({ slotId: 's1' });
    expect(mutation.getSnapshot().error).toBeUndefined();
    calls[1]?.resolve('apt_1');
    await retry;
    expect(calls.map((call) => call.key)).toEqual(['key-1', 'key-1']);
  });

  it('after a failure, when the user sends something else, then it is a new attempt with a new key', async () => {
    const { run, calls } = controlledWrite<string>();
    const mutation = createIdempotentMutation(run, { createKey: counterKeys() });

    const first = mutation.mutate({ slotId: 's1' });
    calls[0]?.reject(new Error('offline'));
    await first.catch(() => undefined);
    void mutation.mutate({ slotId: 's2' });
    expect(calls.map((call) => call.key)).toEqual(['key-1', 'key-2']);
  });

  it('after a success, when the same variables are sent again, then it is a new write with a new key', async () => {
    const { run, calls } = controlledWrite<string>();
    const mutation = createIdempotentMutation(run, { createKey: counterKeys() });

    const first = mutation.mutate({ slotId: 's1' });
    calls[0]?.resolve('apt_1');
    await first;
    void mutation.mutate({ slotId: 's1' });
    expect(calls.map((call) => call.key)).toEqual(['key-1', 'key-2']);
  });

  it('after a failure and a reset, when the same variables are sent, then the key is new and the state idle first', async () => {
    const { run, calls } = controlledWrite<string>();
    const mutation = createIdempotentMutation(run, { createKey: counterKeys() });

    const first = mutation.mutate('body');
    calls[0]?.reject(new Error('offline'));
    await first.catch(() => undefined);
    mutation.reset();
    expect(mutation.getSnapshot().status).toBe('idle');
    void mutation.mutate('body');
    expect(calls.map((call) => call.key)).toEqual(['key-1', 'key-2']);
  });

  it('with attemptOf, when a retry differs only in what it leaves out, then the first try is replayed as sent', async () => {
    const { run, calls } = controlledWrite<string>();
    const mutation = createIdempotentMutation(run, {
      createKey: counterKeys(),
      attemptOf: (body: { slotId: string; grantedAt: string }) => body.slotId,
    });

    const first = mutation.mutate({ slotId: 's1', grantedAt: '09:00' });
    calls[0]?.reject(new Error('offline'));
    await first.catch(() => undefined);
    void mutation.mutate({ slotId: 's1', grantedAt: '09:05' });
    expect(calls.map(({ key, variables }) => ({ key, variables }))).toEqual([
      { key: 'key-1', variables: { slotId: 's1', grantedAt: '09:00' } },
      { key: 'key-1', variables: { slotId: 's1', grantedAt: '09:00' } },
    ]);
  });

  it('while a write is in flight, when mutate is called again, then nothing more is sent and both get its answer', async () => {
    const { run, calls } = controlledWrite<string>();
    const mutation = createIdempotentMutation(run, { createKey: counterKeys() });

    const first = mutation.mutate('body');
    const second = mutation.mutate('other');
    expect(second).toBe(first);
    calls[0]?.resolve('done');
    await expect(second).resolves.toBe('done');
    expect(calls).toHaveLength(1);
  });

  it('after a reset while in flight, when the write answers, then the state stays idle', async () => {
    const { run, calls } = controlledWrite<string>();
    const mutation = createIdempotentMutation(run, { createKey: counterKeys() });

    const sent = mutation.mutate('body');
    mutation.reset();
    calls[0]?.resolve('late');
    await sent;
    expect(mutation.getSnapshot().status).toBe('idle');
  });

  it('keeps the same snapshot object until the state changes, and stops calling an unsubscribed listener', async () => {
    const mutation = createIdempotentMutation(async (n: number) => n * 2);
    const listener = vi.fn();
    const unsubscribe = mutation.subscribe(listener);
    expect(mutation.getSnapshot()).toBe(mutation.getSnapshot());
    mutation.reset();
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
    await mutation.mutate(2);
    expect(listener).not.toHaveBeenCalled();
    expect(mutation.getSnapshot().data).toBe(4);
  });

  it('by default, makes its keys with the SDK generator: 32 hex characters, no crypto.randomUUID needed', async () => {
    const keys: string[] = [];
    const mutation = createIdempotentMutation(async (_: null, { idempotencyKey }) => {
      keys.push(idempotencyKey);
    });
    const randomUUID = vi.spyOn(crypto, 'randomUUID');
    await mutation.mutate(null);
    await mutation.mutate(null);
    expect(keys).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/), expect.stringMatching(/^[0-9a-f]{32}$/)]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(randomUUID).not.toHaveBeenCalled();
    randomUUID.mockRestore();
  });
});
