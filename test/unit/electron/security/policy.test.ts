import { describe, expect, it } from 'vitest';
import {
  APP_URL, APPLICATION_MENU, devToolsAllowed, isAppOrigin, navigationAllowed, permissionAllowed, shortcutBlocked, windowOpenAction,
} from '../../../../electron/security/policy.ts';

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

  it('has no application menu and no developer tools once packaged', () => {
    expect(APPLICATION_MENU).toBeNull();
    expect(devToolsAllowed(true)).toBe(false);
    expect(devToolsAllowed(false)).toBe(true);
  });

  it('blocks the keys that open developer tools or reload, and nothing a user types', () => {
    const key = (k: string, mods: Partial<Record<'control' | 'meta' | 'shift' | 'alt', boolean>> = {}, type = 'keyDown') =>
      shortcutBlocked({ type, key: k, control: false, meta: false, shift: false, alt: false, ...mods });
    for (const blocked of [key('F12'), key('F5'), key('I', { control: true, shift: true }), key('j', { control: true, shift: true }),
      key('C', { control: true, shift: true }), key('i', { meta: true, alt: true }), key('r', { control: true }), key('R', { meta: true })]) {
      expect(blocked).toBe(true);
    }
    for (const typed of [key('I'), key('I', { shift: true }), key('c', { control: true }), key('v', { control: true }), key('r'),
      key('Enter'), key('F12', {}, 'keyUp'), key('I', { shift: true, alt: true })]) {
      expect(typed).toBe(false);
    }
  });
});
