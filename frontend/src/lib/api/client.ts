import createClient, { type Middleware } from 'openapi-fetch';
import { env } from '@/config/env';
import type { paths } from '@/lib/api/schema';
import { getAccessToken } from '@/lib/auth/access-token';

const bearerToken: Middleware = {
  async onRequest({ request }) {
    const token = await getAccessToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return request;
  },
};

/** The typed client of openapi.yaml. Only features/<feature>/api/* may use it. */
export const apiClient = createClient<paths>({
  baseUrl: env.apiBaseUrl || globalThis.location.origin,
  // Resolve fetch at call time, so that test interceptors (MSW) see every request.
  fetch: (request) => globalThis.fetch(request),
});

apiClient.use(bearerToken);
