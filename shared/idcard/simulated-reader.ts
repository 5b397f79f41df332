import { cnIdCheckChar } from '../decode/cn-id-check.ts';
import { commandName } from './commands.ts';
import { markerPhoto, readAnswerFrame, residentTextBlock, ZHANG_SAN, type ResidentCardText } from './encode.ts';
import { samResponse } from './frame.ts';
import { SW3 } from './status.ts';

/**
 * What a reader does with a card left on it after a read (shared/idcard-reader.md §7):
 * `hide` answers "no card" until it is lifted (most sdtapi readers); `refind` finds and reads
 * it again at every poll (routon's continual mode).
 */
export type LeftOnBehaviour = 'hide' | 'refind';

/**
 * A reader as the host sees it, for the virtual reader (training) and the test doubles: it
 * answers SAM requests byte-exactly, with a card laid on it or not. Pure: the caller moves
 * the bytes and decides the timing.
 */
export class SimulatedReader {
  #card: Uint8Array | null = null;
  #hidden = false;
  #selected = false;
  /** The next read fails as if the card was lifted mid-read (SW3 41), and the card is gone. */
  liftDuringNextRead = false;

  constructor(public leftOn: LeftOnBehaviour = 'hide', readonly photo: Uint8Array = markerPhoto()) {}

  lay(text: Uint8Array): void {
    this.#card = text;
    this.#hidden = false;
    this.#selected = false;
  }

  lift(): void {
    this.#card = null;
    this.#selected = false;
  }

  get hasCard(): boolean {
    return this.#card !== null;
  }

  /** The answer to one request, or null for bytes that are not a request this reader knows. */
  answer(request: Uint8Array): Uint8Array {
    const visible = this.#card !== null && !this.#hidden;
    switch (commandName(request)) {
      case 'samStatus':
      case 'resetSam':
        return samResponse(SW3.ok);
      case 'samId':
        return samResponse(SW3.ok, Uint8Array.of(5, 0, 1, 0, 0xe5, 0xd6, 0x34, 0x01, 0x87, 0xd6, 0x12, 0x00, 0x79, 0x38, 0x4e, 0x05));
      case 'findCard':
        this.#selected = false;
        return visible ? samResponse(SW3.cardFound, new Uint8Array(4)) : samResponse(SW3.findFailed);
      case 'selectCard':
        this.#selected = visible;
        return visible ? samResponse(SW3.ok, new Uint8Array(8)) : samResponse(SW3.selectFailed);
      case 'readText': {
        if (!visible || !this.#selected) return samResponse(SW3.readFailed);
        if (this.liftDuringNextRead) {
          this.liftDuringNextRead = false;
          this.lift();
          return samResponse(SW3.readFailed);
        }
        this.#selected = false;
        if (this.leftOn === 'hide') this.#hidden = true;
        return readAnswerFrame(this.#card!, this.photo);
      }
      default:
        return samResponse(SW3.commandError);
    }
  }
}

const withCheck = (first17: string) => first17 + cnIdCheckChar(first17);

/** Made-up people for training and demos (valid GB 11643 numbers, nobody real). */
export const TRAINING_CARDS: ResidentCardText[] = [
  ZHANG_SAN,
  { name: '李四', sex: '2', nationCode: '08', birth: '19850307', address: '广西壮族自治区南宁市青秀区民族大道100号', idNumber: withCheck('45010319850307002'),
    issuer: '南宁市公安局青秀分局', validFrom: '20100101', validTo: '20300101' },
  { name: '王五', sex: '1', nationCode: '01', birth: '19600815', address: '湖南省长沙市岳麓区某某村3组', idNumber: withCheck('43010419600815003'),
    issuer: '长沙市公安局岳麓分局', validFrom: '20120601', validTo: '长期' },
];

export const trainingCard = (n: number): Uint8Array => residentTextBlock(TRAINING_CARDS[n % TRAINING_CARDS.length]!);
