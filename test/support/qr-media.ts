import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import QRCode from 'qrcode';

export interface FakeCameraOptions {
  /** Frame size of the fake camera. */
  width?: number;
  height?: number;
  /** Height the QR code takes in the frame, in pixels. */
  codeHeight?: number;
  /** Gaussian blur sigma: focus and motion softness. */
  blur?: number;
  seconds?: number;
  fps?: number;
}

/**
 * Makes a Chromium fake-camera file (.y4m) showing a QR code of `text`: a PNG from the
 * `qrcode` package, scaled into a camera-sized frame by ffmpeg with a little blur and
 * per-frame noise, as a real camera would deliver it. Returns the .y4m path.
 */
export async function makeQrCameraFile(text: string, dir: string, name: string, options: FakeCameraOptions = {}): Promise<string> {
  const { width = 640, height = 480, codeHeight = 400, blur = 0.8, seconds = 1, fps = 10 } = options;
  const png = join(dir, `${name}.png`);
  const y4m = join(dir, `${name}.y4m`);
  await QRCode.toFile(png, text, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
  const filter = [
    `scale=-1:${codeHeight}:flags=area`,
    `pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2:color=white`,
    `gblur=sigma=${blur}`,
    'noise=alls=6:allf=t',
    'format=yuv420p',
  ].join(',');
  const r = spawnSync('ffmpeg', ['-y', '-loglevel', 'error', '-loop', '1', '-i', png, '-vf', filter, '-t', String(seconds), '-r', String(fps), y4m], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ffmpeg failed: ${r.stderr}`);
  return y4m;
}

/** Chromium flags that replace the camera with `y4m` and grant camera permission without asking. */
export function fakeCameraArgs(y4m: string): string[] {
  return ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`];
}

/** A ~`length`-character payload shaped like a dense health-code JSON. */
export function densePayload(length: number): string {
  const filler = '扫码登记卡点测试数据0123456789abcdefghijklmnopqrstuvwxyz';
  let note = '';
  for (let i = 0; note.length < length; i++) note += filler[(i * 7) % filler.length];
  const base = { color: 'green', name: '测试', note: '' };
  return JSON.stringify({ ...base, note: note.slice(0, Math.max(0, length - JSON.stringify(base).length)) });
}
