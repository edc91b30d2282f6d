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

/** The in-page server, booted once per story file (each file runs in its own iframe) and reset per story. */
export function browserAlliance(): Promise<BrowserAlliance> {
  booted ??= createBrowserAlliance(STORY_NOW);
  return booted;
}

export interface StoryAlliance {
  alliance: BrowserAlliance;
  client: AllianceClient;
}

/**
 * A loader that resets the server, runs `prepare` (e.g. create a referral through the API, or program a fault),
 * and gives the story a client acting as `clinicianId`.
 * @param clinicianId - a seeded clinician (apps/alliance-server/src/seed/directory.ts)
 * @param prepare - setup through the real API before the story renders
 */
export function allianceLoader(
  clinicianId: string,
  prepare?: (alliance: BrowserAlliance) => Promise<Record<string, unknown> | void>,
): Loader {
  return async () => {
    const alliance = await browserAlliance();
    alliance.setNow(STORY_NOW);
    await alliance.reset();
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
      now={() => STORY_NOW}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <Story />
    </AllianceProvider>
  );
};
