import { IdCardReaderSettings } from '../../../shared/api/idcard.ts';
import { settingsGroup } from './group.ts';

/** The ID-card reader: serial or virtual (training), port, auto-connect. */
export const idCardSettings = settingsGroup('idcard', IdCardReaderSettings);
