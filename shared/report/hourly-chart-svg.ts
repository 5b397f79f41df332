import type { DailyReport } from './daily-report.ts';

const W = 680;
const H = 150;
const PAD = { left: 28, right: 6, top: 10, bottom: 22 };

/**
 * The per-hour histogram as inline SVG (in dark, out light), so the printed 日报 needs no
 * script or image file and prints the same in Electron and headless Chromium.
 */
export function hourlyChartSvg(hourly: DailyReport['hourly']): string {
  const max = Math.max(1, ...hourly.map((h) => Math.max(h.in, h.out)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / 24;
  const bar = (slot - 4) / 2;
  const y = (n: number) => PAD.top + plotH - (n / max) * plotH;
  const parts: string[] = [];
  for (const h of hourly) {
    const x = PAD.left + h.hour * slot + 2;
    if (h.in > 0) parts.push(`<rect x="${x.toFixed(1)}" y="${y(h.in).toFixed(1)}" width="${bar.toFixed(1)}" height="${(PAD.top + plotH - y(h.in)).toFixed(1)}" fill="#1f4e79"/>`);
    if (h.out > 0) parts.push(`<rect x="${(x + bar).toFixed(1)}" y="${y(h.out).toFixed(1)}" width="${bar.toFixed(1)}" height="${(PAD.top + plotH - y(h.out)).toFixed(1)}" fill="#9dc3e6"/>`);
    parts.push(`<text x="${(x + bar).toFixed(1)}" y="${H - 8}" font-size="9" text-anchor="middle">${h.hour}</text>`);
  }
  const axis = `<line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${W - PAD.right}" y2="${PAD.top + plotH}" stroke="#333" stroke-width="0.8"/>`
    + `<text x="${PAD.left - 4}" y="${PAD.top + 8}" font-size="9" text-anchor="end">${max}</text>`
    + `<text x="${PAD.left - 4}" y="${PAD.top + plotH}" font-size="9" text-anchor="end">0</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 ${W} ${H}" role="img" aria-label="每小时进出">${axis}${parts.join('')}</svg>`;
}
