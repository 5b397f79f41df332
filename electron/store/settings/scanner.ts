import { ScannerSettings } from '../../../shared/api/scanner.ts';
import { settingsGroup } from './group.ts';

/** The serial barcode scanner and how health-code QRs are read. */
export const scannerSettings = settingsGroup('scanner', ScannerSettings);
