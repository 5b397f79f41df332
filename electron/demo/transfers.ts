import type { TransferPayload } from '../../shared/transfer/transfer.ts';

/** Where the demo's referrals are taken, and by whom: the township's usual hand-offs. */
const ESCORTS = ['村医 陈华', '包村干部 赵强', '民警 周斌'];
const INSTITUTIONS = ['乡镇卫生院', '县定点医院'];

/**
 * The later steps of a demo referral's transfer, with their times: it leaves 15 minutes after
 * the referral and is handed over an hour later, both within the shift (a shift ending sooner
 * takes the steps at its end). Every fifth one is cancelled instead (the family drove the
 * person themselves), so the demo shows both outcomes and leaves no transfer open.
 */
export function demoTransferSteps(transferId: string, index: number, referredAt: Date, shiftEnd: Date): { at: Date; payload: TransferPayload }[] {
  const at = (minutes: number) => new Date(Math.min(referredAt.getTime() + minutes * 60_000, shiftEnd.getTime()));
  const leftAt = at(15);
  const departed: TransferPayload = {
    step: 'departed', transferId, escort: ESCORTS[index % ESCORTS.length]!, means: index % 3 === 0 ? 'village-vehicle' : 'ambulance-120',
    meansNote: '', institution: INSTITUTIONS[index % INSTITUTIONS.length]!, leftAt: leftAt.toISOString(),
  };
  if (index % 5 === 4) {
    return [{ at: leftAt, payload: { step: 'closed', transferId, outcome: 'cancelled', handedOverAt: null, receivedBy: '家属自行送医' } }];
  }
  const handedOver = at(75);
  return [
    { at: leftAt, payload: departed },
    { at: handedOver, payload: { step: 'closed', transferId, outcome: 'handed-over', handedOverAt: handedOver.toISOString(), receivedBy: '接诊医生 刘医生' } },
  ];
}
