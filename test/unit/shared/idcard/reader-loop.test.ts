import { describe, expect, it } from 'vitest';
import { SAM_COMMANDS } from '../../../../shared/idcard/commands.ts';
import { markerPhoto, readAnswerFrame, residentTextBlock, ZHANG_SAN } from '../../../../shared/idcard/encode.ts';
import { SamParser, samResponse, type SamAnswer } from '../../../../shared/idcard/frame.ts';
import { CardReaderLoop, type ReaderLoopEvent } from '../../../../shared/idcard/reader-loop.ts';

const answer = (frame: Uint8Array) => new SamParser().push(frame)[0] as SamAnswer;
const ok = () => answer(samResponse(0x90));
const found = () => answer(samResponse(0x9f, new Uint8Array(4)));
const noCard = () => answer(samResponse(0x80));
const selected = () => answer(samResponse(0x90, new Uint8Array(8)));
const card = (idNumber = ZHANG_SAN.idNumber) => answer(readAnswerFrame(residentTextBlock({ ...ZHANG_SAN, idNumber }), markerPhoto()));
const LI_SI = '110101199003070015';

/** Drives the loop as the service does: poll, then feed each answer and follow its next request. */
function harness(options = {}) {
  const loop = new CardReaderLoop({ pollMs: 300, holdOffMs: 2000, ...options });
  let now = 0;
  const sent: Uint8Array[] = [];
  const events: ReaderLoopEvent[] = [];
  const next = () => {
    const request = loop.poll(now);
    if (request) sent.push(request);
    return request;
  };
  return {
    loop, sent, events,
    at: (t: number) => { now = t; },
    poll: next,
    reply(a: SamAnswer) {
      const step = loop.answer(a, now);
      events.push(...step.events);
      if (step.send) sent.push(step.send);
      return step;
    },
    /** One full find → select → read cycle, with a card or without. */
    present(read: SamAnswer | null, t: number) {
      now = t;
      expect(next()).toEqual(SAM_COMMANDS.findCard);
      if (!read) return this.reply(noCard());
      this.reply(found());
      this.reply(selected());
      return this.reply(read);
    },
    cards: () => events.filter((e) => e.kind === 'card').length,
  };
}

function started() {
  const h = harness();
  expect(h.poll()).toEqual(SAM_COMMANDS.samStatus);
  h.reply(ok());
  return h;
}

describe('the reader loop (§7)', () => {
  it('checks the security module first, then finds, selects and reads', () => {
    const h = harness();
    expect(h.poll()).toEqual(SAM_COMMANDS.samStatus);
    expect(h.poll()).toBeNull();
    h.reply(ok());
    expect(h.events).toEqual([{ kind: 'sam', ok: true, detail: 'SW 00 00 90: ok' }]);
    h.at(299);
    expect(h.poll()).toBeNull();
    h.present(card(), 300);
    expect(h.sent.slice(1)).toEqual([SAM_COMMANDS.findCard, SAM_COMMANDS.selectCard, SAM_COMMANDS.readText]);
    expect(h.events.at(-1)).toMatchObject({ kind: 'card', card: { name: '张三', idNumber: ZHANG_SAN.idNumber } });
  });

  it('keeps asking the module while it reports a fault, and never reads a card meanwhile', () => {
    const h = harness();
    h.poll();
    h.reply(answer(samResponse(0x66)));
    expect(h.events).toEqual([{ kind: 'sam', ok: false, detail: 'SW 00 00 66: security module not authorised' }]);
    h.at(300);
    expect(h.poll()).toEqual(SAM_COMMANDS.samStatus);
  });

  it('polls quietly while nobody lays a card', () => {
    const h = started();
    for (let t = 300; t < 3000; t += 300) h.present(null, t);
    expect(h.events).toHaveLength(1);
  });

  it('makes one event when the reader answers "no card" after a read while the card stays', () => {
    const h = started();
    h.present(card(), 300);
    for (let t = 600; t < 6000; t += 300) h.present(null, t);
    expect(h.cards()).toBe(1);
    // Lifted and laid again later: a new presentation.
    h.present(card(), 6000);
    expect(h.cards()).toBe(2);
  });

  it('makes one event when the reader finds and reads the card again and again while it stays', () => {
    const h = started();
    for (let t = 300; t < 10_000; t += 300) h.present(card(), t);
    expect(h.cards()).toBe(1);
    expect(h.events.filter((e) => e.kind === 'same-card').length).toBeGreaterThan(20);
    h.present(null, 10_200);
    h.present(card(), 12_500);
    expect(h.cards()).toBe(2);
  });

  it('a card still on the reader is the same presentation however long between reads, while no find failed', () => {
    const h = started();
    h.present(card(), 300);
    h.present(card(), 5000);
    h.present(card(), 60_000);
    expect(h.cards()).toBe(1);
  });

  it('by default holds the same card off for 10 s: a reader that hides it, then finds it again 5–10 s later, fills once', () => {
    const loop = new CardReaderLoop();
    const step = (a: SamAnswer, t: number) => loop.answer(a, t);
    const read = (t: number) => {
      loop.poll(t);
      step(found(), t);
      step(selected(), t);
      return step(card(), t).events;
    };
    loop.poll(0);
    step(ok(), 0);
    expect(read(300)).toMatchObject([{ kind: 'card' }]);
    loop.poll(600);
    step(noCard(), 600);
    expect(read(9000)).toEqual([{ kind: 'same-card' }]);
    loop.poll(9300);
    step(noCard(), 9300);
    expect(read(19_500)).toMatchObject([{ kind: 'card' }]);
  });

  it('treats the same card back within the hold-off as the same presentation', () => {
    const h = started();
    h.present(card(), 300);
    h.present(null, 600);
    h.present(card(), 900);
    expect(h.cards()).toBe(1);
  });

  it('fills at once for the next person’s card, whatever the hold-off', () => {
    const h = started();
    h.present(card(), 300);
    h.present(card(LI_SI), 600);
    expect(h.events.filter((e) => e.kind === 'card').map((e) => e.kind === 'card' && e.card.idNumber)).toEqual([ZHANG_SAN.idNumber, LI_SI]);
  });

  it('a card lifted mid-read makes no event and the loop carries on', () => {
    const h = started();
    h.at(300);
    h.poll();
    h.reply(found());
    h.reply(selected());
    h.reply(answer(samResponse(0x41)));
    expect(h.events.at(-1)).toEqual({ kind: 'fault', command: 'readText', detail: 'SW 00 00 41: reading the card failed' });
    h.present(card(), 600);
    expect(h.cards()).toBe(1);
  });

  it('gives up on a read that never completes and finds again', () => {
    const h = started();
    h.at(300);
    h.poll();
    h.reply(found());
    h.reply(selected());
    expect(h.loop.tick(3299).events).toEqual([]);
    expect(h.loop.tick(3300).events).toEqual([{ kind: 'fault', command: 'readText', detail: 'no answer in 3000 ms' }]);
    h.at(3600);
    expect(h.poll()).toEqual(SAM_COMMANDS.findCard);
    expect(h.loop.tick(4199).events).toEqual([]);
    expect(h.loop.tick(4200).events).toMatchObject([{ command: 'findCard', detail: 'no answer in 600 ms' }]);
  });

  it('reports a failed select and a reader fault on find, but not the everyday "no card"', () => {
    const h = started();
    h.at(300);
    h.poll();
    h.reply(found());
    h.reply(answer(samResponse(0x81)));
    h.present(null, 600);
    h.at(900);
    h.poll();
    h.reply(answer(samResponse(0x10)));
    expect(h.events.slice(1)).toEqual([
      { kind: 'fault', command: 'selectCard', detail: 'SW 00 00 81: select card failed' },
      { kind: 'fault', command: 'findCard', detail: 'SW 00 00 10: reader got a bad checksum' },
    ]);
  });

  it('a read that will not decode is a fault, not a card', () => {
    const h = started();
    h.present(answer(readAnswerFrame(residentTextBlock({ ...ZHANG_SAN, birth: '19901399' }), markerPhoto())), 300);
    expect(h.events.at(-1)).toEqual({ kind: 'fault', command: 'readText', detail: 'birth date is not a date' });
  });

  it('ignores an answer nobody asked for', () => {
    const h = started();
    expect(h.reply(noCard()).events).toMatchObject([{ kind: 'fault', detail: expect.stringContaining('unexpected answer') }]);
  });

  it('starts over with the module check after a reset (port reopened)', () => {
    const h = started();
    h.at(300);
    h.poll();
    h.loop.reset();
    expect(h.poll()).toEqual(SAM_COMMANDS.samStatus);
  });
});
