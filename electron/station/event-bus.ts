import { EventEmitter } from 'node:events';
import type { PushedEventData, PushedEventName } from '../../shared/api/contract.ts';

/** The station's pushed events, typed by the contract; transports subscribe and forward. */
export class EventBus {
  readonly #emitter = new EventEmitter().setMaxListeners(100);

  emit<E extends PushedEventName>(name: E, data: PushedEventData<E>): void {
    this.#emitter.emit(name, data);
  }

  on<E extends PushedEventName>(name: E, listener: (data: PushedEventData<E>) => void): () => void {
    this.#emitter.on(name, listener);
    return () => this.#emitter.off(name, listener);
  }
}
