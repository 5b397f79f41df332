import { ApiError, methods, type MethodName, type MethodOutput } from '../../shared/api/contract.ts';
import type { StaffOnDuty } from '../../shared/api/core.ts';
import type { CallContext, Handler } from './module.ts';
import { invalidInput, toApiError } from './errors.ts';
import { roleMayCall } from './role-check.ts';

/** All a session may do while its PIN must be changed (after a reset, or a short supervisor PIN). */
const WHILE_PIN_CHANGE_DUE = new Set<MethodName>(['changeOwnPin', 'whoAmI', 'signOut']);

/** What the station can do in one mode: running (every method) or in recovery (two). */
export interface StationMode {
  handlers: Partial<Record<MethodName, Handler<MethodName>>>;
  /** Who a session token stands for; `refuseExpired`: the method needs a session. */
  sessionOf(token: string, refuseExpired: boolean): StaffOnDuty | null;
  /** The refusal for a contract method this mode does not serve. */
  unavailable(method: MethodName): ApiError;
}

export type StationCall = <M extends MethodName>(method: M, input: unknown, sessionToken?: string | null) => Promise<MethodOutput<M>>;

/**
 * The one dispatcher behind every transport, whatever the mode: the method must be in the
 * contract and served by this mode, the caller must hold its role, the input must parse; then
 * the handler runs. Never throws anything but an ApiError.
 */
export function dispatcher(mode: StationMode): StationCall {
  return async function call<M extends MethodName>(method: M, input: unknown, sessionToken: string | null = null): Promise<MethodOutput<M>> {
    try {
      if (!Object.hasOwn(methods, method)) throw new ApiError('not-found', `no method "${String(method)}"`, [], 'invalid-input');
      const handler = mode.handlers[method];
      if (!handler) throw mode.unavailable(method);
      const spec = methods[method];
      // Who may call comes first: a caller without the role learns nothing, not even the schema.
      const staff = sessionToken ? mode.sessionOf(sessionToken, spec.role !== 'public') : null;
      if (spec.role !== 'public' && !staff) throw new ApiError('unauthenticated', 'sign in first', [], 'sign-in-first');
      if (spec.role === 'supervisor' && staff?.role !== 'supervisor') throw new ApiError('forbidden', `${method} is for supervisors only`, [], 'supervisors-only');
      if (!roleMayCall(staff?.role, spec.role, method)) throw new ApiError('forbidden', `${method} is not for this role`, [], 'role-not-allowed');
      if (staff?.mustChangePin && spec.role !== 'public' && !WHILE_PIN_CHANGE_DUE.has(method)) {
        throw new ApiError('forbidden', 'choose a new PIN first', [], 'pin-change-required');
      }
      const parsed = spec.request.safeParse(input ?? {});
      if (!parsed.success) throw invalidInput(`invalid input for ${method}`, parsed.error);
      const ctx: CallContext = { staff, sessionToken };
      return (await handler(parsed.data as never, ctx)) as MethodOutput<M>;
    } catch (err) {
      throw toApiError(err);
    }
  };
}
