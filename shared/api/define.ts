import type { z } from 'zod';

/**
 * Who may call a method. `public`: anyone holding the bridge/IPC channel (status, sign-in,
 * first-run setup); `staff`: a signed-in staff member; `supervisor`: a signed-in supervisor;
 * `follow-up`: a signed-in supervisor or health worker (home isolation, issue 13). A health
 * worker may call no `staff` method but those in HEALTH_WORKER_STAFF_METHODS.
 * Enforced by the station for every transport, never only by the UI.
 */
export type Role = 'public' | 'staff' | 'supervisor' | 'follow-up';

/** The `staff` methods a health worker may call too: their own session, nothing at the barrier. */
export const HEALTH_WORKER_STAFF_METHODS: ReadonlySet<string> = new Set(['whoAmI', 'signOut', 'changeOwnPin', 'isolationSettings']);

export interface MethodSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  role: Role;
  request: Req;
  response: Res;
}

export function method<Req extends z.ZodType, Res extends z.ZodType>(
  spec: MethodSpec<Req, Res>,
): MethodSpec<Req, Res> {
  return spec;
}
