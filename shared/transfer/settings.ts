import { z } from 'zod';

/** Where fever transfers go, as the township's plan names them; the station offers these to pick from. */
export const TransferSettings = z.object({
  institutions: z.array(z.string().trim().min(1).max(80)).min(1).max(20).default(['乡镇卫生院', '县定点医院']),
});
export type TransferSettings = z.infer<typeof TransferSettings>;
