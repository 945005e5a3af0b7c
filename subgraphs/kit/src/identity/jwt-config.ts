import { z } from 'zod';

/** How tokens are checked: a local public key (development, tests) or an OIDC provider's keys. */
export interface JwtVerificationConfig {
  /** PEM of the public key that signs tokens (local development and tests). */
  publicKeyPem?: string;
  /** An OIDC provider's JWKS endpoint (production). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export const jwtEnvShape = {
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().default('xinfang-local'),
  JWT_AUDIENCE: z.string().default('xinfang-federation'),
};

export function jwtConfigFrom(env: {
  JWT_PUBLIC_KEY?: string;
  JWT_JWKS_URL?: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
}): JwtVerificationConfig {
  if (!env.JWT_PUBLIC_KEY && !env.JWT_JWKS_URL) {
    throw new Error('Invalid configuration: set JWT_PUBLIC_KEY (PEM) or JWT_JWKS_URL so identities can be verified');
  }
  return {
    publicKeyPem: env.JWT_PUBLIC_KEY?.replace(/\\n/g, '\n'),
    jwksUrl: env.JWT_JWKS_URL,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
  };
}
