// The wire formats of money and dates: VND as a decimal string of whole dong, dates as YYYY-MM-DD.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput, isValidIsoDate, parseVnd } from '@launchpad/shared';

function vndFrom(value: unknown): bigint {
  if (typeof value === 'string') return parseVnd(value);
  // Accept plain non-negative integers too; floats are refused rather than rounded.
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  throw badInput('amount', 'An amount in VND must be a string of whole dong, e.g. "600000000000"');
}

function literalValue(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT) return Number(ast.value) <= Number.MAX_SAFE_INTEGER ? Number(ast.value) : ast.value;
  return undefined;
}

export const VNDScalar = new GraphQLScalarType<bigint, string>({
  name: 'VND',
  description: 'Whole Vietnamese dong as a decimal string, e.g. "600000000000".',
  serialize: (value) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new TypeError(`VND cannot represent ${String(value)}`);
  },
  parseValue: vndFrom,
  parseLiteral: (ast) => vndFrom(literalValue(ast)),
});

function dateFrom(value: unknown): string {
  if (typeof value === 'string' && isValidIsoDate(value)) return value;
  throw badInput('date', 'A date must be a real calendar date written YYYY-MM-DD');
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, "2026-03-01".',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string') return value.slice(0, 10);
    throw new TypeError(`Date cannot represent ${String(value)}`);
  },
  parseValue: dateFrom,
  parseLiteral: (ast) => dateFrom(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 in UTC.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new TypeError(`DateTime cannot represent ${String(value)}`);
  },
  parseValue: (value) => {
    const parsed = typeof value === 'string' ? new Date(value) : null;
    if (!parsed || Number.isNaN(parsed.getTime())) throw badInput('dateTime', 'An instant must be ISO 8601');
    return parsed;
  },
});
