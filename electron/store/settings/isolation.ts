import { IsolationSettings } from '../../../shared/api/isolation.ts';
import { settingsGroup } from './group.ts';

/** Home isolation: the period's length and the daily cut-off for the health centre's report. */
export const isolationSettings = settingsGroup('isolation', IsolationSettings);
