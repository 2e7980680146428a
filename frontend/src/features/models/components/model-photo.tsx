import { Image, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useModelPhoto, usePublicPhoto } from '@/features/models/api/models';

function BlobImage({ blob, alt }: { blob: Blob | undefined; alt: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) {
      return undefined;
    }
    // the URL is a resource outside React: made and freed by this effect, in step with the blob
    const made = URL.createObjectURL(blob);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(undefined);
    };
  }, [blob]);
  return url ? (
    <Image src={url} alt={alt} width={120} height={90} style={{ objectFit: 'cover' }} />
  ) : (
    <Skeleton.Image active style={{ width: 120, height: 90 }} />
  );
}

/** A round record's photo, fetched with the bearer token and shown inline. */
export function ModelPhoto({
  roundId,
  attachmentId,
  alt,
}: {
  roundId: number;
  attachmentId: number;
  alt: string;
}) {
  const photo = useModelPhoto(roundId, attachmentId);
  return <BlobImage blob={photo.data} alt={alt} />;
}

/** A public model's photo (no login). */
export function PublicModelPhoto({
  modelId,
  photoId,
  alt,
}: {
  modelId: number;
  photoId: number;
  alt: string;
}) {
  const photo = usePublicPhoto(modelId, photoId);
  return <BlobImage blob={photo.data} alt={alt} />;
}
