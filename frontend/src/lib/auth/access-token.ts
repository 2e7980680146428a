// Where the API client gets the bearer token. The session provider in use (OIDC in the app,
// a fixed one in tests) registers its source here; the token itself is never stored by us.
type AccessTokenSource = () => Promise<string | undefined> | string | undefined;

let source: AccessTokenSource = () => undefined;

export function setAccessTokenSource(next: AccessTokenSource): void {
  source = next;
}

export async function getAccessToken(): Promise<string | undefined> {
  return source();
}
