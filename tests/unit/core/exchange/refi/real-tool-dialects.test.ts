import { describe, expect, it } from 'vitest';
import { BOM, buildQdpx, codedQuotes, importBuilt, memoLines, positionOf } from './build-qdpx';

// Each fixture below is written in the shape a real tool writes (see README, "How the import is checked" for the files
// and code examined); the texts are our own.

const CODES = `<CodeBook><Codes>
  <Code guid="6c1d2a90-1f3e-4b7a-9d2c-5e8f7a6b4c01" name="identity" isCodable="true"/>
  <Code guid="6c1d2a90-1f3e-4b7a-9d2c-5e8f7a6b4c02" name="norm" isCodable="true"/>
</Codes></CodeBook>`;

describe('NVivo for Windows exports', () => {
  // DEpt-metagenom/pyqdpx oltas0517/project.qde (origin "NVivo for Windows 12.6"): positions
  // in UTF-16 units of the CRLF text (checked against that file: a 51-character comment starts
  // at UTF-16 offset 2850 of the LF text after 93 line ends, and NVivo wrote 2943), one
  // PlainTextSelection per coding with name="" and an empty Description, `Sources/` folder,
  // richTextPath next to plainTextPath, the coder on the Coding and the source's author on the
  // selection.
  const lines = [
    'Warga menyebut kampung ini rumah bersama 😊😊.',
    'Gotong royong adalah kewajiban setiap keluarga.',
    'Ada yang merasa aturan adat terlalu ketat.',
  ];
  const text = lines.join('\r\n');
  const sel = (guid: string, quote: string, code: string, coding: string): string => {
    const { start, end } = positionOf(text, quote, 'utf16');
    return `<PlainTextSelection guid="${guid}" name="" startPosition="${start}" endPosition="${end}" creatingUser="a7c1e2d3-0000-4a1b-8c2d-00000000000a" creationDateTime="2025-01-02T03:04:05Z" modifyingUser="a7c1e2d3-0000-4a1b-8c2d-00000000000b" modifiedDateTime="2025-01-02T03:04:05Z">
        <Description />
        <Coding guid="${coding}" creatingUser="a7c1e2d3-0000-4a1b-8c2d-00000000000b" creationDateTime="2025-01-02T03:04:05Z">
          <CodeRef targetGUID="${code}" />
        </Coding>
      </PlainTextSelection>`;
  };
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Untitled" origin="NVivo for Windows 12.6" creatingUserGUID="a7c1e2d3-0000-4a1b-8c2d-00000000000a" basePath="" xmlns="urn:QDA-XML:project:1.0">
  <Users>
    <User guid="a7c1e2d3-0000-4a1b-8c2d-00000000000a" name="Rina" />
    <User guid="a7c1e2d3-0000-4a1b-8c2d-00000000000b" name="Bayu" />
  </Users>
  ${CODES}
  <Sources>
    <TextSource guid="b3f0c8e1-2d4a-4c6b-9e8f-1a2b3c4d5e6f" name="wawancara_kampung" richTextPath="internal://b3f0c8e1-2d4a-4c6b-9e8f-1a2b3c4d5e6f.docx" plainTextPath="internal://b3f0c8e1-2d4a-4c6b-9e8f-1a2b3c4d5e6f.txt" creatingUser="a7c1e2d3-0000-4a1b-8c2d-00000000000a">
      <Description />
      ${sel('c0000001-0000-4000-8000-000000000001', 'Gotong royong adalah kewajiban setiap keluarga.', '6c1d2a90-1f3e-4b7a-9d2c-5e8f7a6b4c02', 'd0000001-0000-4000-8000-000000000001')}
      ${sel('c0000002-0000-4000-8000-000000000002', 'Gotong royong adalah kewajiban setiap keluarga.', '6c1d2a90-1f3e-4b7a-9d2c-5e8f7a6b4c01', 'd0000002-0000-4000-8000-000000000002')}
      ${sel('c0000003-0000-4000-8000-000000000003', 'aturan adat terlalu ketat', '6c1d2a90-1f3e-4b7a-9d2c-5e8f7a6b4c02', 'd0000003-0000-4000-8000-000000000003')}
    </TextSource>
  </Sources>
</Project>`;

  it('lands each coding on its quote past emoji and CRLFs, one segment per range', async () => {
    const { ctx, report } = await importBuilt(
      buildQdpx({
        'project.qde': qde,
        'Sources/b3f0c8e1-2d4a-4c6b-9e8f-1a2b3c4d5e6f.txt': BOM + text,
        'Sources/b3f0c8e1-2d4a-4c6b-9e8f-1a2b3c4d5e6f.docx': new Uint8Array([0x50, 0x4b]),
      }),
    );
    expect(codedQuotes(ctx)).toEqual([
      'identity: Gotong royong adalah kewajiban setiap keluarga.',
      'norm: Gotong royong adalah kewajiban setiap keluarga.',
      'norm: aturan adat terlalu ketat',
    ]);
    expect(report.counts.segments).toBe(2);
    expect(report.positions).toEqual({ unit: 'utf16', crlf: 'two' });
    expect(report.offsetIssues).toEqual([]);
    const coders = ctx.db.$client
      .prepare(
        `select distinct c.name from codings g join segments s on s.id = g.segment_id
         join coders c on c.id = g.coder_id and c.id = s.coder_id`,
      )
      .all();
    expect(coders).toEqual([{ name: 'Bayu' }]);
  });
});

describe('NVivo for Mac exports', () => {
  // DEpt-metagenom/pyqdpx OltasSzkepticizmus_17June/project.qde (origin "NVivo for Mac
  // 12.7.0"): the whole XML on one line with attributes in alphabetical order,
  // standalone="no", xsi:schemaLocation, User id="…", a `sources/` folder and LF texts; the
  // same comment as above sits at UTF-16 offset 2850 there, so LF counts once.
  it('reads one-line XML with a lowercase sources folder and LF text', async () => {
    const text = 'Adat dijaga 👍 oleh tetua.\nNorma baru datang dari kota.';
    const { start, end } = positionOf(text, 'Norma baru datang dari kota.', 'utf16');
    const qde = `<?xml version="1.0" encoding="UTF-8" standalone="no" ?><Project basePath="" creatingUserGUID="F93AD076-5CA1-4F46-ABF4-B4B67130A6E2" name="Untitled" origin="NVivo for Mac 12.7.0" xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:project:1.0 Project.xsd"><Users><User guid="f93ad076-5ca1-4f46-abf4-b4b67130a6e2" id="DT" name="Dewi"/></Users><CodeBook><Codes><Code color="#00ff7f" guid="0ede5bd6-e64e-4536-aee6-8663227dacb5" isCodable="true" name="norm"/></Codes></CodeBook><Sources><TextSource creatingUser="f93ad076-5ca1-4f46-abf4-b4b67130a6e2" guid="70a540a6-08d4-4ce3-8a60-9f29ffd2b259" name="catatan" plainTextPath="internal://70a540a6-08d4-4ce3-8a60-9f29ffd2b259.txt" richTextPath="internal://70a540a6-08d4-4ce3-8a60-9f29ffd2b259.docx"><PlainTextSelection creatingUser="f93ad076-5ca1-4f46-abf4-b4b67130a6e2" endPosition="${end}" guid="29823243-1af4-4cd8-a7e9-e4c45028758b" name="" startPosition="${start}"><Coding creatingUser="f93ad076-5ca1-4f46-abf4-b4b67130a6e2" guid="d79e6d26-42b1-48cc-b9d8-b092c813522a"><CodeRef targetGUID="0ede5bd6-e64e-4536-aee6-8663227dacb5"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
    const { ctx } = await importBuilt(
      buildQdpx({
        'project.qde': qde,
        'sources/70a540a6-08d4-4ce3-8a60-9f29ffd2b259.txt': BOM + text,
      }),
    );
    expect(codedQuotes(ctx)).toEqual(['norm: Norma baru datang dari kota.']);
    const color = ctx.db.$client.prepare("select color from codes where name = 'norm'").get();
    expect(color).toEqual({ color: '#00ff7f' });
  });
});

describe('QualCoder exports', () => {
  // ccbogel/QualCoder qualcoder/refi.py (RefiExport): project.qde and texts written as
  // utf-8-sig, a `Sources/` folder, the selection's name is its whole text (html.escape'd),
  // its Description is the coding memo, creatingUser="" for an unknown owner, positions index
  // QualCoder's LF text even when the "line endings for MAXQDA" option writes CRLF, and an
  // annotation is a Note with PlainTextContent and a nested PlainTextSelection, referred to by a
  // NoteRef in its TextSource.
  const lf = "Pak Lurah berkata: 'kita jaga bersama'.\nAnak muda ingin norma yang lebih longgar.";
  const quote = "Pak Lurah berkata: 'kita jaga bersama'.";
  const { start, end } = positionOf(lf, 'Anak muda ingin norma yang lebih longgar.', 'codepoint');
  const first = positionOf(lf, quote, 'codepoint');
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="kampung.qda" origin="QualCoder 3.5" creatingUserGUID="5d0c6e3a-8b1f-4c2d-9e7a-3f4b5c6d7e80" creationDateTime="2024-05-06T07:08:09Z" xmlns="urn:QDA-XML:project:1.0">
<Users>
<User guid="5d0c6e3a-8b1f-4c2d-9e7a-3f4b5c6d7e81" name="default" />
</Users>
${CODES}
<Sources>
<TextSource richTextPath="internal://a1.txt" plainTextPath="internal://9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a.txt" creatingUser="5d0c6e3a-8b1f-4c2d-9e7a-3f4b5c6d7e81" creationDateTime="2024-05-06T07:08:09Z" guid="1b2c3d4e-5f60-4718-89a0-b1c2d3e4f506" name="kampung.txt">
<PlainTextSelection guid="2c3d4e5f-6071-4829-9ab0-c1d2e3f40617" startPosition="${first.start}" endPosition="${first.end}" name="Pak Lurah berkata: &#x27;kita jaga bersama&#x27;." creatingUser="5d0c6e3a-8b1f-4c2d-9e7a-3f4b5c6d7e81" creationDateTime="2024-05-06T07:08:09Z">
<Description>Nilai kebersamaan disebut langsung.</Description>
<Coding guid="3d4e5f60-7182-493a-8bc0-d1e2f3041728" creatingUser="5d0c6e3a-8b1f-4c2d-9e7a-3f4b5c6d7e81" >
<CodeRef targetGUID="6c1d2a90-1f3e-4b7a-9d2c-5e8f7a6b4c01" />
</Coding>
</PlainTextSelection>
<PlainTextSelection guid="4e5f6071-8293-4a4b-9cd0-e1f203142839" startPosition="${start}" endPosition="${end}" name="Anak muda ingin norma yang lebih longgar." creatingUser="" creationDateTime="2024-05-06T07:08:09Z">
<Coding guid="5f607182-93a4-4b5c-8de0-f2031425364a" creatingUser="" >
<CodeRef targetGUID="6c1d2a90-1f3e-4b7a-9d2c-5e8f7a6b4c02" />
</Coding>
</PlainTextSelection>
<NoteRef targetGUID="60718293-a4b5-4c6d-9ef0-03142536475b" />
</TextSource>
</Sources>
<Notes>
<Note guid="60718293-a4b5-4c6d-9ef0-03142536475b" creatingUser="5d0c6e3a-8b1f-4c2d-9e7a-3f4b5c6d7e81" creationDateTime="2024-05-06T07:08:09Z" >
<PlainTextContent>Perbedaan generasi.</PlainTextContent>
<PlainTextSelection guid="718293a4-b5c6-4d7e-8f01-14253647586c" startPosition="${start}" endPosition="${end}" />
</Note>
</Notes>
<Description />
</Project>`;

  it('lands LF positions in a CRLF text and keeps coding memos and annotations', async () => {
    const { ctx, report } = await importBuilt(
      buildQdpx({
        'project.qde': BOM + qde,
        'Sources/9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a.txt': BOM + lf.replaceAll('\n', '\r\n'),
      }),
    );
    expect(codedQuotes(ctx)).toEqual([
      `identity: ${quote}`,
      'norm: Anak muda ingin norma yang lebih longgar.',
    ]);
    expect(report.offsetIssues).toEqual([]);
    expect(report.positions).toEqual({ unit: 'codepoint', crlf: 'one' });
    expect(memoLines(ctx)).toEqual([
      `segment ${quote}: Nilai kebersamaan disebut langsung.`,
      'document kampung: “Anak muda ingin norma yang lebih longgar.”\n\nPerbedaan generasi.',
    ]);
  });
});

describe('MAXQDA exports', () => {
  // ccbogel/QualCoder qualcoder/refi.py (RefiImport): MAXQDA (and Quirkos) put a document's
  // variables in a Case without a name that holds one SourceRef; MAXQDA writes a comment on a
  // passage as a PlainTextSelection with a Description and no Coding; sources sit in
  // `sources/`; GUIDs are upper case.
  const text =
    'Ibu Sari menjaga bahasa daerah di rumah.\r\nDi sekolah semua memakai bahasa nasional.';
  const coded = positionOf(text, 'menjaga bahasa daerah', 'codepoint');
  const comment = positionOf(text, 'Di sekolah semua memakai bahasa nasional.', 'codepoint');
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project name="Bahasa" origin="MAXQDA 2022 (Release 22.8.0)" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="8A9B0C1D-2E3F-4051-8263-748596A7B8C9" name="Sari"/></Users>
  <CodeBook><Codes>
    <Code guid="9B0C1D2E-3F40-4152-9364-8596A7B8C9DA" name="identity" isCodable="true" color="#E6194B"/>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="AC1D2E3F-4051-4263-8475-96A7B8C9DAEB" name="Wilayah" typeOfVariable="Text"/>
  </Variables>
  <Cases>
    <Case guid="BD2E3F40-5162-4374-9586-A7B8C9DAEBFC">
      <VariableValue>
        <VariableRef targetGUID="AC1D2E3F-4051-4263-8475-96A7B8C9DAEB"/>
        <TextValue>Jawa Tengah</TextValue>
      </VariableValue>
      <SourceRef targetGUID="CE3F4051-6273-4485-A697-B8C9DAEBFC0D"/>
    </Case>
  </Cases>
  <Sources>
    <TextSource guid="CE3F4051-6273-4485-A697-B8C9DAEBFC0D" name="Wawancara Sari" plainTextPath="internal://CE3F4051-6273-4485-A697-B8C9DAEBFC0D.txt">
      <PlainTextSelection guid="DF405162-7384-4596-B7A8-C9DAEBFC0D1E" name="menjaga bahasa daerah" startPosition="${coded.start}" endPosition="${coded.end}" creatingUser="8A9B0C1D-2E3F-4051-8263-748596A7B8C9">
        <Coding guid="E0516273-8495-46A7-88B9-DAEBFC0D1E2F" creatingUser="8A9B0C1D-2E3F-4051-8263-748596A7B8C9">
          <CodeRef targetGUID="9B0C1D2E-3F40-4152-9364-8596A7B8C9DA"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="F1627384-95A6-47B8-99CA-EBFC0D1E2F30" name="Di sekolah semua memakai bahasa nasional." startPosition="${comment.start}" endPosition="${comment.end}" creatingUser="8A9B0C1D-2E3F-4051-8263-748596A7B8C9">
        <Description>Bahasa berganti menurut tempat.</Description>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;

  it('reads a nameless case as document variables and an uncoded comment as a memo', async () => {
    const { ctx, report } = await importBuilt(
      buildQdpx({
        'Bahasa.qde': qde,
        'sources/CE3F4051-6273-4485-A697-B8C9DAEBFC0D.txt': text,
      }),
    );
    expect(codedQuotes(ctx)).toEqual(['identity: menjaga bahasa daerah']);
    expect(report.counts.cases).toBe(0);
    const values = ctx.db.$client
      .prepare(
        `select d.title, v.name, v.scope, dv.value from document_values dv
         join documents d on d.id = dv.document_id join variables v on v.id = dv.variable_id`,
      )
      .all();
    expect(values).toEqual([
      { title: 'Wawancara Sari', name: 'Wilayah', scope: 'document', value: 'Jawa Tengah' },
    ]);
    expect(memoLines(ctx)).toEqual([
      'document Wawancara Sari: “Di sekolah semua memakai bahasa nasional.”\n\nBahasa berganti menurut tempat.',
    ]);
    const segments = ctx.db.$client.prepare('select count(*) as n from segments').get();
    expect(segments).toEqual({ n: 1 });
    expect(report.skipped).toEqual([]);
  });
});

describe('NVivo annotations and cases', () => {
  // ccbogel/QualCoder qualcoder/refi.py (RefiImport.parse_links, clean_up_case_codes_…):
  // NVivo writes an annotation as a Note whose Link (originGUID = the note) targets an uncoded
  // PlainTextSelection, and exports each case as a Code with the case's own GUID, coding the
  // case's text with it.
  const text = 'Keluarga Rahman pindah dari desa.\r\nMereka tetap memakai nama marga.';
  const annotated = positionOf(text, 'tetap memakai nama marga', 'utf16');
  const whole = { start: 0, end: text.length };
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project name="Marga" origin="NVivo 14.23.2" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="{0A1B2C3D-4E5F-4061-8273-8495A6B7C8D9}" name="Ayu"/></Users>
  <CodeBook><Codes>
    <Code guid="{1B2C3D4E-5F60-4172-8384-95A6B7C8D9EA}" name="identity" isCodable="true"/>
    <Code guid="{2C3D4E5F-6071-4283-9495-A6B7C8D9EAFB}" name="Keluarga Rahman" isCodable="true"/>
  </Codes></CodeBook>
  <Cases>
    <Case guid="{2C3D4E5F-6071-4283-9495-A6B7C8D9EAFB}" name="Keluarga Rahman"/>
  </Cases>
  <Sources>
    <TextSource guid="{3D4E5F60-7182-4394-A5A6-B7C8D9EAFB0C}" name="Rahman" plainTextPath="internal://3D4E5F60-7182-4394-A5A6-B7C8D9EAFB0C.txt">
      <PlainTextSelection guid="{4E5F6071-8293-44A5-B6B7-C8D9EAFB0C1D}" name="" startPosition="${whole.start}" endPosition="${whole.end}" creatingUser="{0A1B2C3D-4E5F-4061-8273-8495A6B7C8D9}">
        <Coding guid="{5F607182-93A4-45B6-87C8-D9EAFB0C1D2E}" creatingUser="{0A1B2C3D-4E5F-4061-8273-8495A6B7C8D9}">
          <CodeRef targetGUID="{2C3D4E5F-6071-4283-9495-A6B7C8D9EAFB}"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{60718293-A4B5-46C7-98D9-EAFB0C1D2E3F}" name="" startPosition="${annotated.start}" endPosition="${annotated.end}" creatingUser="{0A1B2C3D-4E5F-4061-8273-8495A6B7C8D9}">
        <Coding guid="{718293A4-B5C6-47D8-A9EA-FB0C1D2E3F40}" creatingUser="{0A1B2C3D-4E5F-4061-8273-8495A6B7C8D9}">
          <CodeRef targetGUID="{1B2C3D4E-5F60-4172-8384-95A6B7C8D9EA}"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{8293A4B5-C6D7-48E9-BAFB-0C1D2E3F4051}" name="" startPosition="${annotated.start}" endPosition="${annotated.end}" creatingUser="{0A1B2C3D-4E5F-4061-8273-8495A6B7C8D9}"/>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="{93A4B5C6-D7E8-49FA-8B0C-1D2E3F405162}" name="Anotasi" plainTextPath="internal://93A4B5C6-D7E8-49FA-8B0C-1D2E3F405162.txt"/>
  </Notes>
  <Links>
    <Link guid="{A4B5C6D7-E8F9-4A0B-9C1D-2E3F40516273}" name="" originGUID="{93A4B5C6-D7E8-49FA-8B0C-1D2E3F405162}" targetGUID="{8293A4B5-C6D7-48E9-BAFB-0C1D2E3F4051}"/>
  </Links>
</Project>`;

  it('attaches a linked note to its passage and turns a case-code into case membership', async () => {
    const { ctx, report } = await importBuilt(
      buildQdpx({
        'project.qde': qde,
        'Sources/3D4E5F60-7182-4394-A5A6-B7C8D9EAFB0C.txt': text,
        'Sources/93A4B5C6-D7E8-49FA-8B0C-1D2E3F405162.txt': 'Nama marga sebagai penanda asal.',
      }),
    );
    expect(codedQuotes(ctx)).toEqual(['identity: tetap memakai nama marga']);
    expect(memoLines(ctx)).toEqual([
      'document Rahman: “tetap memakai nama marga”\n\nNama marga sebagai penanda asal.',
    ]);
    const membership = ctx.db.$client
      .prepare(
        `select c.name, d.title from case_documents cd join cases c on c.id = cd.case_id
         join documents d on d.id = cd.document_id`,
      )
      .all();
    expect(membership).toEqual([{ name: 'Keluarga Rahman', title: 'Rahman' }]);
    const codes = ctx.db.$client.prepare('select name from codes order by name').all();
    expect(codes).toEqual([{ name: 'identity' }]);
    expect(report.skipped).toEqual([]);
  });
});

describe('ATLAS.ti exports', () => {
  // Ornio-app/qdpx-toolkit conformance/findings/ATLAS-ti-26-Conformance-Findings.md: ATLAS.ti
  // 26 names the .qde after the project (Trial.qde in an archive called Project.qdpx), writes
  // upper-case GUIDs, puts quotation comments in the selection's Description (no Notes), and
  // leaves media outside the archive as relative:/// paths with an absolute basePath.
  // borisbachmann/atlas-qdpx: texts in `sources/`; QualCoder's importer: ATLAS.ti counts a CRLF
  // in the text file as one character.
  const text = 'Upacara adat dibuka kepala suku.\r\nPemuda hadir karena diwajibkan.';
  const quotation = positionOf(text.replaceAll('\r\n', '\n'), 'karena diwajibkan', 'codepoint');
  const length = Array.from(text.replaceAll('\r\n', '\n')).length;
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project name="Trial" origin="ATLAS.ti 26.1.2 (34883)" basePath="/Users/peneliti/Desktop/Trial Media" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="7D9415B0-1111-4222-8333-944455556666" name="Putu"/></Users>
  <CodeBook><Codes>
    <Code guid="241BA0AA-1111-4222-8333-944455556666" name="norm" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="EF48EB94-1111-4222-8333-944455556666" name="Upacara" plainTextPath="internal://EF48EB94-1111-4222-8333-944455556666.txt">
      <PlainTextSelection guid="DD148A4A-1111-4222-8333-944455556666" name="karena diwajibkan" startPosition="${quotation.start}" endPosition="${quotation.end}" creatingUser="7D9415B0-1111-4222-8333-944455556666">
        <Description>Kewajiban, bukan pilihan.</Description>
        <Coding guid="DD148A4A-2222-4222-8333-944455556666" creatingUser="7D9415B0-1111-4222-8333-944455556666">
          <CodeRef targetGUID="241BA0AA-1111-4222-8333-944455556666"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="DD148A4A-3333-4222-8333-944455556666" name="" startPosition="${length - 11}" endPosition="${length + 1}" creatingUser="7D9415B0-1111-4222-8333-944455556666">
        <Coding guid="DD148A4A-4444-4222-8333-944455556666" creatingUser="7D9415B0-1111-4222-8333-944455556666">
          <CodeRef targetGUID="241BA0AA-1111-4222-8333-944455556666"/>
        </Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="EF48EB94-2222-4222-8333-944455556666" name="Catatan lapangan" plainTextPath="relative:///EF48EB94-2222-4222-8333-944455556666.txt"/>
    <VideoSource guid="EF48EB94-3333-4222-8333-944455556666" name="Upacara.MP4" path="relative:///DD148A4A-B28B-4BC0-90D8-3D1FB587C8E5.mov"/>
  </Sources>
</Project>`;

  it('finds a project-named .qde, keeps quotation comments and reports what stays out', async () => {
    const { ctx, report } = await importBuilt(
      buildQdpx({
        'Trial.qde': qde,
        'sources/EF48EB94-1111-4222-8333-944455556666.txt': text,
      }),
      'Project.qdpx',
    );
    expect(codedQuotes(ctx)).toEqual(['norm: diwajibkan.', 'norm: karena diwajibkan']);
    expect(memoLines(ctx)).toEqual(['segment karena diwajibkan: Kewajiban, bukan pilihan.']);
    // the text is `length` characters long as ATLAS.ti counts (CRLF once), not `length + 1`
    expect(report.offsetIssues).toEqual([
      {
        source: 'Upacara',
        selection: '',
        kind: 'clamped',
        start: length - 11,
        end: length + 1,
        length,
      },
    ]);
    expect(report.skipped.map((s) => [s.what, s.name, s.detail])).toEqual([
      ['source', 'Upacara.MP4', { code: 'unsupportedSource', kind: 'VideoSource' }],
      [
        'source',
        'Catatan lapangan',
        {
          code: 'textFileOutside',
          path: 'relative:///EF48EB94-2222-4222-8333-944455556666.txt',
        },
      ],
    ]);
  });
});
