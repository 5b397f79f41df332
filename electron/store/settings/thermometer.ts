import { ThermometerSettings } from '../../../shared/api/thermometer.ts';
import { settingsGroup } from './group.ts';

/** The serial thermometer: port, protocol, calibration offset, auto-connect. */
export const thermometerSettings = settingsGroup('thermometer', ThermometerSettings);
