import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vitest/config';
import { nodeProjectConfig } from '../../vitest.shared.js';

// Node-side tests of the widgets: server rendering without a DOM. Stories (the browser tests) run in the
// `storybook` project of the root config.
export default mergeConfig(
  nodeProjectConfig,
  defineConfig({
    plugins: [react()],
    test: { name: 'react-ssr', include: ['src/**/*.ssr.test.tsx'], environment: 'node' },
  }),
);
