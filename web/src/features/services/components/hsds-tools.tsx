import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/services/locales';
import { HSDS_SERVICE_CSV_COLUMNS, servicesCsvRows, toHsds, type ServiceDirectory } from '@domain';
import { TitledSection } from '@/components/ui/titled-section';
import { downloadCsv, toCsv } from '@/lib/csv';
import { downloadText } from '../lib/download';

type HsdsToolsProps = {
  districtId: string;
  directory: ServiceDirectory;
  importing: boolean;
  /** The parsed JSON file chosen for import. */
  onImport: (json: unknown) => Promise<void>;
  /** The chosen file is not JSON. */
  onNotJson: () => void;
};

/** The coordinator's Open Referral HSDS tools: the directory as JSON or CSV, and a JSON import. */
export function HsdsTools({
  districtId,
  directory,
  importing,
  onImport,
  onNotJson,
}: HsdsToolsProps) {
  const { t } = useTranslation('services');
  const exports = [
    {
      label: t('hsds.export'),
      save: () =>
        downloadText(
          `servizi-${districtId}-hsds.json`,
          JSON.stringify(toHsds(directory, districtId), null, 2),
          'application/json',
        ),
    },
    {
      label: t('hsds.exportCsv'),
      save: () =>
        downloadCsv(
          `servizi-${districtId}-hsds.csv`,
          toCsv(HSDS_SERVICE_CSV_COLUMNS, servicesCsvRows(directory)),
        ),
    },
  ];
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      onNotJson();
      return;
    }
    await onImport(json);
  };

  return (
    <TitledSection
      id="services-hsds"
      title={t('hsds.title')}
      className="my-4"
      headingClassName="h5"
    >
      <div className="d-flex flex-wrap gap-2 align-items-center">
        {exports.map(({ label, save }) => (
          <button key={label} type="button" className="btn btn-outline-primary" onClick={save}>
            {label}
          </button>
        ))}
        <label className="btn btn-outline-primary mb-0" htmlFor="services-import">
          {importing ? t('hsds.importing') : t('hsds.import')}
        </label>
        <input
          id="services-import"
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          onChange={(e) => void upload(e)}
        />
      </div>
    </TitledSection>
  );
}
