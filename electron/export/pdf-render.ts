import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { findChromiumBrowser } from '../launcher/find-browser.ts';
import { ExportError } from './export-error.ts';

/** Turns the 日报 HTML into PDF bytes: Electron's printToPDF in the app, headless Chromium elsewhere. */
export type PdfRenderer = (html: string) => Promise<Buffer>;

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const PDF_FOOTER = '<div style="font-size:8px;width:100%;text-align:center;color:#555">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>';

/** Headless Chromium (the CLI and the browser-kiosk station): one browser per document. */
export const chromiumPdf: PdfRenderer = async (html) => {
  // The same installed browser the kiosk mode opens; CHROMIUM_PATH overrides.
  const executablePath = findChromiumBrowser();
  if (!executablePath || !existsSync(executablePath)) throw new ExportError('no-browser', 'no Chromium, Chrome or Edge found to print the PDF (install one or set CHROMIUM_PATH): nothing was written');
  // Loaded on first use: the station starts without it, and the Electron app (printToPDF) never needs it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    // The document is self-contained; nothing may be fetched while rendering.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: PDF_FOOTER });
  } finally {
    await browser.close();
  }
};

export async function writePdf(html: string, path: string, render: PdfRenderer = chromiumPdf): Promise<void> {
  await writeFile(path, await render(html), { flag: 'wx' });
}
