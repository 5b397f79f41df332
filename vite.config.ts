import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Named chunks for what changes rarely and is shared (a new app version mostly changes the app
 * chunk); screens and the camera scanner split off by themselves as they load on first open
 * (renderer/app/routes.tsx, renderer/scan/LazyCameraScanner.tsx).
 */
const VENDOR_CHUNKS: { name: string; test: RegExp; minShareCount?: number }[] = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]|renderer[\\/]i18n[\\/]/ },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
  { name: 'regions', test: /shared[\\/]decode[\\/]region-table\.generated\.ts$/ },
  // The app's own modules used by more than one chunk (buttons, hooks, decoders): one chunk,
  // not a dozen of a few hundred bytes each.
  { name: 'app-common', test: /[\\/](renderer|shared)[\\/]/, minShareCount: 2 },
];

// The renderer is one static bundle served from the app's own origin (Electron's file or the
// bridge's 127.0.0.1): relative base, no CDN, everything offline.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer', emptyOutDir: true, target: 'chrome130',
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
  },
});
