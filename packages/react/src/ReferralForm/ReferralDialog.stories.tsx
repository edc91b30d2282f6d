import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import { ReferralDialog } from './ReferralDialog.js';

// `allianceLoader` is typed for any story; this narrows it to this component's stories.
function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof ReferralDialog>['loaders']>;
}

const meta = {
  title: 'Referral/ReferralDialog',
  component: ReferralDialog,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  loaders: loaders(allianceLoader('cln_cz_neuro_wang')),
  args: { onOpenChange: fn(), onCreated: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The referral form in a Radix dialog: opens from its trigger (a button by default), traps focus, closes with Escape or the close button and gives focus back to the trigger. Open state is controlled (`open`/`onOpenChange`) or not (`defaultOpen`).',
      },
    },
  },
} satisfies Meta<typeof ReferralDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The dialog open: the form in the shared dialog shell, title and 关闭 at the top. */
export const Open: Story = {
  args: { defaultOpen: true },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: '发起转诊' });
    await within(dialog).findByRole('combobox', { name: /接收机构/ }, { timeout: 30_000 });
    await expect(within(dialog).getByRole('button', { name: '关闭' })).toBeVisible();
  },
};

/** Opens from the keyboard, traps focus, closes with Escape and gives focus back to the trigger. */
export const KeyboardFlow: Story = {
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: '发起转诊' });
    await userEvent.tab();
    await waitFor(() => expect(trigger).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '发起转诊' });
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(true);
    await within(dialog).findByRole('combobox', { name: /接收机构/ }, { timeout: 30_000 });
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};
