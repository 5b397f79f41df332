/**
 * What a decoded scan puts into the screening form. One mapping for every input path
 * (camera, USB scanner, serial scanner, typing), so a scan fills the form the same way
 * whichever device read it.
 */
import type { CodeColour, DecodeResult, Sex } from './types.ts';

export interface ScannedFields {
  idNumber?: string;
  name?: string;
  sex?: Sex;
  plate?: string;
  /** The raw payload is always kept; the colour only when the payload itself states it. */
  healthCode?: { raw: string; colour?: CodeColour };
}

export function fieldsFromScan(result: DecodeResult): ScannedFields {
  switch (result.kind) {
    case 'cn-id':
      // An invalid number still goes in, so staff see it beside its error and can fix it.
      return { idNumber: result.value, ...(result.valid && result.sex ? { sex: result.sex } : {}) };
    case 'plate':
      return { plate: result.value };
    case 'health-code':
      return {
        healthCode: { raw: result.raw, ...(result.colour ? { colour: result.colour } : {}) },
        ...(result.name ? { name: result.name } : {}),
        ...(result.idNumber ? { idNumber: result.idNumber } : {}),
      };
    case 'unknown':
      return {};
  }
}
