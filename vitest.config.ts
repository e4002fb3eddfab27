import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  define: {
    'import.meta.env.VITE_MOCK': 'false',
    'import.meta.env.VITE_API_PROXY': 'false',
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['mocks/**/*.test.ts', 'src/**/*.unit.test.ts'],
          // Property tests run the engine a hundred times or more: on a busy 2-core machine that
          // is well past Vitest's 5 s default, though nothing waits on anything but the CPU.
          testTimeout: 20000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./tests/setup.ts'],
          // One module graph per worker, not per file: each file imported React, MUI, the
          // mock engine and its seed afresh, two thirds of the run's CPU time (measured on 14
          // page tests: 153 s of CPU isolated, 46 s shared). The setup file resets every shared
          // piece of state before each test: the engine's store, its scenario and schema mode,
          // session storage and the notifications (tests/setup.ts).
          isolate: false,
          testTimeout: 20000,
          expect: { poll: { timeout: 5000 } },
        },
      },
    ],
  },
});
