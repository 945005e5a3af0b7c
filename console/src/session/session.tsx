import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

/** Who is signed in, as their token says (the gateway and every subgraph verify it again). */
export interface Identity {
  userId: string;
  name: string;
  agencyId: string;
  roles: string[];
}

export interface Session {
  token: string;
  identity: Identity;
}

interface SessionContext {
  session: Session | null;
  signIn(session: Session): void;
  signOut(): void;
}

const Context = createContext<SessionContext | null>(null);
const STORED = 'xinfang.session';

/** The session lives in this tab only (sessionStorage): a shared office computer forgets it when the tab closes. */
export function readStoredSession(): Session | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORED) ?? 'null') as Session | null;
    return stored && typeof stored.token === 'string' ? stored : null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children, onChange }: { children: ReactNode; onChange(): void }) {
  const [session, setSession] = useState<Session | null>(readStoredSession);
  const value = useMemo<SessionContext>(() => ({
    session,
    signIn(next) {
      sessionStorage.setItem(STORED, JSON.stringify(next));
      setSession(next);
      onChange();
    },
    signOut() {
      sessionStorage.removeItem(STORED);
      setSession(null);
      onChange();
    },
  }), [session, onChange]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** Whether the signed-in person holds any of these roles. */
export function hasRole(session: Session | null, ...roles: string[]): boolean {
  return !!session && session.identity.roles.some((role) => roles.includes(role));
}

/** The identity a token carries (for display; the servers verify it). */
export function identityOfToken(token: string): Identity | null {
  try {
    const bytes = Uint8Array.from(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')), (character) => character.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes)) as { sub?: string; name?: string; agency?: string; roles?: string[] };
    if (!payload.sub || !payload.agency) return null;
    return { userId: payload.sub, name: payload.name ?? payload.sub, agencyId: payload.agency, roles: payload.roles ?? [] };
  } catch {
    return null;
  }
}
