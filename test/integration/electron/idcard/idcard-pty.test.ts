import { afterEach, describe, expect, it } from 'vitest';
import { idCardRig } from '../../../support/idcard-harness.ts';

/** The ID-card reader service against a fake SAM reader on a real pty, as staff meet it at the barrier. */
let rig: Awaited<ReturnType<typeof idCardRig>> | null = null;
afterEach(async () => {
  await rig?.dispose();
  rig = null;
});

const ZHANG_SAN = {
  cardType: 'resident', name: '张三', sex: 'male', nation: '汉族', birthDate: '1990-07-21', address: '广西壮族自治区柳州市城中区某某路1号',
  idNumber: '450202199007210018', issuer: '柳州市公安局城中分局', validFrom: '2015-01-01', validTo: '2035-01-01',
};

describe('ID-card reader service over a pty', () => {
  it('checks the security module, then reads a card laid on the reader', async () => {
    rig = await idCardRig();
    await rig.connect();
    await rig.ready();
    expect(rig.states.map((s) => s.state).slice(0, 3)).toEqual(['connecting', 'connected', 'receiving']);
    await rig.reader.tell('lay 0');
    const [card] = await rig.until(() => rig!.cards.length === 1 && rig!.cards, 'a card');
    expect(card).toEqual(ZHANG_SAN);
    const log = rig.service.diagnostics().log.map((e) => e.text);
    expect(log).toContain('samStatus AA AA AA 96 69 00 03 11 FF ED');
    expect(log).toContain('selectCard AA AA AA 96 69 00 03 20 02 21');
    expect(log).toContain('readText AA AA AA 96 69 00 03 30 01 32');
    expect(log).toContain('SW 00 00 90: ok · 1295 bytes');
  });

  it('polls quietly with no card on the reader', async () => {
    rig = await idCardRig();
    await rig.connect();
    await rig.answered('findCard', 5);
    expect(rig.cards).toEqual([]);
    expect(rig.service.diagnostics().lastError).toBeNull();
  });

  it.each(['hide', 'refind'])('a card left on a reader that does "%s" fills once; lifted and laid again, it fills again', async (behaviour) => {
    rig = await idCardRig();
    await rig.reader.tell(`left-on ${behaviour}`);
    await rig.connect();
    await rig.reader.tell('lay 0');
    await rig.until(() => rig!.cards.length === 1, 'the first read');
    // Several more polls while the card stays (a refinding reader reads it again each time).
    await rig.answered(behaviour === 'refind' ? 'readText' : 'findCard', 4);
    expect(rig.cards).toHaveLength(1);
    await rig.reader.tell('lift');
    await rig.answered('findCard', 2);
    await rig.reader.tell('lay 1');
    await rig.until(() => rig!.cards.length === 2, 'the next person’s card');
    expect(rig.cards[1]).toMatchObject({ name: '李四', sex: 'female', nation: '壮族' });
  });

  it('a card lifted mid-read fills nothing; laid again it is read', async () => {
    rig = await idCardRig();
    await rig.connect();
    await rig.ready();
    await rig.reader.tell('lift-mid-read');
    await rig.reader.tell('lay 2');
    await rig.answered('readText');
    await rig.answered('findCard', 2);
    expect(rig.cards).toEqual([]);
    expect(rig.service.diagnostics().lastError?.message).toBe('readText: SW 00 00 41: reading the card failed');
    await rig.reader.tell('lay 2');
    await rig.until(() => rig!.cards.length === 1, 'the card read');
    expect(rig.cards[0]).toMatchObject({ name: '王五', validTo: 'long-term' });
  });

  it('drops an answer with a bad checksum and reads the card at the next poll, through line noise', async () => {
    rig = await idCardRig(['--noise']);
    await rig.reader.tell('left-on refind');
    await rig.reader.tell('corrupt-next');
    await rig.connect();
    await rig.reader.tell('lay 0');
    await rig.until(() => rig!.cards.length === 1, 'a card');
    expect(rig.cards).toEqual([ZHANG_SAN]);
    const d = rig.service.diagnostics();
    expect(d.log.some((e) => e.kind === 'fault' && e.text === 'bad checksum on a 1295-byte frame')).toBe(true);
    expect(d.counters.droppedBytes).toBeGreaterThan(0);
  });

  it('reconnects after the cable is pulled and reads the next card', async () => {
    rig = await idCardRig();
    await rig.connect();
    await rig.ready();
    await rig.pty.unplug();
    await rig.until(() => rig!.service.status().state === 'error', 'the loss noticed');
    const back = rig.reader.nextReady();
    await rig.pty.replug();
    await back;
    await rig.ready();
    await rig.reader.tell('lay 1');
    await rig.until(() => rig!.cards.length === 1, 'a card after the replug');
  });

  it('treats a reader that stops answering as gone, and says so', async () => {
    rig = await idCardRig([], { silenceMs: 800 });
    await rig.connect();
    await rig.ready();
    await rig.reader.tell('silent on');
    await rig.until(() => rig!.service.status().state === 'error', 'the silence noticed');
    expect(rig.service.status().detail).toMatch(/^no answer for/);
    await rig.reader.tell('silent off');
    await rig.ready();
  });

  it('keeps card content out of its log: no name, no ID number, no photo bytes', async () => {
    rig = await idCardRig();
    await rig.connect();
    await rig.reader.tell('lay 0');
    await rig.until(() => rig!.cards.length === 1, 'a card');
    const text = JSON.stringify(rig.service.diagnostics());
    for (const secret of ['张三', '450202', '柳州', 'FAKE-PHOTO', '46 41 4B 45']) expect(text).not.toContain(secret);
  });
});
