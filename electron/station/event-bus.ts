import { EventEmitter } from 'node:events';
import type { PushedEventData, PushedEventName } from '../../shared/api/contract.ts';

/**
 * Whom a pushed event is for: every signed-in session (undefined), or only the session that
 * asked for the work it reports on (an export's progress goes to the supervisor exporting).
 */
export type EventAudience = string | undefined;

/** The station's pushed events, typed by the contract; transports subscribe and forward. */
export class EventBus {
  readonly #emitter = new EventEmitter().setMaxListeners(100);

  emit<E extends PushedEventName>(name: E, data: PushedEventData<E>, to?: EventAudience): void {
    this.#emitter.emit(name, data, to);
  }

  on<E extends PushedEventName>(name: E, listener: (data: PushedEventData<E>, to: EventAudience) => void): () => void {
    this.#emitter.on(name, listener);
    return () => this.#emitter.off(name, listener);
  }
}
