import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Writes `<file>.br` and `<file>.gz` beside each built script and stylesheet of 1 KB or more; the gateway
 * sends them to browsers that accept them (`precompressed` in apps/gateway/src/http/precompressed.ts).
 * A phone on a slow network then loads ~170 KB of scripts and ~110 KB of styles instead of ~3 MB.
 */
function precompress(): Plugin {
  return {
    name: 'ascc-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const file = path.join(options.dir ?? '', name);
        const data = fs.readFileSync(file);
        if (data.length < 1024) continue;
        const quality = {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        };
        fs.writeFileSync(`${file}.br`, brotliCompressSync(data, { params: quality }));
        fs.writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: here('.'),
  plugins: [react(), precompress()],
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
