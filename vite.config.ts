import { defineConfig } from 'vite';

// The renderer is a plain Vite app; Electron loads dist/renderer/index.html from disk and
// the browser-mode host serves the same files.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // A desktop app loaded from disk: one larger bundle is fine.
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', strictPort: false },
});
