import { describe, expect, it } from 'vitest';
import { APP_URL, isAppOrigin, navigationAllowed, permissionAllowed, windowOpenAction } from '../../../../electron/security/policy.ts';

describe('the desktop security policy', () => {
  it('trusts only the app origin', () => {
    expect(isAppOrigin(APP_URL)).toBe(true);
    expect(isAppOrigin('app://station/settings')).toBe(true);
    for (const url of ['app://evil/', 'https://station/', 'file:///etc/passwd', 'http://127.0.0.1:1/', 'not a url', '', null, undefined]) {
      expect(isAppOrigin(url)).toBe(false);
    }
  });

  it('allows the camera for the app origin only, and nothing else at all', () => {
    expect(permissionAllowed('media', APP_URL, ['video'])).toBe(true);
    expect(permissionAllowed('media', APP_URL, ['audio'])).toBe(false);
    expect(permissionAllowed('media', APP_URL, ['video', 'audio'])).toBe(false);
    expect(permissionAllowed('media', APP_URL, [])).toBe(false);
    expect(permissionAllowed('media', 'https://example.com/', ['video'])).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      expect(permissionAllowed(p, APP_URL)).toBe(false);
    }
  });

  it('never navigates away or opens windows', () => {
    expect(navigationAllowed('app://station/index.html#/today')).toBe(true);
    expect(navigationAllowed('https://example.com/')).toBe(false);
    expect(navigationAllowed('javascript:alert(1)')).toBe(false);
    expect(windowOpenAction()).toEqual({ action: 'deny' });
  });
});
