// Every refusal is an error carrying `extensions.code`, so one client code path handles them all: access failures
// (UNAUTHENTICATED, FORBIDDEN), bad input (BAD_USER_INPUT, naming the input in `extensions.argument`), and business
// rules a write would break (CONFLICT: a stale version, an illegal status change, a transfer beyond a share), whose
// details ride in `extensions` (e.g. currentVersion, currentStatus). Each class names what went wrong and what to do.
import { GraphQLError } from 'graphql';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND';

class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, { extensions: { code, ...extra, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

/** The request carries no valid identity (401 when raised before execution). */
export class UnauthenticatedError extends CodedError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message, {}, 401);
  }
}

/** The viewer is known but may not do this. */
export class ForbiddenError extends CodedError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** An argument is invalid; `argument` is the path of the offending input, e.g. `filter.numbers`. */
export class BadUserInputError extends CodedError {
  constructor(argument: string, message: string) {
    super('BAD_USER_INPUT', `Invalid ${argument}: ${message}`, { argument });
  }
}

/** A write read a stale version, or would break a uniqueness rule. */
export class ConflictError extends CodedError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('CONFLICT', message, extra);
  }
}

export class NotFoundError extends CodedError {
  constructor(what: string, id: string | number) {
    super('NOT_FOUND', `${what} ${JSON.stringify(id)} does not exist`, { id });
  }
}
