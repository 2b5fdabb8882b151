import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:3000';

/**
 * The password strength checker's dictionaries (zxcvbn-ts, ~1.6 MB) load only on pages that set
 * a password. One chunk per word list keeps each under Vite's 500 kB warning, and they download
 * in parallel.
 */
function zxcvbnDictionaryChunk(moduleId: string): string | null {
  const list = /@zxcvbn-ts[\\/]language-[a-z]+[\\/]dist[\\/](\w+)\.json/.exec(moduleId)?.[1];
  return list ? `zxcvbn-${list}` : null;
}

/**
 * The web app is served by the Fastify process from web/dist under a strict CSP
 * (script-src/style-src 'self'): everything must end up in files under /assets, never inline.
 */
export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Small assets would otherwise become data: URLs; keep them as files (img-src allows data:, fonts do not).
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: zxcvbnDictionaryChunk, debugName: 'zxcvbn-dictionaries', test: /@zxcvbn-ts[\\/]language-/ }] } },
    },
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
});
