import { useParams, useSearchParams } from 'react-router';
import { FamilyPage, isFamilyLanguage } from '@/features/services/components/family-page';

/**
 * /famiglie/:districtId?lang=ar: the public family page (no sign-in), outside the signed-in
 * layout; the language is in the address so that the QR code opens the family's language.
 */
export function FamilyRoute() {
  const { districtId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = params.get('lang');
  const language = isFamilyLanguage(requested) ? requested : 'it';
  const url = `${window.location.origin}/famiglie/${encodeURIComponent(districtId)}?lang=${language}`;
  return (
    <main id="main">
      <FamilyPage
        districtId={districtId}
        language={language}
        url={url}
        onLanguage={(l) => setParams({ lang: l }, { replace: true })}
      />
    </main>
  );
}
