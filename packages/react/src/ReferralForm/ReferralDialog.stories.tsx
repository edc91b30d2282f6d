import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import { ReferralDialog } from './ReferralDialog.js';

// `allianceLoader` is typed for any story; this narrows it to this component's stories.
function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof ReferralDialog>['loaders']>;
}

/** Forgets the drafts an earlier story left in this tab, so each story starts from its own state. */
const clearLocalDrafts: Loader = () => {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('yilian.referral-draft.')) {
      sessionStorage.removeItem(key);
    }
  }
  return {};
};

/** Opens the dialog and types the patient's name: input that one stray key or click must not lose. */
async function openAndType(userEvent: { type: (el: Element, text: string) => Promise<void> }) {
  const dialog = await screen.findByRole('dialog', { name: '发起转诊' });
  const name = await within(dialog).findByRole('textbox', { name: /患者姓名/ }, { timeout: 30_000 });
  await userEvent.type(name, '张三');
  // The draft line appears once the typed input is noticed (debounced): wait for it, so the story ends settled.
  await screen.findByText('草稿暂存在本页，必填项填写有效后自动保存到服务器。', undefined, {
    timeout: 10_000,
  });
  return { dialog, name };
}

const meta = {
  title: 'Referral/ReferralDialog',
  component: ReferralDialog,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  loaders: loaders(clearLocalDrafts, allianceLoader('cln_cz_neuro_wang')),
  args: { onOpenChange: fn(), onCreated: fn() },
  // The props table: booleans as switches, the trigger as what it is, callbacks as actions (no JSON editor).
  argTypes: {
    open: { control: 'boolean', table: { type: { summary: 'boolean' } } },
    defaultOpen: {
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false' } },
    },
    trigger: {
      control: false,
      table: { type: { summary: 'ReactNode' }, defaultValue: { summary: '发起转诊 button' } },
    },
    onOpenChange: {
      control: false,
      table: { category: 'Events', type: { summary: '(open: boolean) => void' } },
    },
    onCreated: { control: false, table: { category: 'Events' } },
    onError: { control: false, table: { category: 'Events' } },
    onValuesChange: { control: false, table: { category: 'Events' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The referral form in the shared dialog shell: opens from its trigger (a button by default), traps focus, title and 关闭 at the top, the primary action and the draft status in the sticky footer, focus back to the trigger on close. With typed input, Escape, 关闭 or a click outside ask first (放弃填写？). Open state is controlled (`open`/`onOpenChange`) or not (`defaultOpen`).',
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

/** Escape with a name typed: the dialog stays, and asks 放弃填写？ with 继续填写 focused. */
export const DiscardPrompt: Story = {
  args: { defaultOpen: true },
  play: async ({ userEvent, args }) => {
    await openAndType(userEvent);
    await userEvent.keyboard('{Escape}');
    const prompt = await screen.findByRole('alertdialog', { name: '放弃填写？' });
    await expect(prompt).toHaveTextContent('已填写的内容尚未提交');
    await waitFor(() => expect(within(prompt).getByRole('button', { name: '继续填写' })).toHaveFocus());
    await expect(within(prompt).getByRole('button', { name: '放弃填写' })).toBeVisible();
    // Nothing saved on the server yet: no "keep draft".
    await expect(within(prompt).queryByRole('button', { name: '保留草稿并关闭' })).toBeNull();
    await expect(args.onOpenChange).not.toHaveBeenCalledWith(false);
  },
};

/** A click outside, then 继续填写: back in the form with every character still there. */
export const KeepEditingFlow: Story = {
  args: { defaultOpen: true },
  play: async ({ userEvent }) => {
    const { name } = await openAndType(userEvent);
    const overlay = document.querySelector<HTMLElement>('.yl-dialog-overlay');
    await expect(overlay).not.toBeNull();
    await userEvent.click(overlay!);
    const prompt = await screen.findByRole('alertdialog', { name: '放弃填写？' });
    await userEvent.click(within(prompt).getByRole('button', { name: '继续填写' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await expect(screen.getByRole('dialog', { name: '发起转诊' })).toBeVisible();
    await expect(name).toHaveValue('张三');
  },
};

/** 关闭, then 放弃填写: the dialog closes, and reopened it is empty (nothing of the patient kept in the tab). */
export const DiscardFlow: Story = {
  play: async ({ canvasElement, userEvent, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '发起转诊' }));
    const { dialog } = await openAndType(userEvent);
    await userEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    const prompt = await screen.findByRole('alertdialog', { name: '放弃填写？' });
    await userEvent.click(within(prompt).getByRole('button', { name: '放弃填写' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(args.onOpenChange).toHaveBeenLastCalledWith(false);
    await expect(Object.keys(sessionStorage).filter((k) => k.startsWith('yilian.referral-draft.'))).toEqual(
      [],
    );
    await userEvent.click(within(canvasElement).getByRole('button', { name: '发起转诊' }));
    const reopened = await screen.findByRole('dialog', { name: '发起转诊' });
    await expect(
      await within(reopened).findByRole('textbox', { name: /患者姓名/ }, { timeout: 30_000 }),
    ).toHaveValue('');
  },
};

/** A saved draft, closed with 保留草稿并关闭: reopened, the dialog restores it. */
export const KeepDraftReopenFlow: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '发起转诊' }));
    const dialog = await screen.findByRole('dialog', { name: '发起转诊' });
    const form = within(dialog);
    await userEvent.selectOptions(
      await form.findByRole('combobox', { name: /接收机构/ }, { timeout: 30_000 }),
      'ins_pumch',
    );
    await userEvent.type(form.getByRole('textbox', { name: /患者姓名/ }), '张三');
    await userEvent.type(form.getByRole('textbox', { name: /证件号码/ }), '110105199003071239');
    await userEvent.type(form.getByRole('textbox', { name: /初步诊断/ }), '脑梗死');
    await userEvent.type(form.getByRole('textbox', { name: /转诊原因/ }), '急性脑梗死，需评估取栓指征。');
    await userEvent.click(form.getByRole('checkbox', { name: /单独同意/ }));
    await form.findByText('草稿已保存 09:00', {}, { timeout: 10_000 });
    await userEvent.keyboard('{Escape}');
    const prompt = await screen.findByRole('alertdialog', { name: '放弃填写？' });
    await expect(prompt).toHaveTextContent(/草稿 ZZ-\d{8}-\d{6} 已保存/);
    await userEvent.click(within(prompt).getByRole('button', { name: '保留草稿并关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(within(canvasElement).getByRole('button', { name: '发起转诊' }));
    const reopened = within(await screen.findByRole('dialog', { name: '发起转诊' }));
    await expect(
      await reopened.findByText(/已恢复未提交的草稿 ZZ-/, {}, { timeout: 30_000 }),
    ).toBeInTheDocument();
    await expect(reopened.getByRole('textbox', { name: /患者姓名/ })).toHaveValue('张三');
  },
};

/** The primary action stays in view in the sticky footer on a 360 px phone, beside the draft status. */
export const PhoneFooter: Story = {
  args: { defaultOpen: true },
  globals: { viewport: { value: 'phone360', isRotated: false } },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: '发起转诊' });
    await within(dialog).findByRole('combobox', { name: /接收机构/ }, { timeout: 30_000 });
    const submit = within(dialog).getByRole('button', { name: '提交转诊' });
    await expect(submit.closest('.yl-dialog__footer')).not.toBeNull();
    const box = submit.getBoundingClientRect();
    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    await expect(box.top).toBeGreaterThanOrEqual(0);
  },
};
