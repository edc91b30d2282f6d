// The widgets on React 18, the older of the two majors they support as a peer: this project aliases react and
// react-dom to 18.3 (and checks that the alias took), then runs real widgets against the server in the page.
import { createBrowserAlliance } from '@yilian/alliance-server/browser';
import { createAllianceClient } from '@yilian/sdk';
import { act, version } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { AllianceProvider, ExpertCalendar, RecognitionBadge, ReferralTracker } from './index.js';

async function waitForText(container: HTMLElement, text: RegExp) {
  for (let i = 0; i < 200; i++) {
    if (text.test(container.textContent ?? '')) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never showed ${text}: ${container.textContent}`);
}

const NOW = new Date('2026-11-23T09:00:00+08:00');

/** The reference server in the page, a client signed in as 协和's endocrinologist, and an empty React 18 root. */
async function onServer() {
  const alliance = await createBrowserAlliance(NOW);
  const client = createAllianceClient({
    baseUrl: alliance.baseUrl,
    token: await alliance.tokenFor('cln_pumch_endo_chen'),
    fetch: (request) => alliance.fetch(request),
    retry: false,
  });
  const container = document.createElement('div');
  document.body.append(container);
  return { alliance, client, container, root: createRoot(container) };
}

describe('the widgets on React 18', () => {
  it('run on React 18', () => {
    expect(version).toMatch(/^18\./);
  });

  it('load and show real data from the server', async () => {
    const { alliance, client, container, root } = await onServer();
    const lab = await alliance.tokenFor('cln_cz_lab_zhao');
    const registered = await alliance.fetch(`${alliance.baseUrl}/v1/results`, {
      method: 'POST',
      headers: { authorization: `Bearer ${lab}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        itemCode: 'LAB_HBA1C',
        performingInstitutionId: 'ins_cangzhou_central',
        performedAt: '2026-11-20T08:30:00+08:00',
        reportStatus: 'final',
        value: '6.1',
        patient: {
          name: '张三',
          sex: 'male',
          birthDate: '1990-03-07',
          idType: 'resident_id_card',
          idNumber: '110105199003071239',
        },
      }),
    });
    const { id } = (await registered.json()) as { id: string };
    await act(async () => {
      root.render(
        <AllianceProvider client={client} now={() => NOW}>
          <RecognitionBadge resultId={id} />
          <ExpertCalendar expertId="cln_pumch_neuro_li" defaultWeek="2026-11-23" />
          <ReferralTracker referralId="ref_missing" />
        </AllianceProvider>,
      );
    });
    await waitForText(container, /已互认/);
    await waitForText(container, /协和神经内科专家坐诊/);
    await waitForText(container, /未找到/);
    await act(async () => root.unmount());
  });

  it('show a widget in English once its strings are fetched, never zh-CN first, and keep it shown through a switch of language', async () => {
    const { client, container, root } = await onServer();
    // Every text the page ever shows (visibly), from the first commit on.
    const seen: string[] = [];
    // React hides a suspended boundary's content with display: none, which textContent does not show.
    const shown = () =>
      [...container.children].filter((child) => (child as HTMLElement).offsetParent !== null);
    const observer = new MutationObserver(() =>
      seen.push(
        shown()
          .map((child) => child.textContent)
          .join(''),
      ),
    );
    observer.observe(container, { childList: true, subtree: true, characterData: true, attributes: true });
    await act(async () => {
      root.render(
        <AllianceProvider client={client} locale="en" now={() => NOW}>
          <ExpertCalendar expertId="cln_pumch_neuro_li" defaultWeek="2026-11-23" />
        </AllianceProvider>,
      );
    });
    await waitForText(container, /Expert schedule/);
    expect(seen.join('\n')).not.toMatch(/专家排班|上一周|加载中/);
    // A switch of language keeps the widget on screen, in English, until the zh-TW strings are here.
    seen.length = 0;
    await act(async () => {
      root.render(
        <AllianceProvider client={client} locale="zh-TW" now={() => NOW}>
          <ExpertCalendar expertId="cln_pumch_neuro_li" defaultWeek="2026-11-23" />
        </AllianceProvider>,
      );
    });
    await waitForText(container, /專家排班/);
    observer.disconnect();
    expect(seen.filter((text) => !/Expert schedule|專家排班/.test(text))).toEqual([]);
    await act(async () => root.unmount());
  });
});
