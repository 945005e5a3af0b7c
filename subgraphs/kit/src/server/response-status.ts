import Negotiator from 'negotiator';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** Errors of the request itself, before any field ran: the document, or the variables for it. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** The media type the answer is sent as, chosen from the client's Accept as Apollo chooses it. */
function answersAsGraphqlResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  return new Negotiator({ headers: { accept } }).mediaType(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON;
}

/**
 * GraphQL over HTTP's status rules. A client that accepts `application/graphql-response+json`
 * learns from a 4xx that its document or variables were refused; one that asked for plain
 * `application/json` is an older client, which the spec says gets such errors with 200 and
 * reads them from the body (Apollo answers 400 either way). Other statuses (401, 413, 429) are
 * HTTP's own concerns and stay as they are.
 */
export function graphqlOverHttpStatuses<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (!errors.every((error) => REQUEST_ERRORS.has(String(error.extensions?.code)))) return;
          if (!answersAsGraphqlResponseJson(request.http?.headers.get('accept'))) response.http.status = 200;
        },
      };
    },
  };
}
