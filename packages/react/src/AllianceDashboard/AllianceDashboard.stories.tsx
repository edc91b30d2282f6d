import type { Loader, Meta, StoryObj } from '@storybook/react-vite';
import type { BrowserAlliance } from '@yilian/alliance-server/browser';
import type { AllianceClient } from '@yilian/sdk';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { allianceLoader, withAllianceProvider } from '../internal/story-alliance.js';
import { AllianceDashboard } from './AllianceDashboard.js';

function loaders(...list: Loader[]) {
  return list as unknown as NonNullable<Meta<typeof AllianceDashboard>['loaders']>;
}

/** 孙丽, 协和's coordinator, in the 协和–沧州 alliance. */
const COORDINATOR = 'cln_pumch_coord_sun';
const ALLIANCE = 'all_pumch_cangzhou';
/** The server seeds five months of history before the stories' month, so the charts show true figures. */
const HISTORY = { history: true };
/** The stories' clock is 2026-11-23: the dashboard opens on the last complete month. */
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };

const meta = {
  title: 'Indicators/AllianceDashboard',
  component: AllianceDashboard,
  tags: ['autodocs'],
  decorators: [withAllianceProvider],
  loaders: loaders(allianceLoader(COORDINATOR, undefined, HISTORY)),
  args: { onMonthChange: fn(), onInstitutionChange: fn(), onAllianceChange: fn() },
  argTypes: {
    month: { control: 'text', table: { type: { summary: 'YYYY-MM (controlled)' } } },
    defaultMonth: {
      control: 'text',
      table: { type: { summary: 'YYYY-MM' }, defaultValue: { summary: 'the last complete month' } },
    },
    defaultInstitutionId: {
      control: 'select',
      options: [null, 'ins_pumch', 'ins_cangzhou_central'],
      table: { type: { summary: 'string | null' }, defaultValue: { summary: 'null (whole alliance)' } },
    },
    defaultTablesShown: {
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false' } },
    },
    headingLevel: { control: 'select', options: [2, 3, 4] },
    onMonthChange: {
      control: false,
      table: { category: 'Events', type: { summary: '(month: `${number}-${number}`) => void' } },
    },
    onInstitutionChange: {
      control: false,
      table: { category: 'Events', type: { summary: '(institutionId: string | null) => void' } },
    },
    onAllianceChange: {
      control: false,
      table: { category: 'Events', type: { summary: '(allianceId: string) => void' } },
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          '成效监测: the figures an alliance coordinator reports, computed by the server from its records, for a month and the whole alliance or one member institution; each headline figure with its change from the previous month; four charts (SVG with title and description, patterns and values besides colour) each with a data table; the same figures saved as the server\'s CSV (Excel-ready) with "导出 CSV". Printable; coordinators and admins only.',
      },
    },
  },
} satisfies Meta<typeof AllianceDashboard>;
export default meta;
type Story = StoryObj<typeof meta>;

const SLOW = { timeout: 30_000 };

/** The headline figures once loaded (a definition list of cards). */
async function figures(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await canvas.findByRole('heading', { name: /成效监测 · |成效監測 · |Alliance indicators · / }, SLOW);
  return canvasElement.querySelector<HTMLElement>('.yl-dashboard__figures')!;
}

/** The card of one figure, by its label. */
function card(canvasElement: HTMLElement, name: string): HTMLElement {
  const term = within(canvasElement.querySelector<HTMLElement>('.yl-dashboard__figures')!).getByText(name, {
    selector: 'dt',
  });
  return term.parentElement!;
}

/** The value of one figure (its card's first `<dd>`), exactly as written, to compare with the server's count. */
function value(canvasElement: HTMLElement, name: string): HTMLElement {
  return card(canvasElement, name).querySelector<HTMLElement>('.yl-dashboard__value')!;
}

const exactly = (count: number) => new RegExp(`^${new Intl.NumberFormat('zh-CN').format(count)}$`);

/** The server's CSV header in zh-CN (apps/alliance-server/src/use-cases/indicators/export-indicators.ts). */
const CSV_HEADER_ZH_CN = [
  '期间',
  '上转',
  '下转',
  '下转率',
  '已应答',
  '应答时间中位数（分钟）',
  '应答时间P90（分钟）',
  '应闭环',
  '已闭环',
  '闭环率',
  '绿色通道',
  '绿色通道接收中位数（分钟）',
  '绿色通道超时',
  '拒收',
  '过期',
  '退回补充',
  '取消',
  '爽约',
  '专家人次',
  '活动',
  '派驻批次',
  '义诊登记',
  '义诊已诊',
  '会诊申请',
  '会诊已出意见',
  '会诊已闭环',
  '出具意见中位数（分钟）',
  '出具意见P90（分钟）',
  '互认核查',
  '可互认',
  '采纳',
  '采纳率',
  '节省费用（元）',
  '避免重复检查',
].join(',');

/**
 * Watches the files the dashboard saves without saving them: each Blob handed to `URL.createObjectURL`, and each
 * link clicked to save one (its click cancelled, so playing the story downloads nothing). `restore()` when done.
 */
function watchDownloads(canvasElement: HTMLElement) {
  const document = canvasElement.ownerDocument;
  const createObjectURL = spyOn(URL, 'createObjectURL');
  const revokeObjectURL = spyOn(URL, 'revokeObjectURL');
  const links: HTMLAnchorElement[] = [];
  const onClick = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      links.push(event.target);
      event.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  return {
    createObjectURL,
    revokeObjectURL,
    links,
    /** The `index`th file saved: its type, its bytes, and its text with the byte-order mark kept. */
    async file(index: number) {
      const blob = createObjectURL.mock.calls[index]?.[0] as Blob;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // Not `blob.text()`: it drops the byte-order mark this checks for.
      return { type: blob.type, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
    },
    restore() {
      document.removeEventListener('click', onClick, true);
      createObjectURL.mockRestore();
      revokeObjectURL.mockRestore();
    },
  };
}

/** A CSV's rows as cells (the server's cells are numbers and headers, never quoted), the empty last line dropped. */
function csvRows(text: string): string[][] {
  const lines = text.split('\r\n');
  return lines.slice(0, -1).map((line) => line.split(','));
}

/** The cell of `row` under the header `name`. */
function cell(rows: string[][], row: number, name: string): string | undefined {
  const header = rows[0]!.map((text) => text.replace('\ufeff', ''));
  return rows[row]?.[header.indexOf(name)];
}

/** The whole alliance in October: the figures are the server's own, the four charts are drawn. */
export const WholeAlliance: Story = {
  play: async ({ canvasElement, loaded }) => {
    const client = loaded.client as AllianceClient;
    await figures(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('成效监测 · 2026年10月');
    const expected = await client.indicators.get({ allianceId: ALLIANCE, ...OCTOBER });
    // The seeded history makes October a month of work: the dashboard is not comparing zeros.
    await expect(expected.referrals.up).toBeGreaterThan(0);
    await expect(value(canvasElement, '上转')).toHaveTextContent(exactly(expected.referrals.up));
    await expect(value(canvasElement, '下转')).toHaveTextContent(exactly(expected.referrals.down));
    await expect(value(canvasElement, '专家下沉人次')).toHaveTextContent(
      exactly(expected.dispatch.expertVisits),
    );
    await expect(card(canvasElement, '上转')).toHaveTextContent(/较上月|与上月持平/);
    for (const name of [
      '近 6 个月上转与下转',
      '应答用时分布',
      '近 6 个月互认节约费用',
      '本期专家下沉活动（按类型）',
    ]) {
      await expect(canvas.getByRole('img', { name })).toBeVisible();
    }
    await expect(canvas.getByRole('combobox', { name: '机构' })).toHaveValue('');
  },
};

/** 沧州 alone: the institution filter narrows every figure to what it sends, receives or hosts. */
export const OneInstitution: Story = {
  args: { defaultInstitutionId: 'ins_cangzhou_central' },
  play: async ({ canvasElement, loaded }) => {
    const client = loaded.client as AllianceClient;
    await figures(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: '机构' })).toHaveValue('ins_cangzhou_central');
    const expected = await client.indicators.get({
      allianceId: ALLIANCE,
      institutionId: 'ins_cangzhou_central',
      ...OCTOBER,
    });
    await expect(value(canvasElement, '上转')).toHaveTextContent(exactly(expected.referrals.up));
    await expect(value(canvasElement, '远程会诊')).toHaveTextContent(
      exactly(expected.consultations.requested),
    );
  },
};

/** A month before any record: said in words, and every figure still shown as zero (rates as "—"). */
export const EmptyMonth: Story = {
  args: { defaultMonth: '2024-12' },
  play: async ({ canvasElement }) => {
    await figures(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText('本期没有业务记录，各项指标均为 0。')).toBeVisible();
    await expect(value(canvasElement, '上转')).toHaveTextContent(/^0$/);
    await expect(card(canvasElement, '下转率')).toHaveTextContent('无可计算的数据');
    await expect(card(canvasElement, '互认节约费用')).toHaveTextContent('¥0.00');
    // The picker goes back 24 months and no further.
    await expect(canvas.getByRole('button', { name: '上个月' })).toBeDisabled();
  },
};

/** The figures are slow to come: a skeleton, announced as loading, and it stays. */
export const Loading: Story = {
  loaders: loaders(
    allianceLoader(
      COORDINATOR,
      async (alliance) => {
        await alliance.faults([
          { match: 'GET /v1/indicators', phase: 'before', delayMs: 600_000, times: 99 },
        ]);
      },
      HISTORY,
    ),
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status', { name: '加载中…' }, SLOW)).toBeVisible();
    await expect(canvas.getByRole('region', { name: '成效监测' })).toHaveAttribute('aria-busy', 'true');
  },
};

/** The service is down: the problem in words with its request id and a retry button. */
export const Error: Story = {
  loaders: loaders(
    allianceLoader(
      COORDINATOR,
      async (alliance) => {
        await alliance.faults([{ match: 'GET /v1/indicators', phase: 'before', status: 503, times: 99 }]);
      },
      HISTORY,
    ),
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, SLOW);
    await expect(alert).toHaveTextContent('服务暂时不可用，请稍后再试。');
    await expect(alert).toHaveTextContent(/请求编号/);
    await expect(within(alert).getByRole('button', { name: '重试' })).toBeVisible();
  },
};

/** The service was down once: retry, and the figures come. */
export const ErrorRetryFlow: Story = {
  loaders: loaders(
    allianceLoader(
      COORDINATOR,
      async (alliance) => {
        await alliance.faults([{ match: 'GET /v1/indicators', phase: 'before', status: 503, times: 1 }]);
      },
      HISTORY,
    ),
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '重试' }, SLOW));
    await figures(canvasElement);
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** 王芳, a referring doctor: the server refuses (403), and the dashboard says who may see it. */
export const Forbidden: Story = {
  loaders: loaders(allianceLoader('cln_cz_neuro_wang', undefined, HISTORY)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert', {}, SLOW);
    await expect(alert).toHaveTextContent('成效监测仅向医联体的协调员和管理员开放。');
    await expect(canvas.queryByRole('button', { name: '重试' })).toBeNull();
  },
};

/** Every chart's data table shown from the start: real tables with a caption and headers. */
export const DataTablesShown: Story = {
  args: { defaultTablesShown: true },
  play: async ({ canvasElement }) => {
    await figures(canvasElement);
    const canvas = within(canvasElement);
    const tables = canvas.getAllByRole('table');
    await expect(tables).toHaveLength(4);
    const referrals = canvas.getByRole('table', { name: '近 6 个月上转与下转' });
    await expect(within(referrals).getAllByRole('row')).toHaveLength(7);
    await expect(within(referrals).getByRole('rowheader', { name: '2026年10月' })).toBeVisible();
    await expect(within(referrals).getByRole('columnheader', { name: '下转' })).toBeVisible();
    for (const toggle of canvas.getAllByRole('button', { name: '隐藏数据表' })) {
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    }
  },
};

export const TraditionalChinese: Story = {
  globals: { locale: 'zh-TW' },
  play: async ({ canvasElement }) => {
    await figures(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('成效監測 · 2026年10月');
    await expect(canvas.getByRole('img', { name: '近 6 個月上轉與下轉' })).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: '顯示資料表' })).toHaveLength(4);
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await figures(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Alliance indicators · October 2026',
    );
    await expect(card(canvasElement, 'Savings from recognition')).toHaveTextContent(/CN¥/);
    await expect(canvas.getByRole('img', { name: 'Answer time distribution' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Institution' })).toHaveDisplayValue('Whole alliance');
  },
};

/** At 360 px: the cards stack, the charts and the export button fit the phone's width, nothing scrolls sideways. */
export const PhoneWidth: Story = {
  parameters: { viewport: { defaultViewport: 'phone360' } },
  globals: { viewport: { value: 'phone360', isRotated: false } },
  play: async ({ canvasElement }) => {
    await figures(canvasElement);
    const section = within(canvasElement).getByRole('region', { name: /成效监测/ });
    await waitFor(() => expect(section.scrollWidth).toBeLessThanOrEqual(section.clientWidth));
    const exportButton = within(section).getByRole('button', { name: '导出 CSV' });
    await expect(exportButton.getBoundingClientRect().right).toBeLessThanOrEqual(
      section.getBoundingClientRect().right + 0.5,
    );
    for (const svg of section.querySelectorAll('svg[role="img"]')) {
      await expect(svg.getBoundingClientRect().right).toBeLessThanOrEqual(
        section.getBoundingClientRect().right + 0.5,
      );
    }
  },
};

/** The coordinator goes back a month and opens a chart's table: the figures and the table follow. */
export const MonthAndTableFlow: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const client = loaded.client as AllianceClient;
    await figures(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '上个月' }));
    await expect(args.onMonthChange).toHaveBeenCalledWith('2026-09');
    await waitFor(() =>
      expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('成效监测 · 2026年9月'),
    );
    await expect(canvas.getByRole('combobox', { name: '月份' })).toHaveValue('2026-09');
    const september = await client.indicators.get({
      allianceId: ALLIANCE,
      from: '2026-09-01',
      to: '2026-09-30',
    });
    await waitFor(() =>
      expect(value(canvasElement, '上转')).toHaveTextContent(exactly(september.referrals.up)),
    );

    const toggle = within(canvas.getByRole('figure', { name: '近 6 个月上转与下转' })).getByRole('button', {
      name: '显示数据表',
    });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAccessibleName('隐藏数据表');
    const table = canvas.getByRole('table', { name: '近 6 个月上转与下转' });
    const row = within(table).getByRole('row', { name: /2026年9月/ });
    await expect(row).toHaveTextContent(`2026年9月${september.referrals.up}${september.referrals.down}`);

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: '机构' }), 'ins_pumch');
    await expect(args.onInstitutionChange).toHaveBeenCalledWith('ins_pumch');
  },
};

/**
 * The coordinator saves October for the whole alliance, then for 沧州: each file is the server's CSV of the scope
 * on screen (byte-order mark, header in the widget's locale, the month's row and the total), named as the server
 * names it, one file per click however often it is clicked.
 */
export const ExportCsvFlow: Story = {
  play: async ({ canvasElement, loaded }) => {
    const client = loaded.client as AllianceClient;
    const alliance = loaded.alliance as BrowserAlliance;
    await figures(canvasElement);
    const canvas = within(canvasElement);
    const downloads = watchDownloads(canvasElement);
    // Called through: only watched, so the query the widget sends can be checked.
    const exportCsv = spyOn(client.indicators, 'exportCsv');
    try {
      // Slow enough to see the busy button and click it again.
      await alliance.faults([
        { match: 'GET /v1/indicators/export', phase: 'before', delayMs: 1500, times: 1 },
      ]);
      const button = canvas.getByRole('button', { name: '导出 CSV' });
      await userEvent.click(button);
      await expect(button).toBeDisabled();
      await expect(button).toHaveAttribute('aria-busy', 'true');
      await expect(button).toHaveTextContent('正在导出…');
      await userEvent.click(button);
      await waitFor(() => expect(downloads.createObjectURL).toHaveBeenCalledTimes(1), SLOW);
      // One request for the two clicks, for the scope shown, in the widget's language.
      await expect(exportCsv).toHaveBeenCalledTimes(1);
      await expect(exportCsv).toHaveBeenLastCalledWith({ allianceId: ALLIANCE, ...OCTOBER, locale: 'zh-CN' });
      await waitFor(() => expect(button).toBeEnabled());
      await expect(button).toHaveTextContent('导出 CSV');
      await expect(button).not.toHaveAttribute('aria-busy');

      const saved = await downloads.file(0);
      await expect(saved.type).toBe('text/csv;charset=utf-8');
      await expect([...saved.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      await expect(saved.text).toBe(
        await client.indicators.exportCsv({ allianceId: ALLIANCE, ...OCTOBER, locale: 'zh-CN' }),
      );
      const rows = csvRows(saved.text);
      await expect(rows.map((row) => row[0])).toEqual(['\ufeff期间', '2026-10', '2026-10-01/2026-10-31']);
      await expect(rows[0]!.join(',')).toBe(`\ufeff${CSV_HEADER_ZH_CN}`);
      const october = await client.indicators.get({ allianceId: ALLIANCE, ...OCTOBER });
      await expect(october.referrals.up).toBeGreaterThan(0);
      await expect(cell(rows, 1, '上转')).toBe(String(october.referrals.up));
      await expect(cell(rows, 1, '下转')).toBe(String(october.referrals.down));
      await expect(cell(rows, 1, '专家人次')).toBe(String(october.dispatch.expertVisits));
      await expect(cell(rows, 1, '节省费用（元）')).toBe(
        (october.recognition.savings.amountFen / 100).toFixed(2),
      );

      const [link] = downloads.links;
      await expect(downloads.links).toHaveLength(1);
      await expect(link!.download).toBe('indicators-all_pumch_cangzhou-2026-10-01-2026-10-31.csv');
      await expect(link!.href).toBe(downloads.createObjectURL.mock.results[0]?.value);
      await expect(link!.isConnected).toBe(false);
      await waitFor(() => expect(downloads.revokeObjectURL).toHaveBeenCalledWith(link!.href));
      const fromServer = await alliance.fetch(
        `${alliance.baseUrl}/v1/indicators/export?allianceId=${ALLIANCE}&from=${OCTOBER.from}&to=${OCTOBER.to}`,
        { headers: { authorization: `Bearer ${await alliance.tokenFor(COORDINATOR)}` } },
      );
      await expect(fromServer.headers.get('content-disposition')).toBe(
        `attachment; filename="${link!.download}"`,
      );

      // In this two-hospital alliance 沧州 takes part in all of October's work, so its file would read as the whole
      // alliance's: the query the widget sends says that the institution and month shown are the ones exported.
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: '机构' }), 'ins_cangzhou_central');
      await userEvent.click(canvas.getByRole('button', { name: '上个月' }));
      const september = { from: '2026-09-01', to: '2026-09-30' };
      const cangzhou = await client.indicators.get({
        allianceId: ALLIANCE,
        institutionId: 'ins_cangzhou_central',
        ...september,
      });
      await waitFor(() =>
        expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('成效监测 · 2026年9月'),
      );
      await waitFor(() => expect(button).toBeEnabled(), SLOW);
      await userEvent.click(button);
      await waitFor(() => expect(downloads.createObjectURL).toHaveBeenCalledTimes(2), SLOW);
      const query = { allianceId: ALLIANCE, institutionId: 'ins_cangzhou_central', ...september };
      await expect(exportCsv).toHaveBeenLastCalledWith({ ...query, locale: 'zh-CN' });
      const narrowed = await downloads.file(1);
      await expect(narrowed.text).toBe(await client.indicators.exportCsv({ ...query, locale: 'zh-CN' }));
      const narrowedRows = csvRows(narrowed.text);
      await expect(narrowedRows.map((row) => row[0])).toEqual([
        '\ufeff期间',
        '2026-09',
        '2026-09-01/2026-09-30',
      ]);
      await expect(cell(narrowedRows, 1, '上转')).toBe(String(cangzhou.referrals.up));
      await expect(downloads.links[1]?.download).toBe(
        'indicators-all_pumch_cangzhou-2026-09-01-2026-09-30.csv',
      );
    } finally {
      exportCsv.mockRestore();
      downloads.restore();
    }
  },
};

/** The coordinator's dashboard with its history, the export answering 503 `times` times. */
function exportFailing(times: number) {
  return loaders(
    allianceLoader(
      COORDINATOR,
      async (alliance) => {
        await alliance.faults([{ match: 'GET /v1/indicators/export', phase: 'before', status: 503, times }]);
      },
      HISTORY,
    ),
  );
}

/** The export fails (the service is down): the problem under the button with a retry; the figures stay. */
export const ExportCsvError: Story = {
  loaders: exportFailing(99),
  play: async ({ canvasElement }) => {
    await figures(canvasElement);
    const canvas = within(canvasElement);
    const downloads = watchDownloads(canvasElement);
    try {
      const button = canvas.getByRole('button', { name: '导出 CSV' });
      await userEvent.click(button);
      const alert = await canvas.findByRole('alert', {}, SLOW);
      await expect(alert).toHaveTextContent('服务暂时不可用，请稍后再试。');
      await expect(alert).toHaveTextContent(/请求编号/);
      await expect(within(alert).getByRole('button', { name: '重试' })).toBeVisible();
      await expect(button).toBeEnabled();
      await expect(value(canvasElement, '上转')).toBeVisible();
      await expect(downloads.createObjectURL).not.toHaveBeenCalled();
    } finally {
      downloads.restore();
    }
  },
};

/** In English: the export failed once; Retry saves the file, its header in the widget's language, and the problem goes. */
export const ExportCsvErrorRetryFlow: Story = {
  globals: { locale: 'en' },
  loaders: exportFailing(1),
  play: async ({ canvasElement }) => {
    await figures(canvasElement);
    const canvas = within(canvasElement);
    const downloads = watchDownloads(canvasElement);
    try {
      await userEvent.click(canvas.getByRole('button', { name: 'Export CSV' }));
      const alert = await canvas.findByRole('alert', {}, SLOW);
      await expect(alert).toHaveTextContent('The service is temporarily unavailable.');
      await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      await waitFor(() => expect(downloads.createObjectURL).toHaveBeenCalledTimes(1), SLOW);
      await expect(canvas.queryByRole('alert')).toBeNull();
      const { text } = await downloads.file(0);
      await expect(text).toMatch(/^\ufeffPeriod,Up-referrals,Down-referrals,Down-referral rate,/);
      await expect(csvRows(text).map((row) => row[0])).toEqual([
        '\ufeffPeriod',
        '2026-10',
        '2026-10-01/2026-10-31',
      ]);
      await expect(downloads.links[0]?.download).toBe(
        'indicators-all_pumch_cangzhou-2026-10-01-2026-10-31.csv',
      );
    } finally {
      downloads.restore();
    }
  },
};
