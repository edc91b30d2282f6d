// A child process driven by request/reply messages. Each server, the load generator and the SDK client run in
// their own process, so no figure includes another part's CPU or event-loop delays.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Worker {
  call<T>(command: unknown): Promise<T>;
  stop(): void;
}

export async function startWorker(file: string, args: unknown = {}): Promise<Worker> {
  const child = fork(fileURLToPath(new URL(file, import.meta.url)), [JSON.stringify(args)], {
    execArgv: ['--conditions=@yilian/source', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const ready = new Promise<void>((resolve, reject) => {
    pending.set(0, { resolve: () => resolve(), reject });
  });
  child.on('message', (m: { id: number; value?: unknown; error?: string }) => {
    const waiter = pending.get(m.id);
    pending.delete(m.id);
    if (m.error !== undefined) {
      waiter?.reject(new Error(`${file}: ${m.error}`));
    } else {
      waiter?.resolve(m.value);
    }
  });
  child.on('exit', (code) => {
    for (const waiter of pending.values()) {
      waiter.reject(new Error(`${file} exited (${code})`));
    }
    pending.clear();
  });
  await ready;
  return {
    call<T>(command: unknown) {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, command });
      });
    },
    stop() {
      if (child.exitCode === null) {
        child.kill();
      }
    },
  };
}
