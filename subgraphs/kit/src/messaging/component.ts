/** A long-running part of a service (relay, consumer) the bootstrap starts and stops. */
export interface Component {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** A small status for the readiness endpoint. */
  status(): { ready: boolean; detail?: string };
}
