import type { Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';

const preview: Preview = {
  parameters: {
    // axe violations fail the story's test, not just show in the panel.
    a11y: { test: 'error' },
    layout: 'padded',
    viewport: {
      options: {
        phone360: { name: 'Phone 360 × 740', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        phone414: { name: 'Phone 414 × 896', styles: { width: '414px', height: '896px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768 × 1024', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
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
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  decorators: [
    (Story, context) => (
      <div
        className="yl-root"
        data-yl-theme={context.globals.theme === 'dark' ? 'dark' : undefined}
        lang={String(context.globals.locale ?? 'zh-CN')}
      >
        <Story />
      </div>
    ),
  ],
};

export default preview;
