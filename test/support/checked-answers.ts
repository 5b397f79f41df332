import { isDeepStrictEqual } from 'node:util';
import { methods, type MethodName } from '../../shared/api/contract.ts';
import type { Station } from '../../electron/station/station.ts';

/** The methods whose answers the wrapped station gave and were checked, for a test to ask which were covered. */
export type Answered = Set<MethodName>;

/**
 * The station as a client sees it, with every answer held to its method's response schema: the
 * answer must parse and be exactly what it parses to (no field the contract does not name, such
 * as personal data a screen was never meant to get; none left to a default). An answer that is
 * not throws, failing the test that asked.
 */
export function checkedAnswers(station: Station, answered: Answered = new Set()): Station {
  const call: Station['call'] = async (method, input, sessionToken) => {
    const answer = await station.call(method, input, sessionToken);
    const parsed = methods[method].response.safeParse(answer);
    if (!parsed.success) {
      throw new Error(`${method} answered outside its response schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    // Through JSON, as a transport carries it (undefined fields vanish, as they do on the wire).
    const sent = JSON.parse(JSON.stringify(answer)) as unknown;
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), sent)) {
      throw new Error(`${method} answered fields its response schema does not name, or left some to a default: ${JSON.stringify(sent).slice(0, 300)}`);
    }
    answered.add(method);
    return answer;
  };
  // Through the prototype: a station's `core` may be a getter (it throws while in recovery).
  return Object.assign(Object.create(station) as Station, { call });
}
