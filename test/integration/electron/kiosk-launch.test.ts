import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LaunchCodes, LAUNCH_CODE_TTL_MS } from '../../../electron/bridge/launch-codes.ts';
import { serveStation } from '../../../electron/cli/commands/serve.ts';
import { openKioskBrowser } from '../../../electron/launcher/kiosk-browser.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => { for (const f of cleanup.splice(0)) await f(); });

/** A stand-in browser that writes down its command line (what `ps` shows everyone) and exits. */
function fakeBrowser(dir: string): { path: string; argsFile: string } {
  const path = join(dir, 'fake-chromium');
  const argsFile = join(dir, 'args.txt');
  writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\n`);
  chmodSync(path, 0o755);
  return { path, argsFile };
}

async function launchKiosk() {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-'));
  const running = await serveStation(join(dir, 'data', 'station.db'), 0, () => undefined);
  cleanup.push(async () => { await running.close(); rmSync(dir, { recursive: true, force: true }); });
  const browser = fakeBrowser(dir);
  const child = openKioskBrowser(browser.path, running.oneTimeUrl(), { profile: join(dir, 'profile'), kiosk: true });
  await new Promise((resolve) => child.once('exit', resolve));
  const args = readFileSync(browser.argsFile, 'utf8').trim().split('\n');
  const token = running.url.split('#token=')[1]!;
  const appUrl = new URL(args.find((a) => a.startsWith('--app='))!.slice('--app='.length));
  return { running, args, token, appUrl };
}

const redeem = (origin: string, code: string) =>
  fetch(`${origin}/api/launch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });

describe('browser-kiosk launch', () => {
  it('puts no bridge token on the browser command line, only a one-time code', async () => {
    const { args, token, appUrl } = await launchKiosk();
    expect(args.join(' ')).not.toContain(token);
    expect(appUrl.hash).toMatch(/^#code=[\w-]{32}$/);
    expect(args).toContain('--kiosk');
  });

  it('lets the page trade the code for the token once; another account reading `ps` afterwards gets nothing', async () => {
    const { running, token, appUrl } = await launchKiosk();
    const code = appUrl.hash.slice('#code='.length);
    const page = await redeem(running.origin, code);
    expect(page.status).toBe(200);
    expect(await page.json()).toEqual({ token });

    const attacker = await redeem(running.origin, code);
    expect(attacker.status).toBe(401);
    expect(JSON.stringify(await attacker.json())).not.toContain(token);
    // Nor does the code open the API or the event stream by itself.
    const call = await fetch(`${running.origin}/api/listStaff`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${code}` }, body: '{}' });
    expect(call.status).toBe(401);
    expect((await fetch(`${running.origin}/api/events?token=${code}`)).status).toBe(401);
  });

  it('refuses a code from a foreign page (Origin) and anything that is not a code', async () => {
    const { running, appUrl } = await launchKiosk();
    const code = appUrl.hash.slice('#code='.length);
    const foreign = await fetch(`${running.origin}/api/launch`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://evil.example' }, body: JSON.stringify({ code }),
    });
    expect(foreign.status).toBe(403);
    for (const body of ['not json', '{}', '{"code":42}', JSON.stringify({ code: 'x'.repeat(32) })]) {
      const res = await fetch(`${running.origin}/api/launch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status, body).toBe(401);
    }
    expect((await redeem(running.origin, code)).status).toBe(200); // still good: the failures above spent nothing
  });
});

describe('launch codes', () => {
  it('die unused after their time', () => {
    const codes = new LaunchCodes();
    const code = codes.issue(1_000);
    expect(codes.redeem(code, 1_000 + LAUNCH_CODE_TTL_MS)).toBe(false);
    const fresh = codes.issue(1_000);
    expect(codes.redeem(fresh, 1_000 + LAUNCH_CODE_TTL_MS - 1)).toBe(true);
    expect(codes.redeem(fresh, 1_000 + LAUNCH_CODE_TTL_MS - 1)).toBe(false);
  });
});
