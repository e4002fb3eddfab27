// The bench's floor pages (bench/run.ts): the baseline's first page of users drawn by the
// console's stack with nothing else, built on their own into dist/bench-floor/.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { themeStyleSheet } from '../../scripts/theme-css-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react(), themeStyleSheet({ themeFile: here('../../src/app/theme.ts') })],
  build: {
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    rolldownOptions: { input: { react: here('react.html'), mui: here('mui.html') } },
  },
});
