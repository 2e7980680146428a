import type { components } from '@/lib/api/schema';

/** A schema of openapi.yaml by name, e.g. `Schema<'UnitSummary'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type Problem = Schema<'Problem'>;
