import { useEffect } from 'react';
import { ApiError } from '../../shared/api/contract.ts';
import type { StationClient } from '../client/station-client.ts';

const CHECK_MS = 60_000;

/**
 * While someone is signed in, asks the station every minute whether the session still stands.
 * When the station has ended it (the longest shift passed, or a sign-out elsewhere), the kiosk
 * returns to sign-in instead of leaving a signed-in screen to whoever walks up.
 */
export function useSessionExpiry(client: StationClient, signedIn: boolean, onExpired: () => void): void {
  useEffect(() => {
    if (!signedIn) return;
    const timer = setInterval(() => {
      // The answer is about the session asked with: if someone has since signed out and the
      // next person in, a late "no such session" must not sign the newcomer out.
      const asked = client.session;
      client.call('whoAmI', {}).catch((err: unknown) => {
        if (err instanceof ApiError && err.code === 'unauthenticated' && client.session === asked) onExpired();
      });
    }, CHECK_MS);
    return () => clearInterval(timer);
  }, [client, signedIn, onExpired]);
}
