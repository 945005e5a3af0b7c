import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The console is built once (`npm run build`) into dist/app and served by the console server
 * next to the gateway; `npx vite` in this folder serves it with hot reload against a running
 * platform (`CONSOLE_GATEWAY`, http://127.0.0.1:4000 by default).
 */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist/app', emptyOutDir: true, chunkSizeWarningLimit: 2048 },
  server: {
    proxy: Object.fromEntries(['/graphql', '/exports', '/session'].map((path) => [path, process.env.CONSOLE_GATEWAY ?? 'http://127.0.0.1:4100'])),
  },
});
