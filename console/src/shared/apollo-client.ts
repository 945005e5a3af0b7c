import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { readStoredSession } from '../session/session';

/** The gateway, through the console's own origin, with the signed-in person's token on every request. */
export function createApolloClient(): ApolloClient {
  const withToken = new SetContextLink((context) => {
    const session = readStoredSession();
    return { headers: { ...(context.headers as Record<string, string> | undefined), ...(session ? { authorization: `Bearer ${session.token}` } : {}) } };
  });
  return new ApolloClient({
    link: withToken.concat(new HttpLink({ uri: '/graphql' })),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
