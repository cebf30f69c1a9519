import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { exportedFileFromBytes, saveExportedFile } from '../../ui/save-exported-file';
import { svgToPng } from './svg-to-png';

const FORMATS = ['csv', 'xlsx', 'docx', 'svg', 'png'] as const;
type Format = (typeof FORMATS)[number];

/** One button per export format; PNG is drawn here from the SVG that core makes. */
export function ExportMenu({ displayId }: { displayId: string }) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t, language } = useI18n();

  const run = async (format: Format): Promise<void> => {
    const file =
      format === 'png'
        ? await pngOf(
            await client.call('displays.exportMatrix', { id: displayId, format: 'svg', language }),
          )
        : await client.call('displays.exportMatrix', { id: displayId, format, language });
    const saved = await saveExportedFile(file);
    if (saved !== null) {
      store.set({ notice: { kind: 'info', text: t('matrix.exported', { file: file.fileName }) } });
    }
  };

  return (
    <div className="matrix-export" role="group" aria-label={t('matrix.export')}>
      <span className="matrix-export-label">{t('matrix.export')}</span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => {
            run(format).catch(store.fail);
          }}
        >
          {format.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

async function pngOf(svgFile: { fileName: string; base64: string }) {
  const svg = new TextDecoder().decode(
    Uint8Array.from(atob(svgFile.base64), (c) => c.charCodeAt(0)),
  );
  const png = await svgToPng(svg);
  return exportedFileFromBytes(png, svgFile.fileName.replace(/\.svg$/u, '.png'), 'image/png');
}
