import { SignJWT, UnsecuredJWT, importPKCS8 } from 'jose';
import { readEnv } from '../config/env';
import { UnauthenticatedError } from '../errors/errors';
import { generateDevKeyPair } from './dev-keys';
import { Role } from './identity';
import { createIdentityVerifier, signIdentityToken } from './jwt';
import { jwtConfigFrom, jwtEnvShape } from './jwt-config';

const issuer = 'xinfang-local';
const audience = 'xinfang-federation';
const staff = { userId: 'staff-1', name: '王芳', agencyId: 'bengbu-procuratorate', roles: [Role.HANDLER] };
const claims = { name: staff.name, agency: staff.agencyId, roles: staff.roles };
const now = () => Math.floor(Date.now() / 1000);

describe('the identity verifier', () => {
  let keys: Awaited<ReturnType<typeof generateDevKeyPair>>;
  let verify: (token: string) => Promise<unknown>;

  /** A token signed with the right key, shaped by `shape`. */
  const signed = async (shape: (jwt: SignJWT) => SignJWT, alg = 'ES256') =>
    shape(new SignJWT(claims).setProtectedHeader({ alg }).setSubject(staff.userId).setIssuer(issuer).setAudience(audience))
      .sign(await importPKCS8(keys.privateKeyPem, alg));

  beforeAll(async () => {
    keys = await generateDevKeyPair();
    verify = await createIdentityVerifier(jwtConfigFrom(readEnv(jwtEnvShape, { JWT_PUBLIC_KEY: keys.publicKeyPem })));
  });

  it('accepts the token command\'s token and reads the identity from it', async () => {
    const token = await signIdentityToken(staff, { privateKeyPem: keys.privateKeyPem, issuer, audience });
    await expect(verify(token)).resolves.toEqual(staff);
  });

  const refused: [string, () => Promise<string>][] = [
    ['alg none', async () => new UnsecuredJWT(claims).setSubject(staff.userId).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime('1h').encode()],
    ['expired', () => signed((jwt) => jwt.setIssuedAt(now() - 7200).setExpirationTime(now() - 3600))],
    ['not yet valid', () => signed((jwt) => jwt.setIssuedAt().setNotBefore(now() + 3600).setExpirationTime('2h'))],
    ['issued in the future', () => signed((jwt) => jwt.setIssuedAt(now() + 3600).setExpirationTime('2h'))],
    ['without exp', () => signed((jwt) => jwt.setIssuedAt())],
    ['valid for a year', () => signed((jwt) => jwt.setIssuedAt().setExpirationTime('365d'))],
    ['for another audience', () => signed((jwt) => jwt.setAudience('someone-else').setIssuedAt().setExpirationTime('1h'))],
    ['from another issuer', () => signed((jwt) => jwt.setIssuer('evil-idp').setIssuedAt().setExpirationTime('1h'))],
    ['altered after signing', async () => {
      const [header, payload, signature] = (await signed((jwt) => jwt.setIssuedAt().setExpirationTime('1h'))).split('.');
      const raised = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: [Role.ADMIN] })).toString('base64url');
      return [header, raised, signature].join('.');
    }],
    ['signed by another key', async () => signIdentityToken(staff, { privateKeyPem: (await generateDevKeyPair()).privateKeyPem, issuer, audience })],
  ];

  it.each(refused)('refuses a token %s with UNAUTHENTICATED', async (_what, token) => {
    await expect(verify(await token())).rejects.toThrow(UnauthenticatedError);
  });

  it('refuses a token it verified before once the token has expired', async () => {
    const token = await signed((jwt) => jwt.setIssuedAt().setExpirationTime(now() + 60));
    await expect(verify(token)).resolves.toEqual(staff);
    jest.useFakeTimers({ now: Date.now() + 120_000, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask', 'performance'] });
    try {
      await expect(verify(token)).rejects.toThrow(UnauthenticatedError);
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses an algorithm the deployment did not allow', async () => {
    const onlyRs256 = await createIdentityVerifier(jwtConfigFrom(readEnv(jwtEnvShape, { JWT_PUBLIC_KEY: keys.publicKeyPem, JWT_ALGORITHMS: 'RS256' })));
    const token = await signIdentityToken(staff, { privateKeyPem: keys.privateKeyPem, issuer, audience });
    await expect(onlyRs256(token)).rejects.toThrow(UnauthenticatedError);
  });

  it('refuses a configuration that allows a shared-secret or unknown algorithm', () => {
    for (const algorithms of ['HS256', 'none', 'ES256,XYZ', ' ']) {
      expect(() => readEnv(jwtEnvShape, { JWT_PUBLIC_KEY: 'x', JWT_ALGORITHMS: algorithms })).toThrow(/JWT_ALGORITHMS/);
    }
  });
});
