import { PublicRecognizedAreas } from '@/features/recognized-areas/components/public-recognized-areas';

// The portal's list: no sign-in, outside the signed-in layout, its own chunk.

/** /public/recognized-areas */
export function PublicRecognizedAreasRoute() {
  return <PublicRecognizedAreas />;
}
