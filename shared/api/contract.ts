import { z } from 'zod';
import type { MethodSpec } from './define.ts';
import { coreMethods, DeviceStatus, EventNotice } from './core.ts';
import { draftMethods } from './drafts.ts';
import { incidentMethods } from './incident.ts';
import { transferMethods } from './transfer.ts';
import { idCardMethods, IdCardPresented } from './idcard.ts';
import { isolationMethods } from './isolation.ts';
import { maintenanceMethods } from './maintenance.ts';
import { ExportProgress, reportMethods } from './report.ts';
import { rulesMethods } from './rules.ts';
import { scannerMethods, SerialScanNotice } from './scanner.ts';
import { staffMethods } from './staff.ts';
import { thermometerMethods, ThermometerReading } from './thermometer.ts';
import { ErrorParams, ErrorReason } from './error-reasons.ts';
import { METHOD_NAMES } from './method-names.ts';

/**
 * The one contract between the UI and the station. Both transports (Electron IPC and the
 * local web bridge) and both clients are generated from these two tables; a capability adds
 * its methods as a module spread in here, never as hand wiring in a transport.
 */
export const methods = {
  ...coreMethods,
  ...staffMethods,
  ...rulesMethods,
  ...maintenanceMethods,
  ...thermometerMethods,
  ...scannerMethods,
  ...idCardMethods,
  ...reportMethods,
  ...draftMethods,
  ...transferMethods,
  ...incidentMethods,
  ...isolationMethods,
} satisfies Record<string, MethodSpec>;

/**
 * Pushed to signed-in sessions only (each transport asks `Station.sessionActive`), and never
 * with personal data: a notice says a record was written; the screen reads it by its role.
 */
export const pushedEvents = {
  eventRecorded: EventNotice,
  /** Batched: the thermometer service flushes about every 30 ms, never one message per frame. */
  thermometerReading: z.array(ThermometerReading),
  deviceStatus: DeviceStatus,
  /** The serial barcode scanner read a line; the screen takes its text with `takeSerialScan`. */
  serialScan: SerialScanNotice,
  /** A card laid on the ID-card reader: its kind and read id only; the content is fetched with `takeIdCard`. */
  idCardPresented: IdCardPresented,
  /** How far a supervisor's export has come: to that supervisor's session only. */
  exportProgress: ExportProgress,
} satisfies Record<string, z.ZodType>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['request']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['response']>;
export { ThermometerReading };
export type PushedEvents = typeof pushedEvents;
export type PushedEventName = keyof PushedEvents;
export type PushedEventData<E extends PushedEventName> = z.output<PushedEvents[E]>;

type Assert<T extends true> = T;
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when a method is added here but not to METHOD_NAMES (the preload's list), or the other way. */
export type MethodNamesAgree = Assert<SameNames<MethodName, (typeof METHOD_NAMES)[number]>>;

export const methodNames: readonly MethodName[] = METHOD_NAMES;
export const pushedEventNames = Object.keys(pushedEvents) as PushedEventName[];

/** The station API as the renderer sees it: one async function per method. */
export type StationApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/** Errors crossing a transport carry a stable code the UI can translate. */
export const ApiErrorCode = z.enum([
  'bad-request', 'unauthenticated', 'forbidden', 'not-found', 'conflict', 'locked', 'storage', 'internal',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;
export const ApiErrorBody = z.object({
  error: z.object({
    code: ApiErrorCode,
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
    /** What the UI translates; absent on errors from an older station (the UI then shows the category). */
    reason: ErrorReason.optional(),
    params: ErrorParams.default({}),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    readonly reason?: ErrorReason,
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, issues: this.issues, reason: this.reason, params: this.params } };
  }
  static fromBody({ code, message, issues, reason, params }: ApiErrorBody['error']): ApiError {
    return new ApiError(code, message, issues, reason, params);
  }
}
