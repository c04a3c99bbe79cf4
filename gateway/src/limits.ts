// Operation limits at the gateway. Each refusal is a 400 with code QUERY_LIMIT_EXCEEDED whose message names the limit,
// the value found, the configured maximum and the variable that sets it, plus `extensions { limit, max, found }`.
//
// Where each limit is enforced, and why there:
// - tokens: graphql-js's own parser limit (Apollo `parseOptions`), so an oversized document is refused while it is
//   being read, before validation. (GraphQL Armor's Apollo token plugin throws from a hook Apollo does not catch,
//   which answers 500; the parser option is the same check done where Apollo expects a syntax error.)
// - depth, aliases, directives: GraphQL Armor's validation rules, with our messages.
// - root fields: a small validation rule here (Armor has none).
// - estimated cost, list sizes and string lengths: a plugin at `didResolveOperation`, because list sizes come from `first`, which is
//   often a variable, and validation rules cannot see variables. (Armor's cost rule reads only literal `first`.)
// - body size and operations per batch: shared/http.ts, before any parsing.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LRUCache } from 'lru-cache';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  visit,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Config } from '@unmn/shared/config';
import { DEFAULT_PAGE_SIZE } from '@unmn/shared/pagination';

type Limits = Config['limits'];
export type LimitName = 'depth' | 'aliases' | 'rootFields' | 'directives' | 'cost' | 'listItems' | 'stringLength';

/** Size assumed for a list field that takes no `first` argument (e.g. `objectives`, `organizers`). */
export const ASSUMED_LIST_SIZE = 20;

const VARIABLE: Record<LimitName, string> = {
  depth: 'LIMIT_DEPTH',
  aliases: 'LIMIT_ALIASES',
  rootFields: 'LIMIT_ROOT_FIELDS',
  directives: 'LIMIT_DIRECTIVES',
  cost: 'LIMIT_COST',
  listItems: 'LIMIT_LIST_ITEMS',
  stringLength: 'LIMIT_STRING_LENGTH',
};

const DESCRIBE: Record<LimitName, (found: number, max: number, where?: string) => string> = {
  depth: (found, max) =>
    `Depth limit exceeded: the operation nests fields ${found} levels deep; the limit is ${max}. ` +
    'Ask for less nested data, or fetch the inner part with a second query.',
  aliases: (found, max) =>
    `Alias limit exceeded: the operation uses ${found} aliases; the limit is ${max}. ` +
    'Use a list field with a filter instead of many aliased lookups, or split the operation.',
  rootFields: (found, max) =>
    `Root field limit exceeded: the operation asks for ${found} top-level fields; the limit is ${max}. Split it into several operations.`,
  directives: (found, max) => `Directive limit exceeded: the operation uses ${found} directives; the limit is ${max}. Remove repeated directives.`,
  cost: (found, max) =>
    `Cost limit exceeded: the operation's estimated cost is ${found}; the limit is ${max}. The estimate counts each field once ` +
    `per item of the lists around it, with list sizes taken from "first" (${DEFAULT_PAGE_SIZE} when omitted; ${ASSUMED_LIST_SIZE} for lists ` +
    'without "first"). Ask for smaller pages or fewer nested lists, and page with "after".',
  listItems: (found, max, where) => `List limit exceeded: ${where ?? 'a list argument'} has ${found} items; the limit is ${max}. Send fewer items per request.`,
  stringLength: (found, max, where) =>
    `String length limit exceeded: ${where ?? 'a string argument'} is ${found} characters long; the limit is ${max}. Send a shorter value.`,
};

/** The error every limit raises. `http` makes Apollo answer 400 when it is thrown outside validation. */
export function limitError(limit: LimitName, found: number, max: number, where?: string): GraphQLError {
  // An oversized value is bad input in a named place (BAD_USER_INPUT with `argument`, like the subgraphs' own checks);
  // an oversized operation is a query limit.
  const input = limit === 'stringLength' || limit === 'listItems';
  const argument = input && where ? where.replace(/^variable \$/, '') : undefined;
  return new GraphQLError(`${DESCRIBE[limit](found, max, where)} (${VARIABLE[limit]}=${max})`, {
    extensions: { code: input ? 'BAD_USER_INPUT' : 'QUERY_LIMIT_EXCEEDED', limit, max, found, ...(argument ? { argument } : {}), http: { status: 400 } },
  });
}

// Armor reports "... limit of N exceeded, found M."; keep its counting, word the error our way.
const armorReject = (limit: LimitName, max: number) => (context: ValidationContext | null, error: GraphQLError) => {
  const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? max + 1);
  context?.reportError(limitError(limit, found, max));
};

/** Top-level fields of each operation, counting those reached through fragments once. */
export function rootFieldsRule(max: number): ValidationRule {
  return (context) => {
    const count = (set: SelectionSetNode, seen: Set<string>): number => {
      let n = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) n += 1;
        else if (selection.kind === Kind.INLINE_FRAGMENT) n += count(selection.selectionSet, seen);
        else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value); // also stops fragment cycles, which another rule reports
          const fragment = context.getFragment(selection.name.value);
          if (fragment) n += count(fragment.selectionSet, seen);
        }
      }
      return n;
    };
    return {
      OperationDefinition(operation) {
        const found = count(operation.selectionSet, new Set());
        if (found > max) context.reportError(limitError('rootFields', found, max));
      },
    };
  };
}

/** Validation rules (Armor's depth, aliases and directives, and the root-field rule) for ApolloServer. */
export function limitValidationRules(limits: Limits): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: false, onReject: [armorReject('depth', limits.maxDepth)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [armorReject('aliases', limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [armorReject('directives', limits.maxDirectives)] },
    // Done elsewhere, see the header comment.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return [...(armor.protect().validationRules as ValidationRule[]), rootFieldsRule(limits.maxRootFields)];
}

/** Parser options for ApolloServer: the token limit (comments are capped at the same number). */
export const parseOptionsFor = (limits: Limits) => ({ maxTokens: limits.maxTokens, maxComments: limits.maxTokens });

// ---- estimated cost -------------------------------------------------------------------------------------------------

type Variables = Record<string, unknown>;

/** `first` of a field: literal or variable; the page default when the field takes `first` but it is omitted. */
function firstOf(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: Variables, operation: OperationDefinitionNode): number | undefined {
  const argument = node.arguments?.find((a) => a.name.value === 'first');
  if (!argument) return field.args.some((a) => a.name === 'first') ? DEFAULT_PAGE_SIZE : undefined;
  const value = argument.value;
  let raw: unknown;
  if (value.kind === Kind.INT) raw = Number(value.value);
  else if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    raw = name in variables ? variables[name] : undefined;
    if (raw === undefined) {
      const fallback = operation.variableDefinitions?.find((d) => d.variable.name.value === name)?.defaultValue;
      raw = fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
    }
  }
  // A non-integer or negative `first` is refused by the subgraph with a clear error; cost it as the default page.
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : DEFAULT_PAGE_SIZE;
}

/**
 * Estimated cost of an operation: every field counts 1, times the sizes of the lists around it. A list's size is the
 * `first` of the field that pages it (a connection's `first` sizes its `edges`/`nodes`; a list field's own `first`
 * sizes itself), DEFAULT_PAGE_SIZE when `first` is omitted, ASSUMED_LIST_SIZE for lists without `first`.
 * Introspection fields and `__typename` are free. Fragments are costed once per (fragment, page size), so a fragment
 * "bomb" is priced at its full expanded cost without being expanded.
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables = {}): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, number>();

  // `pageSize`: the `first` of the field owning this selection set, which sizes the lists directly inside it.
  const selectionCost = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, pageSize: number | undefined): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += selectionCost(selection.selectionSet, type ?? undefined, pageSize);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const key = `${selection.name.value}:${pageSize}`;
        if (!memo.has(key)) {
          memo.set(key, 0); // cycles are refused by validation before this runs; this only guards
          const fragment = fragments.get(selection.name.value);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          memo.set(key, fragment ? selectionCost(fragment.selectionSet, type ?? undefined, pageSize) : 0);
        }
        total += memo.get(key)!;
      } else {
        if (selection.name.value.startsWith('__')) continue;
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        const first = firstOf(selection, field, variables, operation);
        const isList = isListType(getNullableType(field.type));
        const size = isList ? (pageSize ?? first ?? ASSUMED_LIST_SIZE) : 1;
        total += 1;
        if (selection.selectionSet) {
          // A connection (not a list itself) hands its `first` to the lists inside it; a list consumed it already.
          total += size * selectionCost(selection.selectionSet, getNamedType(field.type), isList ? undefined : first);
        }
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  return selectionCost(operation.selectionSet, root ?? undefined, undefined);
}

// ---- input sizes ---------------------------------------------------------------------------------------------------

export interface InputSize {
  size: number;
  where: string;
}

type Sizes = { list: InputSize | null; string: InputSize | null; nul: string | null };

/** The longest list and string among the operation's literal arguments, and where a string holding U+0000 is. */
function literalSizes(document: DocumentNode): Sizes {
  let list: InputSize | null = null;
  let string: InputSize | null = null;
  let nul: string | null = null; // where a string holding U+0000 is, if any
  const describe = (ancestors: readonly unknown[]) => {
    const nodes = ancestors.filter((a): a is ASTNode => !!a && !Array.isArray(a) && typeof a === 'object' && 'kind' in a).reverse();
    const argument = nodes.find((a) => a.kind === Kind.ARGUMENT);
    const field = nodes.find((a) => a.kind === Kind.FIELD);
    return argument?.kind === Kind.ARGUMENT && field?.kind === Kind.FIELD
      ? `argument "${argument.name.value}" of field "${field.name.value}"`
      : 'a literal in the operation';
  };
  visit(document, {
    // `ancestors` leaves out the direct parent, which is the Argument for a value written straight into it.
    ListValue(node, _key, parent, _path, ancestors) {
      if (!list || node.values.length > list.size) list = { size: node.values.length, where: describe([...ancestors, parent]) };
    },
    StringValue(node, _key, parent, _path, ancestors) {
      if (!string || node.value.length > string.size) string = { size: node.value.length, where: describe([...ancestors, parent]) };
      if (!nul && node.value.includes('\u0000')) nul = describe([...ancestors, parent]);
    },
  });
  return { list, string, nul };
}

/** The same measures over the variables, on top of `from` (a variable replaces a literal only when strictly larger). */
function withVariableSizes(from: Sizes, variables: Variables): Sizes {
  let { list, string, nul } = from;
  // An iterative walk (a hostile body may nest deeply), bounded by the body size limit.
  const stack: { value: unknown; path: string }[] = Object.entries(variables).map(([k, v]) => ({ value: v, path: `$${k}` }));
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (!string || value.length > string.size) string = { size: value.length, where: `variable ${path}` };
      if (!nul && value.includes('\u0000')) nul = `variable ${path}`;
    } else if (Array.isArray(value)) {
      if (!list || value.length > list.size) list = { size: value.length, where: `variable ${path}` };
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]` }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: `${path}.${k}` });
    }
  }
  return { list, string, nul };
}

/**
 * The longest list and the longest string in the operation's literal arguments and in its variables, with where
 * each is. Strings are measured in UTF-16 code units (JavaScript length), which also bounds their UTF-8 size at 3x.
 */
export function inputSizes(document: DocumentNode, variables: Variables = {}): Sizes {
  return withVariableSizes(literalSizes(document), variables);
}

/** Variables that set a `first` argument: the only ones the estimated cost depends on. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

interface DocumentAnalysis {
  schema: GraphQLSchema;
  literals: Sizes;
  costVariables: string[];
  /** Cost by the values of costVariables (absent and null differ: an absent one takes its default). */
  costs: LRUCache<string, number>;
}

/**
 * The per-document part of the limit checks, kept by document text and operation name so a repeated query is not
 * walked again: literal sizes, which variables the cost depends on, and the cost for each set of their values. An
 * entry made against another schema (the supergraph was reloaded) is analysed again.
 */
export function createLimitAnalyser({ maxDocuments = 1000, maxTextBytes = 16 * 2 ** 20 } = {}) {
  const cache = new LRUCache<string, DocumentAnalysis>({ max: maxDocuments, maxSize: maxTextBytes, sizeCalculation: (_, key) => Math.max(1, key.length) });
  return (schema: GraphQLSchema, source: string, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables) => {
    const key = `${operation.name?.value ?? ''}\n${source}`;
    let analysis = cache.get(key);
    if (!analysis || analysis.schema !== schema) {
      analysis = { schema, literals: literalSizes(document), costVariables: costVariables(document), costs: new LRUCache({ max: 32 }) };
      cache.set(key, analysis);
    }
    const costKey = JSON.stringify(analysis.costVariables.map((name) => (name in variables ? [variables[name]] : [])));
    let cost = analysis.costs.get(costKey);
    if (cost === undefined) analysis.costs.set(costKey, (cost = estimateCost(schema, document, operation, variables)));
    return { sizes: withVariableSizes(analysis.literals, variables), cost };
  };
}

/**
 * Refuses what execution cannot answer sensibly, with a message the client can act on (without this the gateway's
 * planner throws uncoded errors that would be masked as unexpected): an operationName that matches nothing, several
 * operations without an operationName, and operation types the graph does not have.
 */
function checkOperationChosen(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined, operationName: string | undefined | null) {
  const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
  if (!operation) {
    const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
    const choices = names.length ? `set "operationName" to one of ${names.map((n) => `"${n}"`).join(', ')}` : 'leave "operationName" out or name the operation';
    throw badRequest(
      operationName ? `Unknown operation named "${operationName}": ${choices}.` : `The document has several operations: ${choices}.`,
    );
  }
  if (!schema.getRootType(operation.operation)) {
    throw badRequest(
      operation.operation === 'subscription'
        ? 'This graph has no subscriptions. Poll with a query and the lists\' "updatedSince" filter instead.'
        : `This graph has no ${operation.operation} operations yet; see the schema for what it offers.`,
    );
  }
}

/** Checks the chosen operation, input sizes and estimated cost once the operation is known (variables included). */
export function operationBudgetPlugin(limits: Limits): ApolloServerPlugin {
  const analyse = createLimitAnalyser();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request, source }) {
          checkOperationChosen(schema, document, operation, request.operationName);
          const variables = (request.variables ?? {}) as Variables;
          const { sizes, cost } = analyse(schema, source, document, operation!, variables);
          if (sizes.list && sizes.list.size > limits.maxListItems) throw limitError('listItems', sizes.list.size, limits.maxListItems, sizes.list.where);
          if (sizes.string && sizes.string.size > limits.maxStringLength) {
            throw limitError('stringLength', sizes.string.size, limits.maxStringLength, sizes.string.where);
          }
          if (sizes.nul) {
            // PostgreSQL text cannot hold U+0000 and would fail the statement; refuse it here, naming where it is.
            throw new GraphQLError(`Invalid ${sizes.nul}: contains a NUL character (U+0000), which text values cannot hold; remove it.`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (cost > limits.maxCost) throw limitError('cost', cost, limits.maxCost);
        },
      };
    },
  };
}
