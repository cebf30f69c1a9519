import { useCallback } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { exportedFileFromBytes, saveExportedFile } from '../../ui/save-exported-file';
import type { DisplaySpec } from './display-types';
import { svgToPng } from './svg-to-png';

export type ExportFormat = 'svg' | 'png' | 'csv' | 'xlsx';

/** Exports the display as shown: its table (CSV, XLSX) or its picture (SVG, PNG). */
export function useExportDisplay(): (
  spec: DisplaySpec,
  name: string,
  format: ExportFormat,
) => Promise<void> {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { t, language } = useI18n();
  return useCallback(
    async (spec, name, format) => {
      try {
        const asked = format === 'png' ? 'svg' : format;
        const file = await client.call('networkDisplays.export', {
          ...spec,
          name,
          format: asked,
          language,
        });
        const saved =
          format === 'png'
            ? await saveExportedFile(
                exportedFileFromBytes(
                  await svgToPng(
                    new TextDecoder().decode(
                      Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)),
                    ),
                  ),
                  file.fileName.replace(/\.svg$/u, '.png'),
                  'image/png',
                ),
              )
            : await saveExportedFile(file);
        if (saved !== null)
          store.set({ notice: { kind: 'info', text: t('network.exported', { file: saved }) } });
      } catch (error) {
        store.fail(error);
      }
    },
    [client, store, t, language],
  );
}
