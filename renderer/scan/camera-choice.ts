/**
 * The camera the station scans with, chosen once and remembered by deviceId: labels can be
 * empty or the same for two cameras, and the order of the list can change between boots.
 */
const KEY = 'checkpoint-station.camera';

export interface CameraOption { id: string; label: string }

export function rememberedCamera(): string | null {
  try { return localStorage.getItem(KEY); } catch { return null; }
}

export function rememberCamera(deviceId: string): void {
  try { localStorage.setItem(KEY, deviceId); } catch { /* private mode: choose again next time */ }
}

/** The remembered camera if it is still there, else a rear-facing one, else the first. */
export function pickCamera(cameras: readonly CameraOption[]): CameraOption | undefined {
  const remembered = rememberedCamera();
  return cameras.find((c) => c.id === remembered)
    ?? cameras.find((c) => /back|rear|environment|后置/i.test(c.label))
    ?? cameras[0];
}
