import { SignJWT, createRemoteJWKSet, importPKCS8, importSPKI, jwtVerify } from 'jose';
import type { JWTVerifyGetKey, KeyLike } from 'jose';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { JwtVerificationConfig } from './jwt-config';
import { UnauthenticatedError } from '../errors/errors';
import { Role } from './identity';
import type { Identity } from './identity';

const ALGORITHM = 'ES256';

export type IdentityVerifier = (token: string) => Promise<Identity>;

/** Clocks of the issuer and the verifier may differ by this much. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verifies a bearer token and turns its claims into an Identity. The gateway and
 * every subgraph verify the same token: a subgraph trusts no identity it cannot check.
 * Refused: another issuer or audience, an algorithm not allowed (`none` never is), a bad
 * signature, no `exp`, expired, not yet valid (`nbf`), issued in the future, or valid longer
 * than the configured lifetime (a stolen long-lived token is a standing key).
 */
export async function createIdentityVerifier(config: JwtVerificationConfig): Promise<IdentityVerifier> {
  const key: KeyLike | JWTVerifyGetKey = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : await importSPKI(requirePem(config.publicKeyPem), ALGORITHM);
  // A signature checks the same way every time: each token is verified once, then its identity is
  // reused until it expires (ECDSA verification was a fifth of the gateway's CPU per request).
  // Kept at most a minute, so a key withdrawn from the JWKS stops being honoured soon after.
  const verified = new LRUCache<string, { identity: Identity; notBefore: number; expires: number }>({ max: 10_000, ttl: 60_000 });
  return async (token) => {
    const now = Date.now() / 1000;
    const known = verified.get(token);
    if (known && now >= known.notBefore - CLOCK_TOLERANCE_SECONDS && now < known.expires + CLOCK_TOLERANCE_SECONDS) return known.identity;
    try {
      const { payload } = await jwtVerify(token, key as KeyLike, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      assertBoundedLifetime(payload, config.maxLifetimeSeconds);
      const identity = identityFromClaims(payload);
      verified.set(token, { identity, notBefore: payload.nbf ?? 0, expires: payload.exp! });
      return identity;
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'invalid token';
      throw new UnauthenticatedError(`Invalid token: ${reason}`);
    }
  };
}

function assertBoundedLifetime(claims: { exp?: number; iat?: number }, maxLifetimeSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  if (claims.iat !== undefined && claims.iat > now + CLOCK_TOLERANCE_SECONDS) throw new Error('"iat" claim is in the future');
  const from = Math.min(claims.iat ?? now, now);
  if (claims.exp! - from > maxLifetimeSeconds) throw new Error(`token is valid for longer than ${maxLifetimeSeconds} s`);
}

function identityFromClaims(claims: Record<string, unknown>): Identity {
  const { sub, name, agency, roles } = claims;
  const knownRoles = Object.values(Role) as string[];
  if (typeof sub !== 'string' || typeof agency !== 'string' || !Array.isArray(roles)) {
    throw new Error('token lacks sub, agency or roles');
  }
  const unknown = roles.filter((role) => typeof role !== 'string' || !knownRoles.includes(role));
  if (unknown.length > 0) throw new Error(`unknown roles ${unknown.join(', ')}`);
  return { userId: sub, name: typeof name === 'string' ? name : sub, agencyId: agency, roles: roles as Role[] };
}

export interface TokenSigningOptions {
  privateKeyPem: string;
  issuer: string;
  audience: string;
  expiresIn?: string;
}

/** Issues a token for development, tests and the `token` command; production uses an OIDC provider. */
export async function signIdentityToken(identity: Identity, options: TokenSigningOptions): Promise<string> {
  const key = await importPKCS8(options.privateKeyPem, ALGORITHM);
  return new SignJWT({ name: identity.name, agency: identity.agencyId, roles: identity.roles })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(identity.userId)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(key);
}

function requirePem(pem: string | undefined): string {
  if (!pem) throw new Error('JWT_PUBLIC_KEY is required when JWT_JWKS_URL is not set');
  return pem;
}

/** A refused token answers the whole request with HTTP 401, before any field runs. */
export function unauthenticatedHttpError(error: unknown): never {
  const message = error instanceof Error ? error.message : 'Invalid token';
  throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return match?.[1];
}
