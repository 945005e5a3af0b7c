import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { z } from 'zod';
import { refuseControlCharacters } from './control-characters';
import { pageSizeLimit } from './page-size-limit';

/**
 * How big a query may be before it runs. Checked at the gateway and again in every subgraph,
 * because a subgraph can be called directly; a query over a limit is refused at validation
 * (HTTP 400, `GRAPHQL_VALIDATION_FAILED`) before any resolver or database is touched.
 */
export interface QueryLimits {
  /** Nesting of selections; introspection is exempt. */
  maxDepth: number;
  /** Aliased fields in one operation (besides `__typename`). */
  maxAliases: number;
  /** GraphQL Armor's static cost: fields weighted by depth. */
  maxCost: number;
  /** Lexical tokens in the document: caps parsing work. */
  maxTokens: number;
  maxDirectives: number;
}

const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

export const queryLimitsEnvShape = {
  GRAPHQL_MAX_DEPTH: limit(12),
  GRAPHQL_MAX_ALIASES: limit(15),
  GRAPHQL_MAX_COST: limit(5000),
  GRAPHQL_MAX_TOKENS: limit(1000),
  GRAPHQL_MAX_DIRECTIVES: limit(50),
};

export function queryLimitsFrom(env: z.infer<z.ZodObject<typeof queryLimitsEnvShape>>): QueryLimits {
  return {
    maxDepth: env.GRAPHQL_MAX_DEPTH,
    maxAliases: env.GRAPHQL_MAX_ALIASES,
    maxCost: env.GRAPHQL_MAX_COST,
    maxTokens: env.GRAPHQL_MAX_TOKENS,
    maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
  };
}

export const defaultQueryLimits: QueryLimits = queryLimitsFrom(z.object(queryLimitsEnvShape).parse({}));

export interface QueryProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
}

/**
 * GraphQL Armor's rules for Apollo Server, with these limits. The token limit is graphql-js's
 * own parser option instead of Armor's: Armor's re-parsing plugin turns every syntax error
 * into an HTTP 500, where the parser's own limit keeps them a 400 `GRAPHQL_PARSE_FAILED`.
 * Pages are capped and control characters refused too, variables included, once the operation
 * is known and before it runs.
 */
export function queryProtection(limits: QueryLimits, options: { blockFieldSuggestions: boolean }): QueryProtection {
  const { plugins, validationRules } = new ApolloArmor({
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
  }).protect();
  return { plugins: [...plugins, pageSizeLimit(), refuseControlCharacters()], validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
