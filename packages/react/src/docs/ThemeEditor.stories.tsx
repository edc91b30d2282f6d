// A live theme editor: every --yl-* token is a control; the widgets below take the values as you type.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import { RecognitionBadge } from '../RecognitionBadge/RecognitionBadge.js';
import { ReferralTracker } from '../ReferralTracker/ReferralTracker.js';
import * as Tracker from '../ReferralTracker/ReferralTracker.stories.js';
import { DesignTokenTable } from './DesignTokenTable.js';
import { DESIGN_TOKENS, isColor } from './design-tokens.js';

type Args = Record<string, unknown>;

const DEFAULTS: Record<string, string> = Object.fromEntries(
  DESIGN_TOKENS.filter((token) => token.defaultValue !== undefined).map((token) => [
    token.name,
    token.defaultValue ?? '',
  ]),
);

const meta: Meta<Args> = {
  title: 'Guides/Theme editor',
  decorators: [withAllianceProvider],
  args: DEFAULTS,
  argTypes: Object.fromEntries(
    DESIGN_TOKENS.map((token) => [
      token.name,
      {
        control: isColor(token.defaultValue) ? { type: 'color' } : { type: 'text' },
        description: `Default ${token.defaultValue ?? '—'}${token.darkValue ? `; dark ${token.darkValue}` : ''}`,
        table: { category: token.name.startsWith('--yl-color') ? 'Colours' : 'Type and spacing' },
      },
    ]),
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Change any design token in the Controls panel; the referral tracker and the recognition badge below (live, on the in-page reference server) follow. Copy the values into a rule on `.yl-root` in your own stylesheet.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Only the tokens the user changed, as one CSS rule (html-qualified, so dialogs in <body> follow too). */
function themeRule(args: Args): string {
  const changed = Object.entries(args).filter(
    ([name, value]) =>
      name.startsWith('--yl-') && typeof value === 'string' && value && value !== DEFAULTS[name],
  );
  return changed.length === 0
    ? ''
    : `html .yl-root { ${changed.map(([name, value]) => `${name}: ${String(value)};`).join(' ')} }`;
}

export const ThemeEditor: Story = {
  args: { '--yl-color-primary': '#7a2e8e', '--yl-radius': '16px' },
  loaders: Tracker.Accepted.loaders as Story['loaders'],
  render: (args, { loaded }) => (
    <>
      <style>{themeRule(args)}</style>
      <ReferralTracker referralId={String(loaded.referralId)} />
      <div>
        糖化血红蛋白 6.1%{' '}
        <RecognitionBadge
          itemCode="LAB_HB"
          performingInstitutionId="ins_beiyuan_tcm"
          performedAt="2026-11-22T08:30:00+08:00"
        />
      </div>
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('当前状态：已接收', {}, { timeout: 30_000 })).toBeVisible();
    await expect(await canvas.findByText(/已互认|不在互认目录|机构未获互认资质/)).toBeVisible();
    const primary = canvas.getByRole('button', { name: '登记到诊' });
    await expect(getComputedStyle(primary).backgroundColor).toBe('rgb(122, 46, 142)');
  },
};

/** The tokens table of Guides/Design tokens: every token used in a stylesheet has a row and a default. */
export const TokenTable: Story = {
  loaders: [allianceLoader('cln_cz_neuro_wang')],
  render: () => <DesignTokenTable />,
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(DESIGN_TOKENS.length).toBeGreaterThan(10);
    for (const token of DESIGN_TOKENS) {
      await expect(within(table).getByRole('rowheader', { name: token.name })).toBeVisible();
      // A token used but declared nowhere would have no default: a stylesheet bug, caught here.
      await expect(token.defaultValue, token.name).toBeDefined();
    }
  },
};
