import { useTranslation } from 'react-i18next';
import type { DeviceProblem } from '../../shared/api/core.ts';

/**
 * What is wrong with a device, in the staff member's language; without a problem, the
 * technical line (port · protocol · baud), which holds only identifiers and numbers.
 */
export function DeviceDetail({ status, className }: { status: { detail: string; problem?: DeviceProblem | undefined } | null | undefined; className?: string }) {
  const { t } = useTranslation('common');
  if (!status) return null;
  const text = status.problem ? t(`device.problem.${status.problem}`) : status.detail;
  return text ? <span className={className} data-testid="device-detail" title={status.detail}>{text}</span> : null;
}
