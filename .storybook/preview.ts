import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // axe violations fail the story's test, not just show in the panel.
    a11y: { test: 'error' },
  },
};

export default preview;
