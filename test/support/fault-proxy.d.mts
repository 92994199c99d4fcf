export type Fault =
  | { kind: 'drop' }
  | { kind: 'delay'; ms?: number }
  | { kind: 'hang' }
  | { kind: 'status'; status: number }
  | { kind: 'truncate' }
  | { kind: 'html' }
  | { kind: 'relabel'; contentType?: string };

export type FaultOptions = Fault & { methods?: string[]; path?: RegExp; times?: number };

export interface FaultProxy {
  url: string;
  port: number;
  log: { method: string; path: string; fault: Fault['kind'] | null; at: number }[];
  set(fault: FaultOptions): void;
  clear(): void;
  broken(): number;
  close(): Promise<void>;
}

export function startFaultProxy(options: { target: string }): Promise<FaultProxy>;
