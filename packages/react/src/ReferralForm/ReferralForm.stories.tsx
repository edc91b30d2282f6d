import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import type { AllianceClient } from '@yilian/sdk';
import { createAllianceClient } from '@yilian/sdk';
import type { userEvent } from 'storybook/test';
import { expect, fn, waitFor, within } from 'storybook/test';
import {
  STORY_NOW,
  allianceLoader,
  browserAlliance,
  withAllianceProvider,
} from '../internal/story-alliance.js';
import { ReferralForm } from './ReferralForm.js';

// A fictional patient (DOMAIN §6 example numbers): typed by the user in the stories, never a server payload.
const ID_NUMBER = '110105199003071239';

type Canvas = ReturnType<typeof within>;
type User = ReturnType<typeof userEvent.setup>;

async function fillReferral(canvas: Canvas, user: User, { consent = true, summary = true } = {}) {
  const institution = await canvas.findByRole('combobox', { name: /接收机构/ }, { timeout: 30_000 });
  await user.selectOptions(institution, 'ins_pumch');
  const department = canvas.getByRole('combobox', { name: /接收科室/ });
  await waitFor(() =>
    expect(within(department).getByRole('option', { name: '神经内科' })).toBeInTheDocument(),
  );
  await user.selectOptions(department, 'dep_pumch_neurology');
  await user.type(canvas.getByRole('textbox', { name: /患者姓名/ }), '张三');
  await user.type(canvas.getByRole('textbox', { name: /证件号码/ }), ID_NUMBER);
  await user.tab();
  await user.type(canvas.getByRole('textbox', { name: /初步诊断/ }), '脑梗死');
  await user.type(canvas.getByRole('textbox', { name: /转诊原因/ }), '急性脑梗死，需评估取栓指征。');
  if (summary) {
    // An up-referral carries the history.
    await user.type(canvas.getByRole('textbox', { name: /病情摘要/ }), '发病4小时，NIHSS 8分。');
  }
  if (consent) {
    await user.click(canvas.getByRole('checkbox', { name: /单独同意/ }));
  }
}

/**
 * Waits until the draft's status line has settled after the last keystroke (the save runs ~1.5 s later), so the
 * story ends in one state, whatever the machine's speed.
 */
async function draftSettled(root: HTMLElement) {
  await waitFor(
    () =>
      expect(
        root.querySelector(
          '.yl-referral-form__draft:not(.yl-referral-form__draft--idle):not(.yl-referral-form__draft--saving)',
        ),
      ).not.toBeNull(),
    { timeout: 10_000 },
  );
}

async function referralsOf(client: AllianceClient) {
  return client.referrals.list().toArray();
}

/** A loader like `allianceLoader`, with a role of the caller's choosing and an optional wrapper around `fetch`. */
function loaderAs(
  clinicianId: string,
  options: {
    role?: 'expert';
    wrapFetch?: (inner: (request: Request) => Promise<Response>) => (request: Request) => Promise<Response>;
  } = {},
) {
  return async () => {
    const alliance: BrowserAlliance = await browserAlliance();
    alliance.setNow(STORY_NOW);
    await alliance.reset({});
    const token = await alliance.tokenFor(clinicianId, options.role);
    const inner = (request: Request) => alliance.fetch(request);
    const client = createAllianceClient({
      baseUrl: alliance.baseUrl,
      token,
      fetch: options.wrapFetch ? options.wrapFetch(inner) : inner,
      retry: false,
      timeoutMs: 10_000,
    });
    // The story checks what exists with a client that is not broken on purpose.
    const checker = createAllianceClient({ baseUrl: alliance.baseUrl, token, fetch: inner, retry: false });
    return { alliance, client, checker };
  };
}

// `allianceLoader` is typed for any story; this narrows it to this component's stories.
function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof ReferralForm>['loaders']>;
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

/** Calls the in-page server as a clinician, the way a hospital system would (setup for a story). */
async function api<TBody>(
  alliance: BrowserAlliance,
  clinicianId: string,
  method: string,
  path: string,
  body?: unknown,
  options: { role?: 'referrer'; ifMatch?: number } = {},
): Promise<TBody> {
  const response = await alliance.fetch(`${alliance.baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await alliance.tokenFor(clinicianId, options.role)}`,
      'content-type': 'application/json',
      ...(options.ifMatch === undefined ? {} : { 'if-match': `"${options.ifMatch}"` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300) {
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as TBody;
}

/** A complete up-referral of 张三 from 沧州 to 协和, as a draft (or submitted). */
function upReferralBody(submit: boolean) {
  return {
    direction: 'up',
    urgency: 'urgent',
    sendingInstitutionId: 'ins_cangzhou_central',
    receivingInstitutionId: 'ins_pumch',
    receivingDepartmentId: 'dep_pumch_neurology',
    patient: {
      name: '张三',
      sex: 'male',
      birthDate: '1990-03-07',
      idType: 'resident_id_card',
      idNumber: ID_NUMBER,
      phone: '13812341234',
    },
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    reason: '急性脑梗死，需评估取栓指征。',
    clinicalSummary: '发病4小时，NIHSS 8分。',
    consent: {
      purpose: 'referral_transfer',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_neuro_wang',
      method: 'written',
    },
    submit,
  };
}

const meta = {
  title: 'Referral/ReferralForm',
  component: ReferralForm,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  loaders: loaders(clearLocalDrafts, allianceLoader('cln_cz_neuro_wang')),
  args: { onCreated: fn(), onError: fn(), onValuesChange: fn() },
  argTypes: {
    onCreated: { control: false, table: { category: 'Events' } },
    onError: { control: false, table: { category: 'Events' } },
    onValuesChange: { control: false, table: { category: 'Events' } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The 转诊单 of a referring doctor: receiving institution and department from the alliance directory (partners only), urgency with the green channel, the patient (身份证号 checked as typed, then masked), diagnosis, reason, results to attach and the separate PIPL consent. One idempotency key per attempt: a double click or a retry creates one referral. Talks to the reference server running in the page.',
      },
    },
  },
} satisfies Meta<typeof ReferralForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const institution = await canvas.findByRole('combobox', { name: /接收机构/ }, { timeout: 30_000 });
    // Only the alliance partner, never the caller's own institution.
    await expect(within(institution).getByRole('option', { name: '北京协和医院' })).toBeInTheDocument();
    await expect(within(institution).queryByRole('option', { name: '沧州市中心医院' })).toBeNull();
    await expect(canvas.queryByRole('combobox', { name: /绿色通道类别/ })).toBeNull();
    await expect(canvas.getByRole('checkbox', { name: /单独同意/ })).not.toBeChecked();
    await expect(canvas.getByRole('button', { name: '提交转诊' })).toBeEnabled();
  },
};

export const GreenChannel: Story = {
  play: async ({ canvasElement, userEvent, args, loaded }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    await userEvent.click(canvas.getByRole('radio', { name: '绿色通道' }));
    const category = await canvas.findByRole('combobox', { name: /绿色通道类别/ });
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    const summary = await canvas.findByRole('alert');
    await expect(summary).toHaveTextContent('绿色通道转诊须选择类别。');
    await waitFor(() => expect(summary).toHaveFocus());
    // A critical patient is escorted and handed over (the domain's rule): who escorts and how are asked for too.
    const escort = canvas.getByRole('group', { name: '护送与交接' });
    const escortedBy = within(escort).getByRole('textbox', { name: /护送人/ });
    const transport = within(escort).getByRole('combobox', { name: /转运方式/ });
    await expect(escortedBy).toHaveAttribute('aria-required', 'true');
    await expect(escortedBy).toHaveAttribute('aria-invalid', 'true');
    await expect(transport).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(within(summary).getByRole('link', { name: '护送人' }));
    await waitFor(() => expect(escortedBy).toHaveFocus());
    await userEvent.type(escortedBy, '李护士');
    await userEvent.selectOptions(transport, 'ambulance_with_doctor');
    await userEvent.click(within(summary).getByRole('link', { name: '绿色通道类别' }));
    await waitFor(() => expect(category).toHaveFocus());
    await userEvent.selectOptions(category, 'stroke');
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    await expect(await canvas.findByText(/转诊单号：/, {}, { timeout: 10_000 })).toBeInTheDocument();
    const [referral] = await referralsOf(loaded.client as AllianceClient);
    await expect(referral?.urgency).toBe('green_channel');
    await expect(referral?.greenChannelCategory).toBe('stroke');
    await expect(referral?.escort).toEqual({ escortedBy: '李护士', transport: 'ambulance_with_doctor' });
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
  },
};

export const InvalidResidentId: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const id = await canvas.findByRole('textbox', { name: /证件号码/ }, { timeout: 30_000 });
    await userEvent.type(id, '110105199003071238');
    await expect(await canvas.findByText('身份证号校验位不正确，请核对。')).toBeInTheDocument();
    await expect(id).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(id);
    await userEvent.type(id, '110105900307123');
    await expect(await canvas.findByText('这是15位旧身份证号，请填写18位号码。')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: `改用18位号码 ${ID_NUMBER}` }));
    await expect(id).toHaveValue(ID_NUMBER);
    await expect(id).not.toHaveAttribute('aria-invalid');
    // Valid and left: shown masked, with a control to edit it again.
    await userEvent.tab();
    await expect(id).toHaveValue('110***********1239');
    await userEvent.click(canvas.getByRole('button', { name: '修改证件号码' }));
    await waitFor(() => expect(id).toHaveFocus());
    await expect(id).toHaveValue(ID_NUMBER);
    await draftSettled(canvasElement);
  },
};

export const ServerValidationError: Story = {
  // A summary pasted from another system that is longer than the contract allows: only the server refuses it.
  args: { defaultValues: { clinicalSummary: '病史'.repeat(4001) } },
  play: async ({ canvasElement, userEvent, args, loaded }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent, { summary: false });
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    const summary = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(summary).toHaveTextContent('病情摘要：最多8000个字符。');
    const field = canvas.getByRole('textbox', { name: /病情摘要/ });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(await referralsOf(loaded.client as AllianceClient)).toHaveLength(0);
  },
};

export const Submitted: Story = {
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    await expect(canvas.getByRole('textbox', { name: /证件号码/ })).toHaveValue('110***********1239');
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    // The form has two polite status lines (the draft's and the outcome's): this is the outcome's.
    const outcome = await canvas.findByText(/转诊单已提交/, {}, { timeout: 10_000 });
    const done = outcome.closest<HTMLElement>('[role="status"]');
    if (!done) {
      throw new Error('The outcome is not announced in a status region');
    }
    await expect(done).toHaveTextContent('转诊单已提交');
    await expect(done).toHaveTextContent('状态：已提交');
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
    const [referral] = (args.onCreated as ReturnType<typeof fn>).mock.calls[0] as [
      { number: string; status: string },
    ];
    await expect(done).toHaveTextContent(`转诊单号：${referral.number}`);
    await expect(referral.status).toBe('submitted');
  },
};

/** The patient has a result in the alliance: it is listed for the patient, attached, and goes with the referral. */
export const AttachResults: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => {
      // 沧州's lab registers the patient's HbA1c, as it would after the test, through the API.
      const response = await alliance.fetch(`${alliance.baseUrl}/v1/results`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await alliance.tokenFor('cln_cz_lab_zhao')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          itemCode: 'LAB_HBA1C',
          performingInstitutionId: 'ins_cangzhou_central',
          performedAt: '2026-11-20T08:30:00+08:00',
          reportStatus: 'final',
          value: '6.1',
          unit: '%',
          referenceRange: '4.0–6.0',
          patient: {
            name: '张三',
            sex: 'male',
            birthDate: '1990-03-07',
            idType: 'resident_id_card',
            idNumber: ID_NUMBER,
          },
        }),
      });
      if (response.status !== 201) {
        throw new Error(`Registering the result answered ${response.status}: ${await response.text()}`);
      }
      return { registered: (await response.json()) as { id: string } };
    }),
  ),
  play: async ({ canvasElement, userEvent, args, loaded }) => {
    const canvas = within(canvasElement);
    const registered = loaded.registered as { id: string };
    await fillReferral(canvas, userEvent);
    const result = await canvas.findByRole('checkbox', { name: /LAB_HBA1C 2026-11-20/ }, { timeout: 10_000 });
    await expect(result).not.toBeChecked();
    // The referring clinic sees whether 协和, the hospital it refers to, will recognize the result.
    await expect(await canvas.findByText(/已互认 · 京津冀HR/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await userEvent.click(result);
    await expect(result).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    await expect(await canvas.findByText(/转诊单号：/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
    const [created] = (args.onCreated as ReturnType<typeof fn>).mock.calls[0] as [{ id: string }];
    // What the server keeps, read back as the referring doctor.
    const alliance = loaded.alliance as BrowserAlliance;
    const response = await alliance.fetch(`${alliance.baseUrl}/v1/referrals/${created.id}`, {
      headers: { authorization: `Bearer ${await alliance.tokenFor('cln_cz_neuro_wang')}` },
    });
    await expect(response.status).toBe(200);
    const referral = (await response.json()) as { attachments: { kind: string; resultId?: string }[] };
    await expect(referral.attachments).toEqual([
      expect.objectContaining({ kind: 'result', resultId: registered.id }),
    ]);
  },
};

export const DoubleSubmit: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => {
      // A slow answer leaves time for the second click.
      await alliance.faults([{ match: 'POST /v1/referrals', phase: 'before', delayMs: 400, times: 1 }]);
    }),
  ),
  play: async ({ canvasElement, userEvent, args, loaded }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    const submit = canvas.getByRole('button', { name: '提交转诊' });
    await userEvent.dblClick(submit);
    await expect(canvas.getByRole('button', { name: '正在提交…' })).toBeDisabled();
    await expect(await canvas.findByText(/转诊单号：/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await expect(await referralsOf(loaded.client as AllianceClient)).toHaveLength(1);
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
  },
};

/** The answer to the submit is lost (503): the error in words with a retry, and the form stays there. */
export const ServerDown: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => {
      // 'after': the referral is written, then the answer is lost, so only the same key on retry avoids a duplicate.
      await alliance.faults([{ match: 'POST /v1/referrals', phase: 'after', status: 503, times: 1 }]);
    }),
  ),
  play: async ({ canvasElement, userEvent, args }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    const notice = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(notice).toHaveTextContent('服务暂时不可用，请稍后再试。');
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(within(notice).getByRole('button', { name: '重试' })).toBeVisible();
  },
};

/** Retry after a lost answer: the same idempotency key, so one referral, not two. */
export const ServerDownRetryFlow: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => {
      // 'after': the referral is written, then the answer is lost, so only the same key on retry avoids a duplicate.
      await alliance.faults([{ match: 'POST /v1/referrals', phase: 'after', status: 503, times: 1 }]);
    }),
  ),
  play: async ({ canvasElement, userEvent, args, loaded }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    const notice = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(notice).toHaveTextContent('服务暂时不可用，请稍后再试。');
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await userEvent.click(within(notice).getByRole('button', { name: '重试' }));
    await expect(await canvas.findByText(/转诊单号：/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await expect(await referralsOf(loaded.client as AllianceClient)).toHaveLength(1);
  },
};

/** The network drops on submit: the offline notice with a retry, nothing typed lost; the form stays there. */
export const Offline: Story = {
  loaders: loaders(
    loaderAs('cln_cz_neuro_wang', {
      wrapFetch: (inner) => {
        let dropped = false;
        return async (request) => {
          if (!dropped && request.method === 'POST' && new URL(request.url).pathname === '/v1/referrals') {
            dropped = true;
            throw new TypeError('Failed to fetch');
          }
          return inner(request);
        };
      },
    }),
  ),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    const notice = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(notice).toHaveTextContent('网络已断开');
    // Nothing typed is lost.
    await expect(canvas.getByRole('textbox', { name: /转诊原因/ })).toHaveValue(
      '急性脑梗死，需评估取栓指征。',
    );
    await expect(within(notice).getByRole('button', { name: '重试' })).toBeVisible();
  },
};

/** Back online: retry sends the referral once. */
export const OfflineRetryFlow: Story = {
  loaders: loaders(
    loaderAs('cln_cz_neuro_wang', {
      wrapFetch: (inner) => {
        let dropped = false;
        return async (request) => {
          if (!dropped && request.method === 'POST' && new URL(request.url).pathname === '/v1/referrals') {
            dropped = true;
            throw new TypeError('Failed to fetch');
          }
          return inner(request);
        };
      },
    }),
  ),
  play: async ({ canvasElement, userEvent, loaded }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    const notice = await canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(notice).toHaveTextContent('网络已断开');
    // Nothing typed is lost.
    await expect(canvas.getByRole('textbox', { name: /转诊原因/ })).toHaveValue(
      '急性脑梗死，需评估取栓指征。',
    );
    await userEvent.click(within(notice).getByRole('button', { name: '重试' }));
    await expect(await canvas.findByText(/转诊单号：/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await expect(await referralsOf(loaded.checker as AllianceClient)).toHaveLength(1);
  },
};

export const PermissionDenied: Story = {
  loaders: loaders(loaderAs('cln_cz_neuro_wang', { role: 'expert' })),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent(
      '您的角色无权执行此操作。',
    );
    await expect(canvas.queryByRole('button', { name: '提交转诊' })).toBeNull();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const institution = await canvas.findByRole(
      'combobox',
      { name: /Receiving institution/ },
      { timeout: 30_000 },
    );
    await expect(
      within(institution).getByRole('option', { name: 'Peking Union Medical College Hospital' }),
    ).toBeInTheDocument();
    await userEvent.type(canvas.getByRole('textbox', { name: /ID number/ }), '110105199003071238');
    await expect(
      await canvas.findByText('The check digit does not match the first 17 digits.'),
    ).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Submit referral' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/Fix \d+ problem\(s\) before sending/);
    await expect(canvas.getByRole('radio', { name: 'Green channel' })).toBeInTheDocument();
    await draftSettled(canvasElement);
  },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('combobox', { name: /接收機構/ }, { timeout: 30_000 });
    await userEvent.type(canvas.getByRole('textbox', { name: /證件號碼/ }), '110105199003071238');
    await expect(await canvas.findByText('身份證號校驗碼不正確，請核對。')).toBeInTheDocument();
    await expect(canvas.getByRole('radio', { name: '綠色通道' })).toBeInTheDocument();
    await expect(canvas.getByRole('checkbox', { name: /單獨同意/ })).toBeInTheDocument();
    await draftSettled(canvasElement);
  },
};

export const PhoneWidth: Story = {
  // Edge to edge: the page's padding beside a 360 px frame would scroll a 360 px phone sideways.
  parameters: { layout: 'fullscreen' },
  globals: { viewport: { value: 'phone360', isRotated: false } },
  decorators: [
    (Story) => (
      // Story-only frame (not shipped): the widget itself uses no inline styles.
      <div style={{ width: 360 }} data-testid="phone">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    const frame = canvas.getByTestId('phone');
    const form = frame.querySelector('.yl-referral-form');
    await expect(form).not.toBeNull();
    // Nothing wider than the phone: no sideways scrolling.
    await expect((form as HTMLElement).scrollWidth).toBeLessThanOrEqual(360);
    const submit = canvas.getByRole('button', { name: '提交转诊' });
    await expect(submit.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await userEvent.click(submit);
    await expect(await canvas.findByText(/转诊单号：/, {}, { timeout: 10_000 })).toBeInTheDocument();
  },
};

/** Typed until the referral is valid: ~1.5 s later the draft is on the server, and the footer says when. */
export const DraftSaved: Story = {
  args: { submit: true },
  play: async ({ canvasElement, userEvent, loaded }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    const status = await canvas.findByText('草稿已保存 09:00', {}, { timeout: 10_000 });
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    const [draft] = await referralsOf(loaded.client as AllianceClient);
    await expect(draft?.status).toBe('draft');
    await expect(draft?.reason).toBe('急性脑梗死，需评估取栓指征。');
  },
};

/** Edits after the first save go to the same draft (If-Match), and submitting submits that draft: one referral. */
export const DraftSavedThenSubmittedFlow: Story = {
  play: async ({ canvasElement, userEvent, args, loaded }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    await canvas.findByText('草稿已保存 09:00', {}, { timeout: 10_000 });
    const history = canvas.getByRole('textbox', { name: /病情摘要/ });
    await userEvent.clear(history);
    await userEvent.type(history, '发病4小时，已溶栓。');
    // The edit goes to the same draft, on the version saved before.
    await waitFor(
      async () =>
        expect((await referralsOf(loaded.client as AllianceClient))[0]).toMatchObject({
          status: 'draft',
          version: 2,
          clinicalSummary: '发病4小时，已溶栓。',
        }),
      { timeout: 10_000 },
    );
    const [draft] = await referralsOf(loaded.client as AllianceClient);
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    await expect(await canvas.findByText(/转诊单号：/, {}, { timeout: 10_000 })).toHaveTextContent(
      draft!.number,
    );
    const all = await referralsOf(loaded.client as AllianceClient);
    await expect(all).toHaveLength(1);
    await expect(all[0]?.status).toBe('submitted');
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
    // Submitted: nothing of the patient is left in the tab.
    await expect(Object.keys(sessionStorage).filter((k) => k.startsWith('yilian.referral-draft.'))).toEqual(
      [],
    );
  },
};

/** A saved draft opened again (`draftId`): every field back, the ID number kept on the server and shown masked. */
export const DraftRestored: Story = {
  loaders: loaders(
    allianceLoader('cln_cz_neuro_wang', async (alliance) => ({
      draft: await api<{ id: string; number: string }>(
        alliance,
        'cln_cz_neuro_wang',
        'POST',
        '/v1/referrals',
        upReferralBody(false),
      ),
    })),
  ),
  render: (args, { loaded }) => <ReferralForm {...args} draftId={(loaded.draft as { id: string }).id} />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const draft = loaded.draft as { number: string };
    await expect(
      await canvas.findByText(`已恢复未提交的草稿 ${draft.number}。`, {}, { timeout: 30_000 }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: /患者姓名/ })).toHaveValue('张三');
    await expect(canvas.getByRole('textbox', { name: /转诊原因/ })).toHaveValue(
      '急性脑梗死，需评估取栓指征。',
    );
    await expect(canvas.getByRole('checkbox', { name: /单独同意/ })).toBeChecked();
    await expect(canvas.getByText(/证件号码已保存在草稿中（110\*{11}1239）/)).toBeInTheDocument();
    await expect(canvas.getByText('草稿已保存 09:00')).toBeInTheDocument();
  },
};

/** Submitting on an empty form: one summary, focused, each entry a link that focuses its field. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('combobox', { name: /接收机构/ }, { timeout: 30_000 });
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(summary).toHaveTextContent(/请修正以下 \d+ 处问题/);
    const reason = canvas.getByRole('textbox', { name: /转诊原因/ });
    await expect(reason).toHaveAttribute('aria-required', 'true');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(within(summary).getByRole('link', { name: '转诊原因' }));
    await waitFor(() => expect(reason).toHaveFocus());
    // An up-referral needs the history too.
    await expect(within(summary).getByRole('link', { name: '病情摘要' })).toBeInTheDocument();
    // Back to the summary: it stays the state of this story.
    summary.focus();
  },
};

/** A phone number is checked when the field is left, and the message goes as soon as it is corrected. */
export const FieldCheckedOnBlurFlow: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const phone = await canvas.findByRole('textbox', { name: /联系电话/ }, { timeout: 30_000 });
    await userEvent.type(phone, '1381234');
    await userEvent.tab();
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    await userEvent.type(phone, '1234');
    await waitFor(() => expect(phone).not.toHaveAttribute('aria-invalid'));
    await draftSettled(canvasElement);
  },
};

/** A valid 身份证号 fills the blank sex and birth date. */
export const IdNumberFillsSexAndBirthDateFlow: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const id = await canvas.findByRole('textbox', { name: /证件号码/ }, { timeout: 30_000 });
    await userEvent.type(id, ID_NUMBER);
    await waitFor(() => expect(canvas.getByRole('textbox', { name: /出生日期/ })).toHaveValue('1990-03-07'));
    await expect(canvas.getByRole('combobox', { name: /性别/ })).toHaveDisplayValue('男');
    await draftSettled(canvasElement);
  },
};

/**
 * A down-referral at 协和 after a reported up-referral: the parent is picked by its number with the patient's
 * name masked (no internal id), and the 回转单 fields are asked for.
 */
export const DownReferralFromNumber: Story = {
  loaders: loaders(
    allianceLoader('cln_pumch_neuro_zhang', async (alliance) => {
      const up = await api<{ id: string; number: string; version: number }>(
        alliance,
        'cln_cz_neuro_wang',
        'POST',
        '/v1/referrals',
        upReferralBody(true),
      );
      const steps = [
        {
          command: 'accept',
          appointment: { departmentId: 'dep_pumch_neurology', scheduledAt: '2026-11-23T13:00:00+08:00' },
        },
        { command: 'record_arrival', arrivedAt: '2026-11-23T09:00:00+08:00' },
        { command: 'start_treatment' },
        {
          command: 'report',
          report: { diagnosis: { text: '脑梗死' }, treatment: '机械取栓。', advice: '下转康复。' },
        },
      ];
      let version = up.version;
      for (const step of steps) {
        const next = await api<{ version: number }>(
          alliance,
          'cln_pumch_neuro_zhang',
          'POST',
          `/v1/referrals/${up.id}/transitions`,
          step,
          { ifMatch: version },
        );
        version = next.version;
      }
      // 协和's doctor refers the patient back: the story acts as a referrer there.
      const token = await alliance.tokenFor('cln_pumch_neuro_zhang', 'referrer');
      const client = createAllianceClient({
        baseUrl: alliance.baseUrl,
        token,
        fetch: (request) => alliance.fetch(request),
        retry: false,
      });
      // `client` here replaces the loader's own: the provider then acts as 协和's referrer.
      return { up, client };
    }),
  ),
  play: async ({ canvasElement, userEvent, loaded }) => {
    const canvas = within(canvasElement);
    const up = loaded.up as { id: string; number: string };
    await userEvent.click(await canvas.findByRole('radio', { name: '下转' }, { timeout: 30_000 }));
    const parent = await canvas.findByRole('combobox', { name: /原上转单/ });
    const option = await within(parent).findByRole(
      'option',
      { name: `${up.number} · 张*` },
      { timeout: 10_000 },
    );
    await expect(within(parent).getByRole('option', { name: '无（直接下转）' })).toBeInTheDocument();
    await userEvent.selectOptions(parent, option);
    await expect(parent).toHaveValue(up.id);
    await expect(parent).toHaveDisplayValue(`${up.number} · 张*`);
    // The patient, the hospital that referred up and the report come along; nothing is typed twice.
    await expect(canvas.getByRole('textbox', { name: /患者姓名/ })).toHaveValue('张三');
    await expect(canvas.getByRole('combobox', { name: /接收机构/ })).toHaveValue('ins_cangzhou_central');
    await expect(canvas.getByRole('textbox', { name: /病情摘要/ })).toHaveValue('机械取栓。');
    // The 回转单, each part required by the domain; one set of fields only.
    const back = canvas.getByRole('group', { name: '回转单' });
    for (const name of [/主要检查结果/, /康复方案/, /继续用药/]) {
      await expect(within(back).getByRole('textbox', { name })).toHaveAttribute('aria-required', 'true');
      await expect(canvas.getAllByRole('textbox', { name })).toHaveLength(1);
    }
    await userEvent.type(
      within(back).getByRole('textbox', { name: /主要检查结果/ }),
      '头颅MRI示左侧基底节区急性梗死灶，取栓后血管再通。',
    );
    await expect(within(back).getByRole('group', { name: /随访日期/ })).toBeInTheDocument();
    await draftSettled(canvasElement);
  },
};

/**
 * The network is down while the draft would be saved: the footer says so (polite, in words), and the tab keeps a
 * copy under a key that names the clinician and the form, never the patient.
 */
export const OfflineNotSaved: Story = {
  loaders: loaders(
    loaderAs('cln_cz_neuro_wang', {
      wrapFetch: (inner) => async (request) => {
        if (request.method !== 'GET' && new URL(request.url).pathname.startsWith('/v1/referrals')) {
          throw new TypeError('Failed to fetch');
        }
        return inner(request);
      },
    }),
  ),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await fillReferral(canvas, userEvent);
    await expect(
      await canvas.findByText('网络已断开，草稿未保存到服务器，已暂存在本页。', {}, { timeout: 10_000 }),
    ).toHaveAttribute('aria-live', 'polite');
    const keys = Object.keys(sessionStorage).filter((k) => k.startsWith('yilian.referral-draft.'));
    await expect(keys).toEqual(['yilian.referral-draft.cln_cz_neuro_wang.referral']);
    await expect(keys[0]).not.toContain(ID_NUMBER);
  },
};

/** A half-typed form survives a reload: the tab's copy is restored (and the server is never asked for it). */
export const RestoredAfterReloadFlow: Story = {
  loaders: loaders(async () => {
    sessionStorage.setItem(
      'yilian.referral-draft.cln_cz_neuro_wang.referral',
      JSON.stringify({ v: 1, values: { patientName: '张三', reason: '急性脑梗死，需评估取栓指征。' } }),
    );
    return {};
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText('已恢复本页暂存的填写内容。', {}, { timeout: 30_000 }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: /患者姓名/ })).toHaveValue('张三');
    await expect(canvas.getByRole('textbox', { name: /转诊原因/ })).toHaveValue(
      '急性脑梗死，需评估取栓指征。',
    );
    await expect(
      await canvas.findByText('草稿暂存在本页，必填项填写有效后自动保存到服务器。', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  },
};

/**
 * 北苑中医's doctor refers a patient up to 首钢医院 with the TCM diagnosis (病名 and 证型, GB/T 15657 codes) and
 * the record numbers; the referral carries them.
 */
export const TcmDiagnosisFlow: Story = {
  loaders: loaders(clearLocalDrafts, allianceLoader('cln_by_tcm_xu')),
  play: async ({ canvasElement, userEvent, args, loaded }) => {
    const canvas = within(canvasElement);
    const institution = await canvas.findByRole('combobox', { name: /接收机构/ }, { timeout: 30_000 });
    await userEvent.selectOptions(institution, 'ins_pku_shougang');
    const department = canvas.getByRole('combobox', { name: /接收科室/ });
    await waitFor(() => expect(within(department).getAllByRole('option').length).toBeGreaterThan(1));
    await userEvent.selectOptions(department, within(department).getAllByRole('option')[1]!);
    await userEvent.type(canvas.getByRole('textbox', { name: /患者姓名/ }), '张三');
    await userEvent.type(canvas.getByRole('textbox', { name: /证件号码/ }), ID_NUMBER);
    await userEvent.tab();
    await userEvent.type(canvas.getByRole('textbox', { name: /初步诊断/ }), '脑梗死恢复期');
    await userEvent.type(canvas.getByRole('textbox', { name: /转诊原因/ }), '肢体无力加重，需上级医院评估。');
    await userEvent.type(
      canvas.getByRole('textbox', { name: /病情摘要/ }),
      '中风后3月，右侧肢体无力加重1周。',
    );
    await userEvent.type(canvas.getByRole('textbox', { name: /门诊号/ }), 'MZ20261123001');
    const tcm = canvas.getByRole('group', { name: '中医诊断' });
    await userEvent.type(within(tcm).getByRole('textbox', { name: /中医病名/ }), '中风病');
    // Once the 病名 is typed, the 证型 is needed too.
    await expect(within(tcm).getByRole('textbox', { name: /^证型(?!代码)/ })).toHaveAttribute(
      'aria-required',
      'true',
    );
    await userEvent.type(within(tcm).getByRole('textbox', { name: /病名代码/ }), 'BNG080');
    await userEvent.type(within(tcm).getByRole('textbox', { name: /^证型(?!代码)/ }), '风痰阻络证');
    await userEvent.type(within(tcm).getByRole('textbox', { name: /证型代码/ }), 'BNG080.03.11');
    await userEvent.click(canvas.getByRole('checkbox', { name: /单独同意/ }));
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    await expect(await canvas.findByText(/转诊单号：/, {}, { timeout: 10_000 })).toBeInTheDocument();
    const [referral] = await referralsOf(loaded.client as AllianceClient);
    await expect(referral?.tcmDiagnosis).toEqual({
      diseaseName: '中风病',
      diseaseCode: 'BNG080',
      syndromeName: '风痰阻络证',
      syndromeCode: 'BNG080.03.11',
    });
    await expect(referral?.sendingRecordNumbers).toEqual({ outpatientNo: 'MZ20261123001' });
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
  },
};

/**
 * 协和's coordinator sends a patient admitted there directly down to 沧州 (no up-referral before: the lead
 * institution may), with the 回转单; submitting without 主要检查结果 first names it.
 */
export const DirectDownReferralFlow: Story = {
  loaders: loaders(clearLocalDrafts, allianceLoader('cln_pumch_coord_sun')),
  play: async ({ canvasElement, userEvent, args, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: '下转' }, { timeout: 30_000 }));
    await expect(canvas.getByRole('combobox', { name: /原上转单/ })).toHaveDisplayValue('无（直接下转）');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: /接收机构/ }), 'ins_cangzhou_central');
    const department = canvas.getByRole('combobox', { name: /接收科室/ });
    await waitFor(() =>
      expect(within(department).getByRole('option', { name: '神经内科' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(department, within(department).getByRole('option', { name: '神经内科' }));
    await userEvent.type(canvas.getByRole('textbox', { name: /患者姓名/ }), '张三');
    await userEvent.type(canvas.getByRole('textbox', { name: /证件号码/ }), ID_NUMBER);
    await userEvent.tab();
    await userEvent.type(canvas.getByRole('textbox', { name: /初步诊断/ }), '脑梗死恢复期');
    await userEvent.type(canvas.getByRole('textbox', { name: /转诊原因/ }), '病情稳定，回当地康复。');
    await userEvent.type(canvas.getByRole('textbox', { name: /病情摘要/ }), '急诊收入，溶栓后病情稳定。');
    const back = canvas.getByRole('group', { name: '回转单' });
    await userEvent.type(within(back).getByRole('textbox', { name: /康复方案/ }), '每日肢体功能训练。');
    await userEvent.type(within(back).getByRole('textbox', { name: /继续用药/ }), '阿司匹林 100mg qd');
    await userEvent.click(within(back).getByRole('button', { name: '添加随访日期' }));
    await userEvent.type(canvas.getByLabelText('第1次随访日期'), '2026-12-07');
    await userEvent.click(canvas.getByRole('checkbox', { name: /单独同意/ }));
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    const summary = await canvas.findByRole('alert');
    await userEvent.click(within(summary).getByRole('link', { name: '主要检查结果' }));
    const results = within(back).getByRole('textbox', { name: /主要检查结果/ });
    await waitFor(() => expect(results).toHaveFocus());
    await userEvent.type(results, '头颅MRI示左侧基底节区梗死灶。');
    await userEvent.click(canvas.getByRole('button', { name: '提交转诊' }));
    await expect(await canvas.findByText(/转诊单号：/, {}, { timeout: 10_000 })).toBeInTheDocument();
    const [referral] = await referralsOf(loaded.client as AllianceClient);
    await expect(referral?.direction).toBe('down');
    await expect(referral?.parentReferralId).toBeUndefined();
    await expect(referral?.status).toBe('submitted');
    await expect(referral?.mainResults).toBe('头颅MRI示左侧基底节区梗死灶。');
    await expect(referral?.followUpDates).toEqual(['2026-12-07']);
    await expect(args.onCreated).toHaveBeenCalledTimes(1);
  },
};
