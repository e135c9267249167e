import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    // The same aliases as tsconfig.base.json; only the browser-safe libs are reachable from the console.
    alias: [
      { find: '@ascc/contracts', replacement: here('../../libs/contracts/src/index.ts') },
      { find: '@ascc/catalog', replacement: here('../../libs/catalog/src/index.ts') },
      // `antd/locale/*` is CommonJS (kept for jest); the ES build shares code with the rest of antd.
      { find: /^antd\/locale\/(.*)$/, replacement: 'antd/es/locale/$1' },
    ],
  },
  build: {
    outDir: here('../../dist/apps/console'),
    emptyOutDir: true,
    // The shared vendor chunk (react-dom, antd core) is ~540 kB raw but ~175 kB gzipped; the budget that
    // matters is first-load gzipped JS, checked by tools/bundle-size.js.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
