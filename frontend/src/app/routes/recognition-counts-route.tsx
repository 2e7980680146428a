import { useRecognitionTitles } from '@/features/criteria/api/criteria';
import { RecognitionCountsView } from '@/features/recognition-counts/components/recognition-counts-view';

// Its own chunk, loaded when the counts are first opened (budget: README); recharts comes later still.

/** /recognition/counts: a year's recognition counts; the title filter lists the titles the reader reads. */
export function RecognitionCountsRoute() {
  const titles = useRecognitionTitles();
  return (
    <RecognitionCountsView
      titles={(titles.data ?? []).map((title) => ({ id: title.id, name: title.name }))}
      titlesLoading={titles.isPending}
    />
  );
}
