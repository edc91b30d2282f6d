// Every widget renders with react-dom/server in Node, where there is no `window` or `document`: the widgets are
// SSR-safe (they touch the browser only in effects) and show their loading state until they hydrate.
import { createAllianceClient } from '@yilian/sdk';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AllianceProvider,
  ConsultationInbox,
  ConsultationRequest,
  ConsultationRequestDialog,
  ConsultationTracker,
  ExpertCalendar,
  OrderCheck,
  FreeClinicQueue,
  MyAppointments,
  RecognitionBadge,
  ReferralDialog,
  ReferralForm,
  ReferralTracker,
  preloadLocale,
} from './index.js';
import { AllianceDashboard } from './alliance-dashboard.js';

// A client that must never be called during server rendering: any request fails the test.
const client = createAllianceClient({
  baseUrl: 'https://alliance.invalid',
  token: 'ssr',
  fetch: () => Promise.reject(new Error('no request may be made while rendering on the server')),
  retry: false,
});

const widgets = {
  ReferralForm: <ReferralForm />,
  ReferralDialog: <ReferralDialog defaultOpen={false} />,
  ReferralTracker: <ReferralTracker referralId="ref_ssr" />,
  ExpertCalendar: <ExpertCalendar />,
  MyAppointments: <MyAppointments />,
  FreeClinicQueueDesk: <FreeClinicQueue activityId="act_ssr" />,
  FreeClinicQueueDisplay: <FreeClinicQueue activityId="act_ssr" mode="display" />,
  RecognitionBadge: <RecognitionBadge resultId="res_ssr" />,
  OrderCheck: (
    <OrderCheck
      patient={{ idType: 'resident_id_card', idNumber: '110105199003071239' }}
      itemCodes={['LAB_HBA1C', 'LAB_K']}
      departmentCode="03.07"
    />
  ),
  ConsultationRequest: <ConsultationRequest />,
  ConsultationRequestDialog: <ConsultationRequestDialog defaultOpen={false} />,
  ConsultationTracker: <ConsultationTracker consultationId="con_ssr" />,
  ConsultationInbox: <ConsultationInbox />,
  AllianceDashboard: <AllianceDashboard defaultMonth="2026-10" />,
};

describe('server rendering', () => {
  it('runs where there is no DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  // Runs first: the strings fetched by preloadLocale below stay for the rest of the file.
  it('renders nothing of a widget whose strings in the locale are not loaded yet, rather than another language', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const html = renderToString(
        <AllianceProvider client={client} locale={locale}>
          <ExpertCalendar />
        </AllianceProvider>,
      );
      expect(html).not.toMatch(/class="yl-/);
      expect(html).not.toMatch(/\p{Script=Han}/u);
    }
  });

  describe('after preloadLocale', () => {
    beforeAll(async () => {
      await Promise.all([preloadLocale('zh-CN'), preloadLocale('zh-TW'), preloadLocale('en')]);
    });

    it.each(Object.entries(widgets))(
      'renders %s without touching window, in every locale',
      (_name, widget) => {
        for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
          const html = renderToString(
            <AllianceProvider client={client} locale={locale}>
              {widget}
            </AllianceProvider>,
          );
          expect(html.length).toBeGreaterThan(0);
          expect(html).toMatch(/class="yl-/);
          expect(html).not.toMatch(/style="/);
          // In English, not a word of Chinese: the real English strings, at once.
          if (locale === 'en') {
            expect(html).not.toMatch(/\p{Script=Han}/u);
          }
        }
      },
    );
  });
});
