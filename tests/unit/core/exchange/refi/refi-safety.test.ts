import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readQdc } from '../../../../../core/exchange/refi/read-qdc';
import { readRefiProject } from '../../../../../core/exchange/refi/read-refi-project';
import { decodeEntities } from '../../../../../core/exchange/refi/parse-refi-xml';

const FIXTURES = join(__dirname, '../../../../fixtures/refi');
const QDE = strToU8(
  '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p"></Project>',
);

describe('reading REFI-QDA files safely', () => {
  it('refuses a billion-laughs file without expanding any entity', () => {
    const xml = readFileSync(join(FIXTURES, 'billion-laughs.qdc'), 'utf8');
    expect(() => readQdc(xml, 'billion-laughs.qdc')).toThrow(
      expect.objectContaining({ code: 'exchange_malformed' }),
    );
  });

  it('refuses an external entity instead of reading the file it names', () => {
    const xml = readFileSync(join(FIXTURES, 'external-entity.qdc'), 'utf8');
    expect(() => readQdc(xml, 'external-entity.qdc')).toThrow(
      expect.objectContaining({ code: 'exchange_malformed' }),
    );
  });

  it('refuses XML that is not well formed', () => {
    expect(() => readQdc('<CodeBook><Codes></CodeBook>', 'bad.qdc')).toThrow(
      expect.objectContaining({ code: 'exchange_malformed' }),
    );
  });

  it('decodes only the predefined entities and character references', () => {
    expect(decodeEntities('a &amp; b &#233; &#x1F600; &lt;&nbsp;')).toBe('a & b é 😀 <&nbsp;');
  });

  it.each(['../evil.txt', 'sources/../../evil.txt', '/etc/passwd', 'C:/evil.txt', '..\\evil.txt'])(
    'refuses an archive entry named %s',
    async (name) => {
      const zip = zipSync({ 'project.qde': QDE, [name]: strToU8('x') });
      await expect(readRefiProject(zip, 'evil.qdpx')).rejects.toMatchObject({
        code: 'exchange_unsafe_entry',
      });
    },
  );

  it('refuses an archive that inflates past the size cap', async () => {
    const zip = zipSync({ 'project.qde': QDE, 'sources/big.txt': new Uint8Array(200_000) });
    const limits = { maxEntries: 10, maxEntryBytes: 100_000, maxTotalBytes: 1_000_000 };
    await expect(readRefiProject(zip, 'big.qdpx', limits)).rejects.toMatchObject({
      code: 'exchange_too_large',
    });
  });

  it('refuses an archive with too many entries', async () => {
    const files: Record<string, Uint8Array> = { 'project.qde': QDE };
    for (let i = 0; i < 20; i += 1) files[`sources/${i}.txt`] = strToU8('x');
    const limits = { maxEntries: 10, maxEntryBytes: 100_000, maxTotalBytes: 1_000_000 };
    await expect(readRefiProject(zipSync(files), 'many.qdpx', limits)).rejects.toMatchObject({
      code: 'exchange_too_large',
    });
  });

  it('refuses an archive without a .qde', async () => {
    await expect(
      readRefiProject(zipSync({ 'readme.txt': strToU8('x') }), 'empty.qdpx'),
    ).rejects.toMatchObject({ code: 'exchange_malformed' });
  });

  it('refuses a truncated archive', async () => {
    const zip = zipSync({ 'project.qde': QDE });
    await expect(readRefiProject(zip.slice(0, 40), 'cut.qdpx')).rejects.toMatchObject({
      code: 'exchange_malformed',
    });
  });
});
