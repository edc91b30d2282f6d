import type { Meta, StoryObj } from '@storybook/react-vite';
import { validateReferralContent, validateReferralContentShape } from '@yilian/domain';
import { useState } from 'react';
import { expect, fn, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import type { ClinicalContentValue } from './clinical-content.js';
import { EMPTY_CLINICAL_CONTENT, clinicalContentBody } from './clinical-content.js';
import type { ClinicalContentFieldsProps } from './ClinicalContentFields.js';
import { ClinicalContentFields } from './ClinicalContentFields.js';

/** The component is controlled: the story holds the value, as the form's hook will. */
function Controlled({ value: initial, onChange, ...props }: ClinicalContentFieldsProps) {
  const [value, setValue] = useState<ClinicalContentValue>(initial);
  return (
    <ClinicalContentFields
      {...props}
      value={value}
      onChange={(next, field) => {
        setValue(next);
        onChange(next, field);
      }}
    />
  );
}

const meta = {
  title: 'Referral/ClinicalContentFields',
  component: ClinicalContentFields,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  // `allianceLoader` is typed for any story; this narrows it to this component's stories.
  loaders: [allianceLoader('cln_cz_neuro_wang')] as unknown as NonNullable<
    Meta<typeof ClinicalContentFields>['loaders']
  >,
  render: (args) => <Controlled {...args} />,
  args: {
    id: 'content',
    direction: 'up',
    urgency: 'urgent',
    value: EMPTY_CLINICAL_CONTENT,
    onChange: fn(),
  },
  argTypes: {
    onChange: { control: false, table: { category: 'Events' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The referral’s clinical content beyond diagnosis and reason (DOMAIN §3): record numbers and the insurance card, the TCM diagnosis (病名 + 证型), the escort of a green-channel patient and the down-referral’s 回转单. Controlled; required markers and messages follow the domain’s `validateReferralContent`.',
      },
    },
  },
} satisfies Meta<typeof ClinicalContentFields>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An urgent up-referral: record numbers, insurance card and TCM diagnosis, all optional; no escort, no 回转单. */
export const UpReferral: Story = {
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: /门诊号/ }), 'MZ20261123001');
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ outpatientNo: 'MZ20261123001' }),
      'outpatientNo',
    );
    await expect(canvas.getByRole('textbox', { name: /医保卡号/ })).toBeInTheDocument();
    await expect(canvas.queryByRole('group', { name: '护送与交接' })).toBeNull();
    await expect(canvas.queryByRole('group', { name: '回转单' })).toBeNull();
    // TCM names are optional until any part of the TCM diagnosis is typed.
    const disease = canvas.getByRole('textbox', { name: /中医病名/ });
    await expect(disease).not.toHaveAttribute('aria-required');
  },
};

/** A green channel: the escort group, with who escorts and the transport required. */
export const GreenChannel: Story = {
  args: { urgency: 'green_channel' },
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    const escort = canvas.getByRole('group', { name: '护送与交接' });
    const by = within(escort).getByRole('textbox', { name: /护送人/ });
    await expect(by).toHaveAttribute('aria-required', 'true');
    const transport = within(escort).getByRole('combobox', { name: /转运方式/ });
    await expect(transport).toHaveAttribute('aria-required', 'true');
    await userEvent.type(by, '李护士');
    await userEvent.selectOptions(transport, 'ambulance_with_doctor');
    await userEvent.selectOptions(within(escort).getByRole('combobox', { name: /护送人身份/ }), 'nurse');
    const [last] = (args.onChange as ReturnType<typeof fn>).mock.lastCall as [ClinicalContentValue];
    await expect(clinicalContentBody(last).escort).toEqual({
      escortedBy: '李护士',
      escortRole: 'nurse',
      transport: 'ambulance_with_doctor',
    });
    await expect(within(transport).getByRole('option', { name: '救护车（医护随车）' })).toBeInTheDocument();
  },
};

/** A down-referral: the 回转单, every part required, with a follow-up date already typed. */
export const DownReferral: Story = {
  args: {
    direction: 'down',
    urgency: 'routine',
    value: {
      ...EMPTY_CLINICAL_CONTENT,
      mainResults: '头颅MRI示左侧基底节区急性梗死灶。',
      rehabPlan: '每日康复训练，两周后复查。',
      medications: '阿司匹林 100mg qd',
      followUpDates: ['2026-12-07'],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('group', { name: '回转单' });
    for (const name of [/主要检查结果/, /康复方案/, /继续用药/]) {
      await expect(within(summary).getByRole('textbox', { name })).toHaveAttribute('aria-required', 'true');
    }
    await expect(canvas.getByLabelText('第1次随访日期')).toHaveValue('2026-12-07');
  },
};

/** Adding a follow-up date moves the focus into it; removing one gives the focus back to “add”. */
export const FollowUpDatesFlow: Story = {
  args: { direction: 'down', urgency: 'routine' },
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '添加随访日期' }));
    const first = canvas.getByLabelText('第1次随访日期');
    await expect(first).toHaveFocus();
    await userEvent.type(first, '2026-12-07');
    await userEvent.click(canvas.getByRole('button', { name: '添加随访日期' }));
    await expect(canvas.getByLabelText('第2次随访日期')).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: '删除第2次随访日期' }));
    await expect(canvas.queryByLabelText('第2次随访日期')).toBeNull();
    await expect(canvas.getByRole('button', { name: '添加随访日期' })).toHaveFocus();
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ followUpDates: ['2026-12-07'] }),
      'followUpDates',
    );
  },
};

/**
 * A follow-up date is typed year first whatever the browser's language (a native date field shows mm/dd/yyyy in
 * an English Chromium): the format is hinted, 2026/12/7 is read as 2026-12-07 and shown so once the field is left.
 */
export const FollowUpDateTypedFlow: Story = {
  args: { direction: 'down', urgency: 'routine', value: { ...EMPTY_CLINICAL_CONTENT, followUpDates: [''] } },
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    const date = canvas.getByRole('textbox', { name: '第1次随访日期' });
    await expect(date).toHaveAttribute('placeholder', '年-月-日');
    await expect(date).toHaveAttribute('inputmode', 'numeric');
    await expect(date).toHaveAccessibleDescription('按年-月-日填写有效日期，如 2026-11-24');
    await userEvent.type(date, '2026/12/7');
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ followUpDates: ['2026-12-07'] }),
      'followUpDates',
    );
    await userEvent.tab();
    await expect(date).toHaveValue('2026-12-07');
    await expect(date).not.toHaveAttribute('aria-invalid');
  },
};

/** A day that does not exist, once the field is left: said in words under it, and what was typed stays. */
export const FollowUpDateNotADay: Story = {
  args: { direction: 'down', urgency: 'routine', value: { ...EMPTY_CLINICAL_CONTENT, followUpDates: [''] } },
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    const date = canvas.getByRole('textbox', { name: '第1次随访日期' });
    await userEvent.type(date, '2026-02-30');
    await userEvent.tab();
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText('按年-月-日填写有效日期，如 2026-11-24')).toBeVisible();
    await expect(date).toHaveAccessibleDescription('按年-月-日填写有效日期，如 2026-11-24');
    await expect(date).toHaveValue('2026-02-30');
    // The form holds the text too, so its draft keeps it and the server's check names it.
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ followUpDates: ['2026-02-30'] }),
      'followUpDates',
    );
  },
};

/** Sent empty as a green-channel down-referral: the domain's issues, in words, under each field. */
export const MissingContent: Story = {
  args: {
    direction: 'down',
    urgency: 'green_channel',
    value: { ...EMPTY_CLINICAL_CONTENT, tcmDiseaseName: '中风病' },
    issues: [
      ...validateReferralContent({ direction: 'down', urgency: 'green_channel', clinicalSummary: '已填' }),
      ...validateReferralContentShape({ tcmDiagnosis: { diseaseName: '中风病', syndromeName: '' } }),
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const results = canvas.getByRole('textbox', { name: /主要检查结果/ });
    await expect(results).toHaveAttribute('aria-invalid', 'true');
    await expect(results).toHaveAccessibleDescription('此项为必填项。');
    await expect(canvas.getByRole('textbox', { name: /护送人/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: '证型' })).toHaveAttribute('aria-invalid', 'true');
    // Once the TCM diagnosis is begun, both names are marked required.
    await expect(canvas.getByRole('textbox', { name: '证型' })).toHaveAttribute('aria-required', 'true');
    const dates = canvas.getByRole('group', { name: /随访日期/ });
    await expect(dates).toHaveAccessibleDescription('此项为必填项。');
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: {
    direction: 'down',
    urgency: 'green_channel',
    value: { ...EMPTY_CLINICAL_CONTENT, followUpDates: [''] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const date = canvas.getByRole('textbox', { name: 'Follow-up date 1' });
    await expect(date).toHaveAttribute('placeholder', 'YYYY-MM-DD');
    await expect(date).toHaveAccessibleDescription('A real date as year-month-day, e.g. 2026-11-24');
    await expect(canvas.getByRole('group', { name: 'Escort and hand-over' })).toBeInTheDocument();
    await expect(canvas.getByRole('group', { name: 'Down-referral summary' })).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: /Insurance card number/ })).toBeInTheDocument();
    await expect(canvas.getByRole('option', { name: 'Ambulance with a doctor' })).toBeInTheDocument();
  },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  args: { direction: 'down', urgency: 'green_channel' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: '護送與交接' })).toBeInTheDocument();
    await expect(canvas.getByRole('group', { name: '回轉單' })).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: /醫保卡號/ })).toBeInTheDocument();
  },
};

export const PhoneWidth: Story = {
  // Edge to edge: the page's padding beside a 360 px frame would scroll a 360 px phone sideways.
  parameters: { layout: 'fullscreen' },
  globals: { viewport: { value: 'phone360', isRotated: false } },
  args: {
    direction: 'down',
    urgency: 'green_channel',
    value: { ...EMPTY_CLINICAL_CONTENT, followUpDates: ['2026-12-07', '2026-12-21'] },
  },
  decorators: [
    (Story) => (
      // Story-only frame (not shipped): the component itself uses no inline styles.
      <div style={{ width: 360 }} data-testid="phone">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const root = canvas.getByTestId('phone').querySelector('.yl-clinical-content') as HTMLElement;
    // Nothing wider than the phone: no sideways scrolling.
    await expect(root.scrollWidth).toBeLessThanOrEqual(360);
    const remove = canvas.getByRole('button', { name: '删除第1次随访日期' });
    await expect(remove.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await expect(remove.getBoundingClientRect().width).toBeGreaterThanOrEqual(44);
  },
};
