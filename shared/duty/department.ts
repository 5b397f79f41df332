import { z } from 'zod';

/**
 * 三联动: the village (村干部), the health side (卫生: village doctor, health centre), the police
 * (公安) and volunteers (志愿者) share the 24-hour duty. Staff without a department set are
 * listed under 'unassigned' in the 日报.
 */
export const Department = z.enum(['village', 'health', 'police', 'volunteer']);
export type Department = z.infer<typeof Department>;

export const DEPARTMENT_ZH: Record<Department | 'unassigned', string> = {
  village: '村干部', health: '卫生', police: '公安', volunteer: '志愿者', unassigned: '未设部门',
};
