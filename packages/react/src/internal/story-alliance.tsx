// Story support: the reference server in the page, and a provider whose client talks to it as a seeded person.
// Used by stories only; never exported from the package.
import type { Decorator, Loader } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import { createBrowserAlliance } from '@yilian/alliance-server/browser';
import type { Locale } from '@yilian/domain';
import type { AllianceClient } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import { AllianceProvider } from '../provider/AllianceProvider.js';

/** Stories run on Monday 2026-11-23 09:00 in Shanghai, so their dates never drift. */
export const STORY_NOW = new Date('2026-11-23T09:00:00+08:00');

let booted: Promise<BrowserAlliance> | undefined;

// Stories use fixed randomness as they use a fixed clock: ids, request ids and idempotency keys come from a seeded
// generator, reseeded per story, so a list ordered by id and a shown request id look the same on every run (the
// visual baselines depend on it). Only the story page is affected; this module is never part of the package.
const STORY_SEED = 20261123;
/** The generator's state; in an "All states" gallery, the one of the frame whose server every frame shares. */
let random = { seed: 0 };
function nextRandom(): number {
  // mulberry32: small, fast and good enough for ids that only need to differ
  random.seed = (random.seed + 0x6d2b79f5) | 0;
  let t = random.seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}
if (typeof crypto !== 'undefined') {
  Object.defineProperty(crypto, 'getRandomValues', {
    configurable: true,
    value: <T extends ArrayBufferView | null>(array: T): T => {
      if (array) {
        const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
        for (let index = 0; index < bytes.length; index += 1) {
          bytes[index] = nextRandom() & 0xff;
        }
      }
      return array;
    },
  });
  Object.defineProperty(crypto, 'randomUUID', {
    configurable: true,
    value: (): `${string}-${string}-${string}-${string}-${string}` => {
      const hex = Array.from({ length: 16 }, () => (nextRandom() & 0xff).toString(16).padStart(2, '0')).join(
        '',
      );
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  });
}

/** What the in-page server seeds beyond the current weeks (`history`: the months before, for the indicators). */
export type StorySeed = Parameters<typeof createBrowserAlliance>[1];

/**
 * The in-page server, booted once per page and reset per story, each story's loader seeding what that story needs:
 * one preview may show the stories of every file in turn (the visual run does), so no story may rely on what the
 * server booted with.
 */
export function browserAlliance(seed?: StorySeed): Promise<BrowserAlliance> {
  booted ??= galleryAlliance(seed) ?? createBrowserAlliance(STORY_NOW, seed);
  return booted;
}

/** What the frames of one "All states" gallery share, kept on the docs page's window. */
interface GalleryShare {
  server: Promise<BrowserAlliance>;
  random: { seed: number };
  /** `afterSeeding` of the shared server: only the first frame's reset with a seed seeds it. */
  afterSeeding: Map<string, number>;
  /** The frame that may talk to the server now: the newest. */
  holder: object;
}
const GALLERY_SHARE = '__ylGalleryAlliance';

/**
 * Inside an "All states" gallery (docs/StateGallery.tsx, which marks itself `data-yl-shared-alliance`), every
 * frame uses the server the first frame booted: booting PGlite, migrating and seeding took ~3 s a frame (~14 s on
 * a busy machine), most of the page's time. Frames load one after another and each story resets the server, so the
 * newest frame holds it; an older frame's requests and streams then hang, as on a network gone quiet, so it stays
 * in the state it settled in rather than showing the next story's data. Random ids come from the shared generator,
 * so each state's data are those of its own story.
 */
function galleryAlliance(seed: StorySeed): Promise<BrowserAlliance> | undefined {
  let frame: HTMLElement | undefined;
  let gallery: HTMLElement | undefined;
  let host: (Window & { [GALLERY_SHARE]?: GalleryShare }) | undefined;
  try {
    frame = (window.frameElement as HTMLElement | null) ?? undefined;
    gallery = frame?.closest<HTMLElement>('[data-yl-shared-alliance]') ?? undefined;
    host = gallery?.ownerDocument.defaultView ?? undefined;
  } catch {
    return undefined; // a cross-origin parent: not a gallery
  }
  if (!frame || !gallery || !host) {
    return undefined;
  }
  const share = (host[GALLERY_SHARE] ??= {
    server: createBrowserAlliance(STORY_NOW, seed),
    random,
    afterSeeding,
    holder: {},
  });
  random = share.random;
  afterSeeding = share.afterSeeding;
  // The gallery loads the next frames while one runs; a frame takes the server in its turn (its place on the page),
  // once every frame before it has settled, so the order of resets, and of random ids, never varies.
  const turn = Number(frame.dataset.ylTurn ?? 0);
  const settled = gallery;
  return new Promise<void>((done) => {
    const check = () => (Number(settled.dataset.settled) >= turn ? done() : void setTimeout(check, 50));
    check();
  })
    .then(() => share.server)
    .then((server) => {
      const lease = {};
      share.holder = lease;
      return leased(server, () => share.holder === lease);
    });
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The shared server as one frame sees it: requests cross into the first frame's realm as plain values (a URL, an
 * init), answers come back as this frame's own Response, and nothing passes once `holds()` is false.
 */
function leased(server: BrowserAlliance, holds: () => boolean): BrowserAlliance {
  const silence = () => new Promise<never>(() => undefined);
  return {
    ...server,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (!holds()) {
        return silence();
      }
      const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.arrayBuffer();
      const answer = await server.fetch(request.url, {
        method: request.method,
        headers: [...request.headers],
        signal: request.signal,
        ...(body ? { body } : {}),
      });
      if (!holds()) {
        return silence();
      }
      const reader = answer.body?.getReader();
      const stream =
        reader && !NULL_BODY_STATUSES.has(answer.status)
          ? new ReadableStream<Uint8Array>({
              async pull(controller) {
                const chunk = holds() ? await reader.read() : await silence();
                if (!holds()) {
                  await silence();
                }
                if (chunk.done) {
                  controller.close();
                } else {
                  controller.enqueue(chunk.value);
                }
              },
              cancel: (reason) => reader.cancel(reason),
            })
          : null;
      return new Response(stream, {
        status: answer.status,
        statusText: answer.statusText,
        headers: [...answer.headers],
      });
    },
  };
}

export interface StoryAlliance {
  alliance: BrowserAlliance;
  client: AllianceClient;
}

/** The generator's state once a reset with a seed had drawn what seeding draws, by seed; a gallery's frames share it. */
let afterSeeding = new Map<string, number>();

/**
 * Resets the server for a story: the story clock, the seeded generator, and `seed`'s rows. The server seeds a seed
 * once and copies its rows back after that, drawing nothing; the generator is then put where seeding left it the
 * first time, so a story's ids are the same whichever story ran before it.
 */
async function resetForStory(alliance: BrowserAlliance, seed: NonNullable<StorySeed>): Promise<void> {
  random.seed = STORY_SEED;
  alliance.setNow(STORY_NOW);
  await alliance.reset(seed);
  const key = JSON.stringify(seed);
  const state = afterSeeding.get(key);
  if (state === undefined) {
    afterSeeding.set(key, random.seed);
  } else {
    random.seed = state;
  }
}

/**
 * A loader that resets the server, runs `prepare` (e.g. create a referral through the API, or program a fault),
 * and gives the story a client acting as `clinicianId`.
 * @param clinicianId - a seeded clinician (apps/alliance-server/src/seed/directory.ts)
 * @param prepare - setup through the real API before the story renders
 * @param seed - what the server seeds beyond the current weeks for this story, e.g. `{ history: true }`
 */
export function allianceLoader(
  clinicianId: string,
  prepare?: (alliance: BrowserAlliance) => Promise<Record<string, unknown> | void>,
  seed?: StorySeed,
): Loader {
  return async () => {
    const alliance = await browserAlliance(seed);
    await resetForStory(alliance, seed ?? {});
    const extra = (await prepare?.(alliance)) ?? {};
    const token = await alliance.tokenFor(clinicianId);
    const client = createAllianceClient({
      baseUrl: alliance.baseUrl,
      token,
      fetch: (request) => alliance.fetch(request),
      retry: false,
      timeoutMs: 10_000,
    });
    return { alliance, client, ...extra };
  };
}

/**
 * A loader like `allianceLoader`, with a client acting as a seeded patient (a `patient` token, as the hospital's
 * backend mints it after its own login): it books, lists and cancels only that patient's appointments.
 * @param patientId - a seeded patient account (apps/alliance-server/src/seed/dispatch.ts), e.g. `pat_bg_wang_lan`
 * @param prepare - setup through the real API before the story renders
 */
export function patientLoader(
  patientId: string,
  prepare?: (alliance: BrowserAlliance) => Promise<Record<string, unknown> | void>,
): Loader {
  return async () => {
    const alliance = await browserAlliance();
    await resetForStory(alliance, {});
    const extra = (await prepare?.(alliance)) ?? {};
    const client = createAllianceClient({
      baseUrl: alliance.baseUrl,
      token: await alliance.tokenForPatient(patientId),
      fetch: (request) => alliance.fetch(request),
      retry: false,
      timeoutMs: 10_000,
    });
    return { alliance, client, ...extra };
  };
}

/** Wraps a story in the provider, in the toolbar's locale and theme, on the story clock. */
export const withAllianceProvider: Decorator = (Story, context) => {
  const client = context.loaded.client as AllianceClient | undefined;
  if (!client) {
    throw new Error('This story needs allianceLoader(…) in its loaders.');
  }
  return (
    <AllianceProvider
      client={client}
      locale={(context.globals.locale as Locale | undefined) ?? 'zh-CN'}
      // A story may set its own clock (parameters.storyNow), e.g. later in a day whose first slots have started.
      now={() => (context.parameters.storyNow as Date | undefined) ?? STORY_NOW}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <Story />
    </AllianceProvider>
  );
};
