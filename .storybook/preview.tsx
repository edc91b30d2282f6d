import type { Preview } from '@storybook/react-vite';
import { preloadLocale } from '../packages/react/src/i18n/define.js';
import '../packages/react/src/styles.css';
import './theme-presets.css';
import './gallery-storage.js';
import './intranet-clipboard.js';

/** The toolbar's theme presets; dark is the widgets' own theme (`data-yl-theme`), the others override tokens. */
export const THEME_PRESETS = ['light', 'dark', 'high-contrast', 'hospital-brand'] as const;

const preview: Preview = {
  parameters: {
    // axe violations fail the story's test, not just show in the panel.
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: {
        order: [
          'Guides',
          ['Getting started', 'Design tokens', '*'],
          'Referral',
          'Dispatch',
          'Consultation',
          'Recognition',
        ],
      },
    },
    viewport: {
      options: {
        phone360: { name: 'Phone 360 × 740', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        phone414: { name: 'Phone 414 × 896', styles: { width: '414px', height: '896px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768 × 1024', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: {
          name: 'Desktop 1280 × 800',
          styles: { width: '1280px', height: '800px' },
          type: 'desktop',
        },
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Widget language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文' },
          { value: 'zh-TW', title: '繁體中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme preset',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'hospital-brand', title: 'Hospital brand (teal)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  // A story in zh-TW or en shows its language from the first frame, as a page that calls preloadLocale does (#12);
  // the wait without it has its own tests (ssr.ssr.test.tsx, react18.browser.test.tsx).
  loaders: [
    async ({ globals }) => {
      await preloadLocale((globals.locale as Parameters<typeof preloadLocale>[0] | undefined) ?? 'zh-CN');
      return {};
    },
  ],
  decorators: [
    (Story, context) => {
      const theme = String(context.globals.theme ?? 'light');
      // On <html>, so the dialogs portalled to <body> take the preset too.
      if (typeof document !== 'undefined') {
        if (theme === 'high-contrast' || theme === 'hospital-brand') {
          document.documentElement.dataset.ylPreset = theme;
        } else {
          delete document.documentElement.dataset.ylPreset;
        }
      }
      return (
        <div
          className="yl-root"
          data-yl-theme={theme === 'dark' ? 'dark' : undefined}
          lang={String(context.globals.locale ?? 'zh-CN')}
        >
          <Story />
        </div>
      );
    },
  ],
};

export default preview;
