import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { kafkaAdmin } from './kafka-access';
import { childEnv } from './processes';
import { testEnv } from './test-env';

export interface MessagingProcessOptions {
  role: 'relay' | 'consumer';
  databaseUrl: string;
  /** SIGKILL after the Nth crash point (see messaging-child.mjs); never if absent. */
  dieAfter?: number;
  batchSize?: number;
  /** Relay: a slow broker, so that relays running at once overlap. */
  sendDelayMs?: number;
  topic?: string;
  group?: string;
  sessionTimeoutMs?: number;
}

/**
 * The kit's relay or consumer runner in a child process (the built kit, as a service runs it),
 * so that a test can kill it the way a crash does: SIGKILL, no clean-up, its connections
 * dropped by the kernel.
 */
export class MessagingProcess {
  /** Resolves with the signal or exit code the process ended with. */
  readonly ended: Promise<NodeJS.Signals | number>;

  private constructor(private readonly child: ChildProcess) {
    this.ended = once(child, 'exit').then(([code, signal]) => (signal as NodeJS.Signals | null) ?? (code as number));
  }

  static async start(options: MessagingProcessOptions): Promise<MessagingProcess> {
    const env: Record<string, string> = {
      XF_ROLE: options.role,
      XF_DATABASE_URL: options.databaseUrl,
      XF_KAFKA_BROKERS: testEnv.kafkaBrokers.join(','),
      XF_KAFKA_USER: kafkaAdmin.username,
      XF_KAFKA_PASSWORD: kafkaAdmin.password,
      XF_DIE_AFTER: String(options.dieAfter ?? 0),
      XF_BATCH_SIZE: String(options.batchSize ?? 200),
      XF_SEND_DELAY_MS: String(options.sendDelayMs ?? 0),
      XF_TOPIC: options.topic ?? '',
      XF_GROUP: options.group ?? '',
      XF_SESSION_TIMEOUT_MS: String(options.sessionTimeoutMs ?? 30_000),
    };
    const child = spawn(process.execPath, [join(__dirname, 'messaging-child.mjs')], { env: childEnv(env), stdio: ['ignore', 'pipe', 'inherit'] });
    const running = new MessagingProcess(child);
    // Started once it says so; a process that dies first (a crash point hit at once) counts as started too.
    await Promise.race([once(child.stdout!, 'data'), running.ended]);
    return running;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** A clean stop (SIGTERM), waiting for the exit; nothing if it has already ended. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.ended;
  }
}
