import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeRange } from '../../core/coding/code-range';
import { ensureCoder } from '../../core/coding/coders';
import { createCode } from '../../core/coding/create-code';
import type { Ctx } from '../../core/context';
import { addDocumentToCase, createCase, setCaseValue } from '../../core/documents/cases';
import { defineVariable, setDocumentValue } from '../../core/documents/variables';
import { exportQdpx } from '../../core/exchange/refi/export-qdpx';
import { importProjectFile } from '../../core/exchange/refi/import-project-file';
import { importFiles } from '../../core/import/import-files';
import { createMemo } from '../../core/memos/create-memo';
import { setMembers, sets } from '../../db/schema';
import { createTestDb } from '../helpers/create-test-db';
import { makePdf } from '../helpers/make-pdf';

const SCHEMA = join(__dirname, '../../../shared/refi-qda/schemas/Project.xsd');
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const memoBody = (text: string) => ({
  bodyJson: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  bodyText: text,
});

/** Everything a user would compare after a round trip, by names rather than ids. */
function snapshot(ctx: Ctx) {
  const q = (sql: string) => ctx.db.$client.prepare(sql).all() as Record<string, unknown>[];
  return {
    documents: q('select id, title, kind, text from documents order by title'),
    codes: q(
      `with recursive tree(id, path) as (
         select id, name from codes where parent_id is null
         union all select c.id, tree.path || '/' || c.name from codes c join tree on c.parent_id = tree.id)
       select tree.path, c.color, c.definition, c.inclusion, c.exclusion, c.example, c.codable
       from tree join codes c on c.id = tree.id order by tree.path`,
    ),
    codings: q(
      `select d.title, k.name as code, coder.name as coder, s.quote, s.start, s."end"
       from codings g join segments s on s.id = g.segment_id join documents d on d.id = s.document_id
       join codes k on k.id = g.code_id join coders coder on coder.id = g.coder_id
       order by d.title, s.start, s."end", k.name, coder.name`,
    ),
    memos: q(
      `select m.title, m.body_text, m.target_type,
         coalesce(d.title, k.name, s.quote, '') as target
       from memos m left join documents d on m.target_type = 'document' and d.id = m.target_id
       left join codes k on m.target_type = 'code' and k.id = m.target_id
       left join segments s on m.target_type = 'segment' and s.id = m.target_id order by m.title`,
    ),
    documentValues: q(
      `select d.title, v.name, v.type, dv.value from document_values dv
       join documents d on d.id = dv.document_id join variables v on v.id = dv.variable_id
       order by d.title, v.name`,
    ),
    caseValues: q(
      `select c.name as case_name, v.name, v.type, cv.value from case_values cv
       join cases c on c.id = cv.case_id join variables v on v.id = cv.variable_id order by c.name`,
    ),
    caseDocuments: q(
      `select c.name, d.title from case_documents cd join cases c on c.id = cd.case_id
       join documents d on d.id = cd.document_id order by c.name, d.title`,
    ),
    sets: q(
      `select s.name, m.member_type, coalesce(d.title, k.name) as member from set_members m
       join sets s on s.id = m.set_id left join documents d on d.id = m.member_id
       left join codes k on k.id = m.member_id order by s.name, member`,
    ),
  };
}

describe('REFI-QDA project round trip', () => {
  let dir: string;
  let source: Ctx;
  let archive: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-exchange-'));
    source = createTestDb();
    const budi = ensureCoder(source.db, source, 'Budi');
    const pdf = await makePdf(
      [
        {
          top: [{ text: 'Kerja Sama Kota Kembar', size: 18, bold: true }],
          columns: [
            [
              { text: 'Identitas kota tumbuh dari norma gotong royong.' },
              { text: 'Budaya lokal menjadi hambatan sekaligus peluang.', gapBefore: true },
            ],
          ],
        },
      ],
      'Kerja Sama Kota Kembar',
    );
    writeFileSync(join(dir, 'kota.pdf'), pdf);
    writeFileSync(
      join(dir, 'wawancara.txt'),
      'Wawancara dengan pejabat 😀 kota.\n\nKami menjaga identitas dan budaya bersama.\nBaris kedua.',
    );
    const outcomes = await importFiles(source, [join(dir, 'kota.pdf'), join(dir, 'wawancara.txt')]);
    const [pdfDoc, txtDoc] = outcomes.map((o) => {
      if (!o.ok) throw new Error(o.error.message);
      return o.document;
    });
    const identity = createCode(source, {
      name: 'identity',
      definition: 'How a city describes itself.',
      inclusion: 'Self-descriptions.',
      exclusion: 'Descriptions by outsiders.',
      example: '“kota kami”',
    });
    const local = createCode(source, { name: 'local', parentId: identity.id, color: '#123abc' });
    const culture = createCode(source, { name: 'culture', definition: 'Shared practices.' });
    const textOf = (id: string) =>
      (
        source.db.$client.prepare('select text from documents where id = ?').get(id) as {
          text: string;
        }
      ).text;
    const range = (docId: string, quote: string) => {
      const start = textOf(docId).indexOf(quote);
      if (start < 0) throw new Error(`no “${quote}”`);
      return { documentId: docId, start, end: start + quote.length };
    };
    const seg = codeRange(source, {
      ...range(txtDoc!.id, 'identitas dan budaya'),
      codeIds: [identity.id, culture.id],
    });
    const asBudi = { ...source, coderId: budi.id };
    codeRange(asBudi, { ...range(txtDoc!.id, 'menjaga identitas'), codeIds: [local.id] });
    codeRange(asBudi, { ...range(txtDoc!.id, 'pejabat 😀 kota'), codeIds: [culture.id] });
    codeRange(source, { ...range(pdfDoc!.id, 'norma gotong royong'), codeIds: [local.id] });
    createMemo(source, {
      title: 'Project memo',
      ...memoBody('About the whole study.'),
      targetType: 'project',
      targetId: null,
    });
    createMemo(source, {
      title: 'Document memo',
      ...memoBody('About the interview.'),
      targetType: 'document',
      targetId: txtDoc!.id,
    });
    createMemo(source, {
      title: 'Code memo',
      ...memoBody('About identity.'),
      targetType: 'code',
      targetId: identity.id,
    });
    createMemo(source, {
      title: 'Segment memo',
      ...memoBody('About this quote.'),
      targetType: 'segment',
      targetId: seg.id,
    });
    const year = defineVariable(source, { name: 'year', type: 'number', scope: 'document' });
    setDocumentValue(source, pdfDoc!.id, year.id, '2021');
    const formal = defineVariable(source, { name: 'formal', type: 'boolean', scope: 'document' });
    setDocumentValue(source, txtDoc!.id, formal.id, 'false');
    const region = defineVariable(source, { name: 'region', type: 'text', scope: 'case' });
    const bandung = createCase(source, { name: 'Bandung' });
    addDocumentToCase(source, bandung.id, txtDoc!.id);
    setCaseValue(source, bandung.id, region.id, 'Jawa Barat');
    source.db
      .insert(sets)
      .values({ id: source.newId(), name: 'Core codes', description: 'x', createdAt: 1 })
      .run();
    const setId = (source.db.$client.prepare('select id from sets').get() as { id: string }).id;
    source.db
      .insert(setMembers)
      .values([
        { setId, memberType: 'code', memberId: identity.id },
        { setId, memberType: 'document', memberId: pdfDoc!.id },
      ])
      .run();
    archive = exportQdpx(source, 'Kota');
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes sources as UTF-8 LF text with selections in code points', () => {
    const files = unzipSync(archive);
    const qde = strFromU8(files['project.qde']!);
    const txt = Object.entries(files).find(([, b]) => strFromU8(b).startsWith('Wawancara'));
    expect(txt).toBeDefined();
    const text = strFromU8(txt![1]);
    expect(text).not.toContain('\r');
    const quote = 'pejabat 😀 kota';
    const cpStart = Array.from(text.slice(0, text.indexOf(quote))).length;
    expect(qde).toContain(
      `startPosition="${cpStart}" endPosition="${cpStart + Array.from(quote).length}"`,
    );
  });

  it.skipIf(!hasXmllint || !existsSync(SCHEMA))(
    'exports a project.qde valid against Project.xsd',
    () => {
      const qdeFile = join(dir, 'project.qde');
      writeFileSync(qdeFile, unzipSync(archive)['project.qde']!);
      expect(() =>
        execFileSync('xmllint', ['--noout', '--schema', SCHEMA, qdeFile], { stdio: 'pipe' }),
      ).not.toThrow();
    },
  );

  it('imports into a new project with the same documents, codes, codings, memos and attributes', async () => {
    const file = join(dir, 'kota.qdpx');
    writeFileSync(file, archive);
    const target = createTestDb();
    const report = await importProjectFile(target, file);
    expect(report.offsetIssues).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.counts).toMatchObject({ documents: 2, codings: 5, memos: 4, cases: 1, sets: 1 });
    const before = snapshot(source);
    expect(before.codings).toHaveLength(5);
    expect(before.codings.map((c) => c.coder)).toContain('Budi');
    expect(before.memos.map((m) => m.target_type).sort()).toEqual([
      'code',
      'document',
      'project',
      'segment',
    ]);
    expect(before.documentValues).toHaveLength(2);
    expect(before.sets).toHaveLength(2);
    expect(snapshot(target)).toEqual(before);
  });

  it('changes nothing when the same archive is refused halfway', async () => {
    const target = createTestDb();
    const broken = join(dir, 'broken.qdpx');
    writeFileSync(broken, archive.slice(0, archive.length / 2));
    await expect(importProjectFile(target, broken)).rejects.toMatchObject({
      code: 'exchange_malformed',
    });
    expect(snapshot(target).documents).toEqual([]);
  });
});
