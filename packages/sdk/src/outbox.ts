import type { components } from '@yilian/contract';
import type { AllianceClient, ConsultationVersion, ReferralCreateInput, ReferralVersion } from './client.js';
import { isAllianceError, isNetworkError } from './errors.js';
import { randomId } from './random-id.js';

type Schemas = components['schemas'];

/**
 * A write the outbox can hold while offline: creates and transitions.
 * @example const op: OutboxOperation = { kind: 'referrals.create', input: { ...form, submit: true } };
 */
export type OutboxOperation =
  | { kind: 'referrals.create'; input: ReferralCreateInput }
  | { kind: 'referrals.transition'; referral: ReferralVersion; input: Schemas['ReferralTransition'] }
  | { kind: 'appointments.book'; input: Schemas['AppointmentBook'] }
  | { kind: 'appointments.cancel'; appointmentId: string; input: Schemas['AppointmentCancel'] }
  | { kind: 'results.register'; input: Schemas['ResultRegister'] }
  | { kind: 'consultations.create'; input: Schemas['ConsultationCreate'] }
  | {
      kind: 'consultations.transition';
      consultation: ConsultationVersion;
      input: Schemas['ConsultationTransition'];
    };

/**
 * Where an item stands: `pending` (waiting for the network), `sending`, `sent` (the server answered 2xx, maybe as
 * a replay) or `failed` (the server refused it; see `error`, fix and `retry`, or `remove`).
 * @example if (item.state === 'failed') { showFix(item.error); }
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * One queued write. `operation` (which holds the patient's data) is dropped once the write is sent.
 * @example const { id, state, result } = item;
 */
export interface OutboxItem {
  /** The local id of the item. */
  id: string;
  kind: OutboxOperation['kind'];
  state: OutboxState;
  /** The `Idempotency-Key` of every attempt, so a replay never creates twice. */
  idempotencyKey: string;
  /** The write; absent once `sent`. */
  operation?: OutboxOperation;
  /** When it was queued (ISO 8601). */
  queuedAt: string;
  /** Sends tried. */
  attempts: number;
  /** The id (and status, for referrals and consultations) of what the server created or changed. */
  result?: { id: string; status?: string };
  /** Why the last attempt failed, without patient data. */
  error?: { name: string; message: string; code?: string; status?: number; requestId?: string };
}

/**
 * Where the outbox keeps its items across restarts. `save` must be atomic: it gets the whole list each time.
 * @example const storage: OutboxStorage = memoryStorage();
 */
export interface OutboxStorage {
  /** Reads the items (an empty list the first time). */
  load(): Promise<OutboxItem[]>;
  /** Replaces the items. */
  save(items: readonly OutboxItem[]): Promise<void>;
}

/**
 * What a flush did.
 * @example const { sent, failed, pending } = await outbox.flush();
 */
export interface FlushSummary {
  sent: number;
  failed: number;
  pending: number;
}

/**
 * Options of `createOutbox`.
 * @example const options: OutboxOptions = { onChange: (items) => render(items) };
 */
export interface OutboxOptions {
  /** Called with every item after each change of state. */
  onChange?: (items: readonly OutboxItem[]) => void;
  /** Flush when the browser reports it is back online (`online` event); true by default where there is one. */
  flushWhenOnline?: boolean;
}

/**
 * A queue of writes that survives being offline and restarts.
 * @example await outbox.enqueue({ kind: 'referrals.create', input: form }); await outbox.flush();
 */
export interface Outbox {
  /**
   * Queues a write (persisted before this resolves) with a new idempotency key. It is sent by the next `flush`.
   * @param operation - the write
   * @example const item = await outbox.enqueue({ kind: 'referrals.transition', referral, input: { command: 'submit' } });
   */
  enqueue(operation: OutboxOperation): Promise<OutboxItem>;
  /**
   * Sends pending items in the order they were queued, each with its own key, and never throws: it stops at the
   * first network failure (the rest wait for the next flush) and marks refused items `failed`. An item left
   * `sending` by a crash is sent again with the same key, and the server replays its first answer.
   * @example window.addEventListener('online', () => void outbox.flush());
   */
  flush(): Promise<FlushSummary>;
  /**
   * The items, oldest first.
   * @example const waiting = (await outbox.items()).filter((item) => item.state === 'pending');
   */
  items(): Promise<readonly OutboxItem[]>;
  /**
   * Puts a failed item back in the queue, e.g. after the referral was reloaded.
   * @param id - the item id
   * @param operation - a corrected write, e.g. with the current version; the same kind keeps the same key
   * @example await outbox.retry(item.id, { ...item.operation, referral: fresh });
   */
  retry(id: string, operation?: OutboxOperation): Promise<void>;
  /**
   * Removes an item (a failed one given up, or a sent one).
   * @param id - the item id
   * @example await outbox.remove(item.id);
   */
  remove(id: string): Promise<void>;
  /**
   * Stops listening for the `online` event.
   * @example outbox.close();
   */
  close(): void;
}

function describe(error: unknown): NonNullable<OutboxItem['error']> {
  if (isAllianceError(error)) {
    return {
      name: error.name,
      message: error.title,
      code: error.code,
      status: error.status,
      ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
    };
  }
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  return { name, message };
}

// A refusal that may pass later (overload, a replay still in progress) waits like a network failure.
function isTransient(error: unknown): boolean {
  return (
    isNetworkError(error) ||
    (isAllianceError(error) &&
      (error.status >= 500 || error.is('rate_limited', 'idempotency_request_in_progress')))
  );
}

async function send(
  client: AllianceClient,
  operation: OutboxOperation,
  idempotencyKey: string,
): Promise<{ id: string; status?: string }> {
  const options = { idempotencyKey };
  switch (operation.kind) {
    case 'referrals.create': {
      const { id, status } = await client.referrals.create(operation.input, options);
      return { id, status };
    }
    case 'referrals.transition': {
      const { id, status } = await client.referrals.transition(operation.referral, operation.input, options);
      return { id, status };
    }
    case 'appointments.book': {
      const { id, status } = await client.appointments.book(operation.input, options);
      return { id, status };
    }
    case 'appointments.cancel': {
      const { id, status } = await client.appointments.cancel(
        operation.appointmentId,
        operation.input,
        options,
      );
      return { id, status };
    }
    case 'results.register': {
      const { id } = await client.results.register(operation.input, options);
      return { id };
    }
    case 'consultations.create': {
      const { id, status } = await client.consultations.create(operation.input, options);
      return { id, status };
    }
    case 'consultations.transition': {
      const { id, status } = await client.consultations.transition(
        operation.consultation,
        operation.input,
        options,
      );
      return { id, status };
    }
    default:
      return operation satisfies never;
  }
}

/**
 * Creates an outbox for member hospitals on weak networks: writes typed while offline are kept in `storage`, sent
 * in order with their original idempotency keys when the network returns, and reported item by item, so nothing
 * typed is lost and nothing is sent twice.
 * @param client - the client to send with
 * @param storage - `indexedDbStorage()` in browsers, `fileStorage(path, fs)` in Node, `memoryStorage()` in tests
 * @param options - `onChange` listener and `flushWhenOnline`
 * @example
 * const outbox = createOutbox(client, indexedDbStorage(), { onChange: renderQueue });
 * await outbox.enqueue({ kind: 'referrals.create', input: { ...form, submit: true } });
 * await outbox.flush();
 */
export function createOutbox(
  client: AllianceClient,
  storage: OutboxStorage,
  options: OutboxOptions = {},
): Outbox {
  let items: OutboxItem[] | undefined;
  // One change at a time: an enqueue during a flush must not be lost by the flush's next save.
  let queue: Promise<unknown> = Promise.resolve();
  let flushing: Promise<FlushSummary> | undefined;

  function exclusive<TResult>(work: (items: OutboxItem[]) => Promise<TResult>): Promise<TResult> {
    const run = queue.then(async () => work((items ??= await storage.load())));
    queue = run.catch(() => undefined);
    return run;
  }

  async function commit(list: OutboxItem[]): Promise<void> {
    await storage.save(list);
    options.onChange?.(list.map((item) => ({ ...item })));
  }

  async function flushAll(): Promise<FlushSummary> {
    const summary: FlushSummary = { sent: 0, failed: 0, pending: 0 };
    for (;;) {
      const next = await exclusive(async (list) => {
        const item = list.find((candidate) => candidate.state === 'pending' || candidate.state === 'sending');
        if (item) {
          item.state = 'sending';
          item.attempts += 1;
          // Persisted before sending: after a crash the item is known to be possibly sent, and goes again with its key.
          await commit(list);
        }
        return item && { ...item };
      });
      if (!next?.operation) {
        break;
      }
      let outcome: Pick<OutboxItem, 'state' | 'result' | 'error'>;
      try {
        outcome = { state: 'sent', result: await send(client, next.operation, next.idempotencyKey) };
      } catch (error) {
        outcome = { state: isTransient(error) ? 'pending' : 'failed', error: describe(error) };
      }
      await exclusive(async (list) => {
        const item = list.find((candidate) => candidate.id === next.id);
        if (item) {
          Object.assign(item, outcome);
          if (outcome.state === 'sent') {
            delete item.operation;
            delete item.error;
          }
          await commit(list);
        }
      });
      if (outcome.state === 'sent') {
        summary.sent += 1;
      } else if (outcome.state === 'failed') {
        summary.failed += 1;
      } else {
        break;
      }
    }
    summary.pending = (await exclusive(async (list) => list)).filter(
      (item) => item.state === 'pending',
    ).length;
    return summary;
  }

  const onOnline = () => void outbox.flush();
  const target = typeof window === 'undefined' ? undefined : window;
  if (options.flushWhenOnline !== false) {
    target?.addEventListener('online', onOnline);
  }

  const outbox: Outbox = {
    enqueue: (operation) =>
      exclusive(async (list) => {
        const item: OutboxItem = {
          id: randomId(),
          kind: operation.kind,
          state: 'pending',
          idempotencyKey: randomId(),
          operation,
          queuedAt: new Date().toISOString(),
          attempts: 0,
        };
        list.push(item);
        await commit(list);
        return { ...item };
      }),
    flush() {
      flushing ??= flushAll().finally(() => {
        flushing = undefined;
      });
      return flushing;
    },
    items: () => exclusive(async (list) => list.map((item) => ({ ...item }))),
    retry: (id, operation) =>
      exclusive(async (list) => {
        const item = list.find((candidate) => candidate.id === id);
        if (item?.state === 'failed') {
          item.state = 'pending';
          if (operation) {
            // A corrected write is a different request: the server would refuse the old key with another body.
            item.idempotencyKey = randomId();
            item.operation = operation;
            item.kind = operation.kind;
          }
          await commit(list);
        }
      }),
    remove: (id) =>
      exclusive(async (list) => {
        const index = list.findIndex((candidate) => candidate.id === id);
        if (index >= 0 && list[index]?.state !== 'sending') {
          list.splice(index, 1);
          await commit(list);
        }
      }),
    close() {
      target?.removeEventListener('online', onOnline);
    },
  };
  return outbox;
}

/**
 * Keeps the items in memory (tests, or a page that may lose them).
 * @param initial - items to start with
 * @example const outbox = createOutbox(client, memoryStorage());
 */
export function memoryStorage(initial: readonly OutboxItem[] = []): OutboxStorage {
  let saved = JSON.stringify(initial);
  return {
    load: async () => JSON.parse(saved) as OutboxItem[],
    save: async (items) => {
      saved = JSON.stringify(items);
    },
  };
}

/**
 * The file-system functions `fileStorage` needs; `node:fs/promises` provides them.
 * @example import * as fs from 'node:fs/promises'; const storage = fileStorage('outbox.json', fs);
 */
export interface FileSystem {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/**
 * Keeps the items in a JSON file (Node, Deno, Bun, Electron). Writes go to a temporary file renamed over the old one,
 * so a crash mid-write leaves the previous list intact. The file holds patient data: keep it on an encrypted disk.
 * The file system is passed in so this entry stays free of Node imports for browsers.
 * @param path - the file
 * @param fs - `node:fs/promises` or an equivalent
 * @example import * as fs from 'node:fs/promises'; createOutbox(client, fileStorage('/var/lib/his/yilian-outbox.json', fs));
 */
export function fileStorage(path: string, fs: FileSystem): OutboxStorage {
  return {
    async load() {
      try {
        return JSON.parse(await fs.readFile(path, 'utf8')) as OutboxItem[];
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') {
          return [];
        }
        throw error;
      }
    },
    async save(items) {
      await fs.writeFile(`${path}.tmp`, JSON.stringify(items), 'utf8');
      await fs.rename(`${path}.tmp`, path);
    },
  };
}

function request<TResult>(req: IDBRequest<TResult>): Promise<TResult> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Keeps the items in IndexedDB (browsers, workers): one record, replaced in one transaction.
 * @param name - the database name; `yilian-outbox` by default
 * @example const outbox = createOutbox(client, indexedDbStorage());
 */
export function indexedDbStorage(name = 'yilian-outbox'): OutboxStorage {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    if (!db) {
      const opening = indexedDB.open(name, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore('outbox');
      db = request(opening);
    }
    return db;
  };
  return {
    async load() {
      const store = (await open()).transaction('outbox', 'readonly').objectStore('outbox');
      return ((await request(store.get('items'))) as OutboxItem[] | undefined) ?? [];
    },
    async save(items) {
      const transaction = (await open()).transaction('outbox', 'readwrite');
      transaction.objectStore('outbox').put(items, 'items');
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
    },
  };
}
