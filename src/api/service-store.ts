/**
 * A cache of services by id for one catalogue. The editor puts a saved
 * service here; every list showing that service hears `service-changed` and
 * re-renders without fetching.
 */
import type { ServiceView } from '../model/view-model.js';
import type { ServiceStore } from './contract.js';

export const SERVICE_CHANGED = 'service-changed';

export type ServiceChangedEvent = CustomEvent<ServiceView>;

export class MemoryServiceStore extends EventTarget implements ServiceStore {
  readonly #services = new Map<string, ServiceView>();

  get(id: string): ServiceView | undefined {
    return this.#services.get(id);
  }

  has(id: string): boolean {
    return this.#services.has(id);
  }

  get size(): number {
    return this.#services.size;
  }

  /** Stores the service and tells every listener, with the service as `detail`. */
  put(service: ServiceView): void {
    this.#services.set(service.id, service);
    this.dispatchEvent(new CustomEvent<ServiceView>(SERVICE_CHANGED, { detail: service }));
  }

  /** Listens for changes; returns a function that stops listening. */
  subscribe(listener: (service: ServiceView) => void): () => void {
    const handler = (event: Event) => listener((event as ServiceChangedEvent).detail);
    this.addEventListener(SERVICE_CHANGED, handler);
    return () => this.removeEventListener(SERVICE_CHANGED, handler);
  }
}

export function createServiceStore(): MemoryServiceStore {
  return new MemoryServiceStore();
}
