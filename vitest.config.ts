import { defineConfig } from 'vitest/config';
import { csvRows } from './build/csv-rows.ts';

export default defineConfig({
  plugins: [csvRows()],
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'geo/**/*.test.ts',
      'supabase/**/*.test.ts',
      'bench/**/*.test.ts',
      'build/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
