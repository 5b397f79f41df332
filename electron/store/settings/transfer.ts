import { TransferSettings } from '../../../shared/transfer/settings.ts';
import { settingsGroup } from './group.ts';

/** Where fever transfers go: the institutions offered on the hand-off form. */
export const transferSettings = settingsGroup('transfer', TransferSettings);
