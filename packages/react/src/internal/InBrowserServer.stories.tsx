// The reference server booted in the page (PGlite, migrations, seed, auth) answers a real request: the ground
// every widget story stands on.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { createBrowserAlliance } from '@yilian/alliance-server/browser';
import { useEffect, useState } from 'react';
import { expect, within } from 'storybook/test';

const alliance = createBrowserAlliance(new Date('2026-11-23T09:00:00+08:00'));

function FirstAnswer({ fetcher }: { fetcher: () => Promise<string> }) {
  const [text, setText] = useState('loading');
  useEffect(() => {
    void fetcher().then(setText);
  }, [fetcher]);
  return <p>{text}</p>;
}

const meta: Meta<typeof FirstAnswer> = {
  title: 'Guides/Reference server in the page',
  component: FirstAnswer,
};
export default meta;

export const Directory: StoryObj<typeof FirstAnswer> = {
  loaders: [async () => ({ api: await alliance })],
  render: (_args, { loaded }) => (
    <FirstAnswer
      fetcher={async () => {
        const api = loaded.api as Awaited<typeof alliance>;
        await api.reset();
        const token = await api.tokenFor('cln_cz_neuro_wang');
        const res = await api.fetch(`${api.baseUrl}/v1/institutions`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const body = (await res.json()) as { items: { name: { zh: string } }[] };
        return body.items.map((i) => i.name.zh).join('、');
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('沧州市中心医院、北京协和医院', {}, { timeout: 30_000 }),
    ).toBeTruthy();
  },
};
