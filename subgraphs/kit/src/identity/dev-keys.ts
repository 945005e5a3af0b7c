import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';

export interface SigningKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

/**
 * The local signing key for development: made once and kept in the git-ignored data
 * folder, so tokens issued by `npm run token` keep working across restarts.
 */
export async function loadOrCreateDevKeys(dir: string): Promise<SigningKeyPair> {
  const privatePath = join(dir, 'jwt-private.pem');
  const publicPath = join(dir, 'jwt-public.pem');
  try {
    return { privateKeyPem: await readFile(privatePath, 'utf8'), publicKeyPem: await readFile(publicPath, 'utf8') };
  } catch {
    const pair = await generateDevKeyPair();
    await mkdir(dir, { recursive: true });
    await writeFile(privatePath, pair.privateKeyPem, { mode: 0o600 });
    await writeFile(publicPath, pair.publicKeyPem);
    return pair;
  }
}

export async function generateDevKeyPair(): Promise<SigningKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}
