/**
 * The contract's method names as plain strings, for the sandboxed preload: it needs only the names,
 * and importing the contract itself would bundle all of zod into it. `contract.ts` checks at
 * compile time that this list and its method table name the same methods.
 */
export const METHOD_NAMES = [
  'status', 'getSettings', 'updateSettings', 'setup', 'addStaff', 'listStaff', 'signIn', 'signOut',
  'whoAmI', 'recordScreening', 'listEvents', 'countEvents', 'revealEvent', 'amendEvent', 'staffRoster',
  'resetStaffPin', 'unlockStaff', 'setStaffActive', 'changeOwnPin', 'getRuleSettings',
  'updateRuleSettings', 'listBackups', 'backupNow', 'restoreBackup', 'recoverFromBackup',
  'getMaintenanceSettings', 'updateMaintenanceSettings', 'purgeRecords', 'listSerialPorts',
  'getThermometerSettings', 'updateThermometerSettings', 'connectThermometer',
  'disconnectThermometer', 'testThermometer', 'thermometerDiagnostics', 'getScannerSettings',
  'updateScannerSettings', 'connectScanner', 'disconnectScanner', 'takeSerialScan',
  'getIdCardSettings', 'updateIdCardSettings', 'connectIdCardReader', 'disconnectIdCardReader',
  'testIdCardReader', 'idCardDiagnostics', 'takeIdCard', 'presentTrainingCard', 'dailyReport',
  'exportReport', 'signingKey', 'saveDraft', 'takeDraft',
  'listTransfers', 'openTransfer', 'departTransfer', 'closeTransfer', 'getTransferSettings',
  'updateTransferSettings', 'openMatters', 'listIncidents', 'reportIncident', 'acknowledgeIncident',
  'printIncidentSheet', 'staffDepartments', 'setStaffDepartment',
  // Home isolation (issue 13).
  'isolationSettings', 'updateIsolationSettings', 'followUpDay', 'recordIsolationReading', 'assignResponsible', 'endIsolation',
  'exportIsolation', 'isolationCheck',
] as const;
