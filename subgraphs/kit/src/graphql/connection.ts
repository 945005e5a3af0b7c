import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Max, Min } from 'class-validator';
import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors/errors';
import { MAX_PAGE_SIZE } from './page-size';

/** `first` / `after` on every list entry point. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items, 1 to 100.' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field({ nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;
}

@Directive('@shareable')
@ObjectType({ description: 'Where a page ends and whether more follow.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null on an empty page.' })
  endCursor!: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` types for a node type; `shareable` when several
 * subgraphs declare the same page type (each one's audit entries).
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string, options: { shareable?: boolean } = {}): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its position.` })
  class Edge {
    @Field({ description: 'Opaque position of this item; pass as `after` to continue from here.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name} itself.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, in the list's order.` })
  class PageOf {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page ends and whether more follow.' })
    pageInfo!: PageInfo;
  }
  if (options.shareable) for (const type of [Edge, PageOf]) Directive('@shareable')(type);
  return PageOf;
}

/**
 * Keyset pagination on a timestamp column with the id as tie-breaker, newest first unless
 * `order` is `asc` (soonest due first): stable while rows are added, and one indexed range
 * scan per page whatever the depth.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: ClassType<T>,
  where: FilterQuery<T>,
  sortField: keyof T & string,
  page: PageArgs,
  order: 'asc' | 'desc' = 'desc',
): Promise<Connection<T>> {
  const conditions: FilterQuery<T>[] = [where];
  if (page.after) {
    const [time, id] = decodeCursor(page.after);
    const beyond = order === 'desc' ? '$lt' : '$gt';
    conditions.push({ $or: [{ [sortField]: { [beyond]: time } }, { [sortField]: time, id: { [beyond]: id } }] } as FilterQuery<T>);
  }
  const rows = await em.find(entity, { $and: conditions } as FilterQuery<T>, {
    orderBy: { [sortField]: order, id: order } as never,
    limit: page.first + 1,
  });
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node[sortField] as Date, node.id) }));
  return { edges, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null } };
}

function encodeCursor(time: Date, id: string): string {
  return Buffer.from(JSON.stringify([time.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): [Date, string] {
  try {
    const [time, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(time);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string') throw new Error('bad cursor');
    return [date, id];
  } catch {
    throw new BadUserInputError('after is not a cursor this list gave out', { field: 'after' });
  }
}
