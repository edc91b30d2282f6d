// A widget whose strings cannot be fetched at all (offline: neither the page's language nor the zh-CN fallback):
// it says so, in the common strings every page has, and shows itself once Retry fetches them.
import { createAllianceClient } from '@yilian/sdk';
import { act, forwardRef } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { defineMessages } from '../i18n/define.js';
import { AllianceProvider, useMessages } from '../provider/AllianceProvider.js';
import { withMessages } from './with-messages.js';

// React 18 checks for it before it lets act() flush.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let online = false;
const chunk = (text: string) => () =>
  online
    ? Promise.resolve({ messages: { 'probe.title': text } })
    : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const PROBE_MESSAGES = defineMessages('probe', {
  'zh-CN': chunk('探针'),
  'zh-TW': chunk('探針'),
  en: chunk('Probe'),
});

const Probe = withMessages(
  forwardRef<HTMLParagraphElement, object>(function Probe(_props, ref) {
    const t = useMessages(PROBE_MESSAGES);
    return <p ref={ref}>{t('probe.title' as never)}</p>;
  }),
  PROBE_MESSAGES,
);

/** Waits inside act(), so that React commits what a chunk's arrival unsuspends. */
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) {
      return;
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 25)));
  }
  throw new Error(`never ${what}`);
}

it('given a widget whose strings cannot be fetched in any language, when it renders, then it offers Retry, never bare keys, and shows itself once Retry fetches them', async () => {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const client = createAllianceClient({ baseUrl: 'http://alliance.invalid', token: 'unused' });
  await act(async () => {
    root.render(
      <AllianceProvider client={client} locale="en">
        <Probe />
      </AllianceProvider>,
    );
  });
  await until(() => container.querySelector('[role="alert"]') !== null, 'showed the offline notice');
  const alert = container.querySelector('[role="alert"]')!;
  expect(alert.textContent).toContain('You are offline');
  expect(container.textContent).not.toContain('probe.title');
  const retry = alert.querySelector('button')!;
  expect(retry.textContent).toBe('Retry');

  online = true;
  await act(async () => retry.click());
  await until(() => container.textContent === 'Probe', 'showed the widget in English');
  expect(container.querySelector('[role="alert"]')).toBeNull();
  await act(async () => root.unmount());
  container.remove();
});
