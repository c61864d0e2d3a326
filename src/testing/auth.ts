/**
 * Bearer-token checks with the platform's messages: 401 `Not authenticated` without a token, 401
 * `Invalid or inactive API key` for an unknown one, 403 `API key not valid for this collection` when a
 * scoped key names another collection.
 */
import { HttpError } from "./http/respond";
import { nameKey, randomToken } from "./ids";

/** The caller behind a request. */
export interface Principal {
  readonly token: string;
  /** `"all"` for the full-access token, else the lower-cased collection names the key is bound to. */
  readonly collections: "all" | ReadonlySet<string>;
}

/** The 403 a scoped key gets outside its collections. */
const FORBIDDEN_COLLECTION = "API key not valid for this collection";

/** The emulator's tokens: one full-access token plus any collection-scoped ones. */
export class Auth {
  private readonly principals = new Map<string, Principal>();
  private readonly scopedByCollection = new Map<string, string>();

  constructor(fullToken: string, scoped: Record<string, string[]> = {}) {
    this.principals.set(fullToken, { token: fullToken, collections: "all" });
    for (const [token, names] of Object.entries(scoped)) {
      this.principals.set(token, { token, collections: new Set(names.map(nameKey)) });
    }
  }

  /** A random `mlc_` token bound to `collection` alone (the same one on every call), as real keys are. */
  scopedToken(collection: string): string {
    const key = nameKey(collection);
    let token = this.scopedByCollection.get(key);
    if (!token) {
      token = randomToken();
      this.principals.set(token, { token, collections: new Set([key]) });
      this.scopedByCollection.set(key, token);
    }
    return token;
  }

  /** Resolves the Authorization header, or throws the platform's 401. */
  authenticate(header: string | undefined): Principal {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
    if (!m) throw new HttpError(401, "Not authenticated", { "www-authenticate": "Bearer" });
    const principal = this.principals.get(m[1]!);
    if (!principal) throw new HttpError(401, "Invalid or inactive API key", { "www-authenticate": "Bearer" });
    return principal;
  }

  /** Whether the principal may touch `collection` (compared case-insensitively). */
  static canAccess(principal: Principal | undefined, collection: string): boolean {
    if (!principal) return false;
    return principal.collections === "all" || principal.collections.has(nameKey(collection));
  }

  /** Throws 403 unless the principal may touch `collection`. */
  static assertAccess(principal: Principal | undefined, collection: string): void {
    if (!Auth.canAccess(principal, collection)) throw new HttpError(403, FORBIDDEN_COLLECTION);
  }

  /** The single collection a scoped key is bound to, if it is bound to exactly one. */
  static soleCollection(principal: Principal | undefined): string | undefined {
    if (!principal || principal.collections === "all" || principal.collections.size !== 1) return undefined;
    return [...principal.collections][0];
  }
}
