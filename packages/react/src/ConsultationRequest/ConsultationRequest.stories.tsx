import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import { PEOPLE } from '../internal/story-consultations.js';
import { ConsultationRequest } from './ConsultationRequest.js';
import { ConsultationRequestDialog } from './ConsultationRequestDialog.js';

function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof ConsultationRequest>['loaders']>;
}

/** Forgets what an earlier story left typed in this tab, so each story starts from its own state. */
const clearLocalCopies: Loader = () => {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('yilian.consultation-draft.')) {
      sessionStorage.removeItem(key);
    }
  }
  return {};
};

const meta = {
  title: 'Consultation/ConsultationRequest',
  component: ConsultationRequest,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  loaders: loaders(clearLocalCopies, allianceLoader(PEOPLE.wang)),
  args: { onCreated: fn(), onError: fn(), onValuesChange: fn() },
  argTypes: {
    onCreated: {
      control: false,
      table: { category: 'Events', type: { summary: '(consultation: Consultation) => void' } },
    },
    onError: { control: false, table: { category: 'Events', type: { summary: '(error: unknown) => void' } } },
    onValuesChange: {
      control: false,
      table: { category: 'Events', type: { summary: '(values: ConsultationRequestValues) => void' } },
    },
    draftKey: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The inviting side's 远程会诊申请单: the invited hospital, specialty and experts asked for (several for an MDT), urgency and preferred mode; the patient (ID number checked as typed, then masked); the question and case summary; results with their recognition mark and image-study links; the patient's separate written consent for this consultation. Field messages from the domain's `validateConsultationCreate` as fields are left and on submit (an error summary linking to each field); the typed request is kept in the tab and restored after a reload; one idempotent create per attempt.",
      },
    },
  },
} satisfies Meta<typeof ConsultationRequest>;
export default meta;
type Story = StoryObj<typeof meta>;

const form = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  await canvas.findByRole('combobox', { name: /受邀医院/ }, { timeout: 30_000 });
  return canvas;
};

/** The empty request, as 王芳 of 沧州 opens it: required fields marked, nothing checked yet. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await expect(canvas.getByRole('textbox', { name: /会诊问题/ })).toHaveAttribute('aria-required', 'true');
    await expect(canvas.getByRole('checkbox', { name: /书面同意/ })).not.toBeChecked();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** Submitted empty: the summary lists every missing field, each linked, and takes the focus. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '提交会诊申请' }));
    const summary = await canvas.findByRole('alert');
    await expect(summary).toHaveTextContent(/请修改以下 \d+ 处后再提交/);
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(within(summary).getByRole('link', { name: '受邀医院' })).toBeVisible();
    await expect(within(summary).getByRole('link', { name: '会诊问题' })).toBeVisible();
    await expect(within(summary).getByRole('link', { name: '患者知情同意' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /病例摘要/ })).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Only the inviting side's doctors and coordinators request: an expert of 协和 is told so. */
export const NotAllowed: Story = {
  loaders: loaders(clearLocalCopies, allianceLoader(PEOPLE.li)),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 30_000 });
    await expect(alert).toHaveTextContent('只有邀请方的医生或协调员可申请远程会诊。');
  },
};

/** In traditional Chinese. */
export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('combobox', { name: /受邀醫院/ }, { timeout: 30_000 });
    await expect(canvas.getByRole('button', { name: '提交會診申請' })).toBeVisible();
  },
};

async function fillRequest(canvas: ReturnType<typeof within>) {
  await userEvent.selectOptions(canvas.getByRole('combobox', { name: /受邀医院/ }), 'ins_pumch');
  await userEvent.click(await canvas.findByRole('checkbox', { name: /李明/ }, { timeout: 10_000 }));
  await userEvent.click(canvas.getByRole('checkbox', { name: /周华/ }));
  await userEvent.click(canvas.getByRole('radio', { name: '加急' }));
  await userEvent.type(canvas.getByRole('textbox', { name: /患者姓名/ }), '张三');
  await userEvent.type(canvas.getByRole('textbox', { name: /证件号码/ }), '110105199003071239');
  await userEvent.type(
    canvas.getByRole('textbox', { name: /会诊问题/ }),
    '青年卒中，病因待查，请协助明确病因。',
  );
  await userEvent.type(canvas.getByRole('textbox', { name: /病例摘要/ }), '男，36岁，突发右侧肢体无力2天。');
  await userEvent.click(canvas.getByRole('button', { name: '添加影像链接' }));
  await userEvent.type(canvas.getByRole('textbox', { name: /影像名称/ }), '头颅MRI');
  await userEvent.type(
    canvas.getByRole('textbox', { name: /阅片链接/ }),
    'https://pacs.cangzhou-central.example/viewer/1',
  );
  await userEvent.click(canvas.getByRole('checkbox', { name: /书面同意/ }));
}

/** A full request for an MDT of 李明 and 周华: submitted once, the number shown. */
export const SubmitFlow: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await form(canvasElement);
    await fillRequest(canvas);
    await userEvent.click(canvas.getByRole('button', { name: '提交会诊申请' }));
    const created = await canvas.findByText('会诊申请已提交', {}, { timeout: 10_000 });
    await expect(created).toBeVisible();
    await expect(canvas.getByText(/会诊单号 HZ-20261123-\d{6}/)).toBeVisible();
    await expect(canvas.getByText('当前状态：待安排')).toBeVisible();
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
    // Nothing of the patient stays in the tab once the server has it.
    await expect(
      Object.keys(sessionStorage).filter((k) => k.startsWith('yilian.consultation-draft.')),
    ).toEqual([]);
  },
};

/** An image link that is not https is refused by the domain's rule, named in the summary and at its field. */
export const ImageLinkRefused: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await form(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '添加影像链接' }));
    await userEvent.type(canvas.getByRole('textbox', { name: /影像名称/ }), '胸部CT');
    await userEvent.type(canvas.getByRole('textbox', { name: /阅片链接/ }), 'http://pacs.local/1');
    await userEvent.click(canvas.getByRole('button', { name: '提交会诊申请' }));
    const summary = await canvas.findByRole('alert');
    await expect(within(summary).getByRole('link', { name: '影像 1 · 阅片链接' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: /阅片链接/ })).toHaveAttribute('aria-invalid', 'true');
    // The typed input is kept in the tab (debounced): the story ends once the form says so, not before.
    await expect(await canvas.findByText('已在本机暂存 09:00', {}, { timeout: 10_000 })).toBeVisible();
  },
};

type DialogStory = StoryObj<{ component: typeof ConsultationRequestDialog; args: Record<string, unknown> }>;

/** The request in the shared dialog shell: title and 关闭 at the top, the primary action in the sticky footer. */
export const DialogOpen: DialogStory = {
  render: (args) => <ConsultationRequestDialog {...args} defaultOpen />,
  play: async () => {
    const dialog = within(await screen.findByRole('dialog', { name: '远程会诊申请' }));
    await dialog.findByRole('combobox', { name: /受邀医院/ }, { timeout: 30_000 });
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeVisible();
    const submit = dialog.getByRole('button', { name: '提交会诊申请' });
    await expect(submit.closest('.yl-dialog__footer')).not.toBeNull();
  },
};

/** Escape with a name typed: the dialog stays and asks 放弃填写？, 继续填写 focused. */
export const DialogDiscardPrompt: DialogStory = {
  render: (args) => <ConsultationRequestDialog {...args} defaultOpen />,
  play: async () => {
    const dialog = within(await screen.findByRole('dialog', { name: '远程会诊申请' }));
    await userEvent.type(
      await dialog.findByRole('textbox', { name: /患者姓名/ }, { timeout: 30_000 }),
      '张三',
    );
    await userEvent.keyboard('{Escape}');
    const prompt = await screen.findByRole('alertdialog', { name: '放弃填写？' });
    await waitFor(() => expect(within(prompt).getByRole('button', { name: '继续填写' })).toHaveFocus());
    await expect(within(prompt).getByRole('button', { name: '暂存并关闭' })).toBeVisible();
    await expect(within(prompt).getByRole('button', { name: '放弃填写' })).toBeVisible();
  },
};

/** Typed, kept with 暂存并关闭, reopened: every character is back, and the form says it was restored. */
export const DialogKeepAndRestoreFlow: DialogStory = {
  render: (args) => <ConsultationRequestDialog {...args} />,
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: '申请远程会诊' });
    await userEvent.click(trigger);
    const dialog = within(await screen.findByRole('dialog', { name: '远程会诊申请' }));
    const question = await dialog.findByRole('textbox', { name: /会诊问题/ }, { timeout: 30_000 });
    await userEvent.type(question, '请协助明确病因。');
    await userEvent.click(dialog.getByRole('button', { name: '关闭' }));
    const prompt = await screen.findByRole('alertdialog', { name: '放弃填写？' });
    await userEvent.click(within(prompt).getByRole('button', { name: '暂存并关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(trigger);
    const reopened = within(await screen.findByRole('dialog', { name: '远程会诊申请' }));
    await expect(
      await reopened.findByText('已恢复本机暂存的会诊申请。', {}, { timeout: 30_000 }),
    ).toBeVisible();
    await expect(reopened.getByRole('textbox', { name: /会诊问题/ })).toHaveValue('请协助明确病因。');
  },
};
