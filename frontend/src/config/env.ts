// Settings read at build time from VITE_* variables, with the local defaults.
export const env = {
  /** Where the API lives; empty means the same origin as the web app (requests go to /api/v1/...). */
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL ?? '',
  oidcAuthority: import.meta.env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/danvan',
  oidcClientId: import.meta.env.VITE_OIDC_CLIENT_ID || 'danvan-web',
} as const;

/** The business time zone: dates and times are shown in it, wherever the browser is. */
export const BUSINESS_TIME_ZONE = 'Asia/Ho_Chi_Minh';
