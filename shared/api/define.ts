import type { z } from 'zod';

/**
 * Who may call a method. `public`: anyone holding the bridge/IPC channel (status, sign-in,
 * first-run setup); `staff`: a signed-in staff member; `supervisor`: a signed-in supervisor.
 * Enforced by the station for every transport, never only by the UI.
 */
export type Role = 'public' | 'staff' | 'supervisor';

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
