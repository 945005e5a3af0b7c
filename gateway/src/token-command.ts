import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Role, jwtEnvShape, loadOrCreateDevKeys, readEnv, signIdentityToken } from '@xinfang/kit/identity';
import type { Identity } from '@xinfang/kit/identity';
import { demoUsers } from './demo-users';

const USAGE = `Issues a development token signed with the local key (.data/keys).

  npm run -s token -- --user handler
  npm run -s token -- --role PARTNER --agency bengbu-civil-affairs [--name "Liu Yang"] [--sub u-42] [--expires 2h]

Demo users: ${Object.keys(demoUsers).join(', ')}
Roles: ${Object.values(Role).join(', ')}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      role: { type: 'string', multiple: true },
      agency: { type: 'string' },
      name: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || (!values.user && !values.role)) {
    process.stdout.write(`${USAGE}\n`);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const env = readEnv({
    ...jwtEnvShape,
    JWT_PRIVATE_KEY: z.string().optional(),
    XINFANG_DATA_DIR: z.string().default(resolve(__dirname, '..', '..', '.data')),
  });
  const privateKeyPem = env.JWT_PRIVATE_KEY ?? (await loadOrCreateDevKeys(join(env.XINFANG_DATA_DIR, 'keys'))).privateKeyPem;
  const identity = values.user ? demoUser(values.user) : customUser(values.role ?? [], values.agency, values.name, values.sub);
  const token = await signIdentityToken(identity, { privateKeyPem, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, expiresIn: values.expires });
  process.stdout.write(`${token}\n`);
}

function demoUser(key: string): Identity {
  const user = (demoUsers as Record<string, Identity>)[key];
  if (!user) throw new Error(`No demo user "${key}". Known: ${Object.keys(demoUsers).join(', ')}`);
  return user;
}

function customUser(roles: string[], agencyId: string | undefined, name: string | undefined, sub: string | undefined): Identity {
  const unknown = roles.filter((role) => !(Object.values(Role) as string[]).includes(role));
  if (unknown.length > 0) throw new Error(`Unknown role(s) ${unknown.join(', ')}. Known: ${Object.values(Role).join(', ')}`);
  if (!agencyId) throw new Error('--agency is required with --role');
  const userId = sub ?? `dev-${roles.join('-').toLowerCase()}-${agencyId}`;
  return { userId, name: name ?? userId, agencyId, roles: roles as Role[] };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
