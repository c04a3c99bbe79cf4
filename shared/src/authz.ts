// Authorization checks every subgraph uses. Anonymous callers get UNAUTHENTICATED (they could sign in); known callers
// without the right get FORBIDDEN naming what they lack.
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import type { Role, Viewer } from './viewer.js';

/** Throws unless the viewer has one of the roles. `action` completes "Only <roles> may <action>". */
export function requireRole(viewer: Viewer, roles: readonly Role[], action: string): void {
  if (roles.includes(viewer.role)) return;
  if (viewer.role === 'anonymous') throw new UnauthenticatedError(`Sign in to ${action} (send Authorization: Bearer <token>)`);
  throw new ForbiddenError(`Only ${roles.join(' or ')} may ${action}; you are ${viewer.role}`);
}

/** Throws FORBIDDEN unless `allowed`; for ownership rules ("a member for its own organization"). */
export function requireThat(allowed: boolean, viewer: Viewer, message: string): void {
  if (allowed) return;
  if (viewer.role === 'anonymous') throw new UnauthenticatedError(`Sign in first: ${message}`);
  throw new ForbiddenError(message);
}
