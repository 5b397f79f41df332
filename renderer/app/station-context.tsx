import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { MethodOutput } from '../../shared/api/contract.ts';
import type { StaffOnDuty } from '../../shared/api/core.ts';
import type { StationClient } from '../client/station-client.ts';
import { useLatestAnswer } from './use-latest-answer.ts';
import { useSessionExpiry } from './use-session-expiry.ts';

type Status = MethodOutput<'status'>;

interface StationState {
  client: StationClient;
  status: Status | null;
  staff: StaffOnDuty | null;
  connected: boolean;
  refreshStatus(): Promise<void>;
  /** After sign-in or setup: keep the session and who is on duty. */
  signedIn(session: { token: string; staff: StaffOnDuty }): void;
  signOut(): Promise<void>;
  /** Reads who is on duty again (after changing one's own PIN). */
  refreshStaff(): Promise<void>;
}

const StationContext = createContext<StationState | null>(null);

export function useStation(): StationState {
  const state = useContext(StationContext);
  if (!state) throw new Error('useStation outside <StationProvider>');
  return state;
}

/** Status, staff on duty and connection, kept live from the station's pushed events. */
export function StationProvider({ client, children }: { client: StationClient; children: ReactNode }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [staff, setStaff] = useState<StaffOnDuty | null>(null);
  const [connected, setConnected] = useState(true);

  const ask = useLatestAnswer();
  const refreshStatus = useCallback(async () => {
    const latest = ask();
    try {
      const answer = await client.call('status', {});
      if (latest()) setStatus(answer);
    } catch { /* connection state shows it */ }
  }, [client, ask]);

  useEffect(() => {
    void refreshStatus();
    if (client.session) {
      client.call('whoAmI', {}).then(setStaff, () => client.setSession(null));
    }
    const offs = [
      client.on('eventRecorded', () => void refreshStatus()),
      client.on('deviceStatus', () => void refreshStatus()),
      client.onConnectionChange((up) => { setConnected(up); if (up) void refreshStatus(); }),
    ];
    return () => offs.forEach((off) => off());
  }, [client, refreshStatus]);

  const signedIn = useCallback((session: { token: string; staff: StaffOnDuty }) => {
    client.setSession(session.token);
    setStaff(session.staff);
    void refreshStatus();
  }, [client, refreshStatus]);

  const expired = useCallback(() => { client.setSession(null); setStaff(null); }, [client]);
  useSessionExpiry(client, staff !== null, expired);

  const refreshStaff = useCallback(async () => { setStaff(await client.call('whoAmI', {})); }, [client]);

  const signOut = useCallback(async () => {
    try { await client.call('signOut', {}); } finally {
      client.setSession(null);
      setStaff(null);
    }
  }, [client]);

  return (
    <StationContext.Provider value={{ client, status, staff, connected, refreshStatus, signedIn, signOut, refreshStaff }}>
      {children}
    </StationContext.Provider>
  );
}
