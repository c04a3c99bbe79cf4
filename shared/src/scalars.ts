// Date and DateTime scalars that keep ISO strings (graphql-scalars' versions parse into JS Date objects, which compare
// badly with the ISO text stored in both databases and shift with time zones). Shared so every subgraph agrees.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value)) {
    throw new GraphQLError(`Date must be a string of the form YYYY-MM-DD; got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date ${value} does not exist in the calendar`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

function parseDateTime(value: unknown): string {
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
  if (typeof value !== 'string' || !iso.test(value) || Number.isNaN(new Date(value).getTime())) {
    throw new GraphQLError(`DateTime must be ISO 8601 with a UTC offset, e.g. 2026-01-31T12:00:00Z; got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return new Date(value).toISOString();
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, e.g. `2018-12-10`.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A point in time in ISO 8601 form with a UTC offset.',
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar };
