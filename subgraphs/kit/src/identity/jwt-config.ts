import { z } from 'zod';

/** How tokens are checked: a local public key (development, tests) or an OIDC provider's keys. */
export interface JwtVerificationConfig {
  /** PEM of the public key that signs tokens (local development and tests). */
  publicKeyPem?: string;
  /** An OIDC provider's JWKS endpoint (production). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** The signature algorithms accepted; anything else, `none` above all, is refused. */
  algorithms: string[];
  /** The longest a token may be valid from its issue (or from now, without `iat`), in seconds. */
  maxLifetimeSeconds: number;
}

/** Asymmetric algorithms only: a shared-secret HS256 key would let every subgraph mint tokens. */
const ALGORITHMS = ['ES256', 'ES384', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'] as const;

export const jwtEnvShape = {
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().default('xinfang-local'),
  JWT_AUDIENCE: z.string().default('xinfang-federation'),
  /** Comma-separated; the local key pair signs ES256, OIDC providers mostly RS256. */
  JWT_ALGORITHMS: z.string().default('ES256,RS256').transform((list, context) => {
    const algorithms = list.split(',').map((name) => name.trim()).filter(Boolean);
    const unknown = algorithms.filter((name) => !(ALGORITHMS as readonly string[]).includes(name));
    if (algorithms.length === 0 || unknown.length > 0) context.addIssue({ code: 'custom', message: `allowed: ${ALGORITHMS.join(', ')}` });
    return algorithms;
  }),
  /** A staff token lives a working day at most (the token command issues 12 h). */
  JWT_MAX_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(24 * 3600),
};

export function jwtConfigFrom(env: {
  JWT_PUBLIC_KEY?: string;
  JWT_JWKS_URL?: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  JWT_ALGORITHMS: string[];
  JWT_MAX_LIFETIME_SECONDS: number;
}): JwtVerificationConfig {
  if (!env.JWT_PUBLIC_KEY && !env.JWT_JWKS_URL) {
    throw new Error('Invalid configuration: set JWT_PUBLIC_KEY (PEM) or JWT_JWKS_URL so identities can be verified');
  }
  return {
    publicKeyPem: env.JWT_PUBLIC_KEY?.replace(/\\n/g, '\n'),
    jwksUrl: env.JWT_JWKS_URL,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    algorithms: env.JWT_ALGORITHMS,
    maxLifetimeSeconds: env.JWT_MAX_LIFETIME_SECONDS,
  };
}
