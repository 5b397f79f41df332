/** What the station keeps of a card read: the text fields only, never the photo or fingerprints. */

/**
 * The card's kind, from the type character at text offset 248 (shared/idcard-reader.md §6):
 * resident ID (space), HK/Macau/Taiwan residence permit ('J'), foreign permanent residence
 * card of 2017 ('I') or 2023 ('Y').
 */
export const CARD_TYPES = ['resident', 'hmt-permit', 'foreign-2017', 'foreign-2023'] as const;
export type CardType = (typeof CARD_TYPES)[number];

/** GB/T 2261.1: 1 male, 2 female, 0 not known, 9 not stated. */
export type CardSex = 'male' | 'female' | 'unknown' | 'unspecified';

export interface IdCard {
  cardType: CardType;
  /** Chinese name; the English name on a foreign card that has no Chinese one. */
  name: string;
  /** Foreign cards only, upper case as printed. */
  englishName?: string;
  sex: CardSex;
  /** Resident cards: the 民族 name, or the raw two-digit code when no table knows it. */
  nation?: string;
  /** Foreign cards: GB/T 2659 nationality code (letters on 2017 cards, digits on 2023 ones). */
  nationality?: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  /** Resident cards and permits. */
  address?: string;
  /** The 18-character citizen/permit/2023-card number, or a 2017 foreign card's 15-character number. */
  idNumber: string;
  issuer?: string;
  /** HK/Macau/Taiwan permits: the pass number and how many times it was issued. */
  passNumber?: string;
  issueCount?: string;
  /** YYYY-MM-DD. */
  validFrom: string;
  /** YYYY-MM-DD, or `long-term` (长期). */
  validTo: string;
}
