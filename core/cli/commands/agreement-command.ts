import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Coefficient } from '../../agreement/coefficient';
import type { MeasurementLevel } from '../../agreement/krippendorff-alpha';
import { parseMatrixCsv } from '../../agreement/parse-matrix-csv';
import { matrixAgreement } from '../../agreement/reliability-matrix';
import { textAgreement } from '../../agreement/text-agreement';
import type { TextUnit } from '../../agreement/text-units';
import { listCoders } from '../../coding/coders';
import { resolveCode } from '../../coding/resolve-code';
import type { Ctx } from '../../context';
import { resolveDocument } from '../../documents/resolve-document';
import { TelaahError } from '../../errors';
import type { CliIo } from '../cli-io';
import { jsonOption, printJson, stringValue, type CommandArgs, type Command } from '../command';
import { formatTable } from '../format-table';
import { withProject } from '../open-cli-project';

const UNITS: readonly TextUnit[] = ['character', 'sentence', 'paragraph', 'document'];
const METRICS: readonly MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/**
 * `telaah agreement <project> --coders a,b [--unit …]`: intercoder agreement per code;
 * `telaah agreement --matrix <file.csv> --metric …`: coefficients of a units × coders matrix.
 */
export const agreementCommand: Command = {
  name: 'agreement',
  minPositionals: 0,
  options: {
    ...jsonOption,
    coders: { type: 'string' },
    unit: { type: 'string' },
    codes: { type: 'string' },
    docs: { type: 'string' },
    'exclude-uncoded': { type: 'boolean' },
    matrix: { type: 'string' },
    metric: { type: 'string' },
  },
  async run(args, io) {
    const matrixFile = stringValue(args, 'matrix');
    if (matrixFile !== undefined) {
      runMatrix(args, io, matrixFile);
      return;
    }
    if (args.positionals.length < 1) {
      throw new TelaahError('invalid_input', 'Give a project, or --matrix <file.csv>.', {
        detail: 'project',
      });
    }
    const unit = choice(args, 'unit', UNITS, 'character');
    const result = await withProject(args, io, 'read', (ctx) =>
      textAgreement(ctx, {
        coderIds: coderIds(ctx, stringValue(args, 'coders')),
        codeIds: list(args, 'codes').map((c) => resolveCode(ctx, c).id),
        documentIds: list(args, 'docs').map((d) => resolveDocument(ctx, d).id),
        unit,
        excludeUncoded: args.values['exclude-uncoded'] === true,
      }),
    );
    const rows = [
      ...result.codes.map((c) => ({ id: c.codeId, kind: 'code', code: c.codePath, ...c })),
      ...result.domains.map((d) => ({
        id: `domain:${d.domain}`,
        kind: 'domain',
        ...d,
        domain: domainName(d.domain),
      })),
      { id: 'overall', kind: 'overall', code: '(all codes)', ...result.overall },
    ];
    if (args.values.json === true) {
      printJson(io, rows);
      return;
    }
    io.out(
      `Unit: ${unit}${result.excludeUncoded ? ', uncoded text left out' : ''}; coders: ${result.coders
        .map((c) => c.name)
        .join(', ')}; documents: ${result.documentCount}\n`,
    );
    const perCode = [
      ...result.codes.map((c) => ({ code: c.codePath, ...c })),
      { code: '(all codes)', ...result.overall },
    ];
    io.out(
      formatTable(
        ['code', 'units', 'agree %', 'cohen κ', 'fleiss κ', 'alpha', 'alpha_U', '|u alpha'],
        perCode.map((r) => [
          r.code,
          r.units,
          r.percentAgreement.value === null ? 'n/a' : (r.percentAgreement.value * 100).toFixed(1),
          shown(r.cohenKappa),
          shown(r.fleissKappa),
          shown(r.alpha),
          shown(r.alphaU),
          shown(r.binaryAlpha),
        ]),
      ),
    );
    io.out('\nSemantic domains (sibling codes), on characters:\n');
    io.out(
      formatTable(
        ['domain', 'codes', '|u alpha', 'cu alpha'],
        result.domains.map((d) => [
          domainName(d.domain),
          d.codeIds.length,
          shown(d.binaryAlpha),
          shown(d.cuAlpha),
        ]),
      ),
    );
    io.out(
      `\nCu alpha (which domain, across domains): ${shown(result.overall.cuAlphaAcrossDomains)}`,
    );
    io.out('\nn/a: not computable for these data (see --json for the reason).');
  },
};

function runMatrix(args: CommandArgs, io: CliIo, file: string): void {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new TelaahError('not_found', `File not found: ${file}`, { what: 'file', name: file });
  }
  const metric = choice(args, 'metric', METRICS, 'nominal');
  const matrix = parseMatrixCsv(text, file);
  const result = matrixAgreement(matrix, metric);
  if (args.values.json === true) {
    printJson(io, [{ id: file, metric, ...result }]);
    return;
  }
  io.out(
    `${file}: ${result.units} units × ${result.coders} coders; ${result.pairableUnits} pairable units, ${result.pairableValues} values; ${metric}\n`,
  );
  io.out(
    formatTable(
      ['coefficient', 'value'],
      [
        ['percent agreement', shown(result.percentAgreement)],
        ["Cohen's kappa", shown(result.cohenKappa)],
        ["Cohen's kappa, linear weights", shown(result.cohenKappaLinear)],
        ["Cohen's kappa, quadratic weights", shown(result.cohenKappaQuadratic)],
        ["Fleiss' kappa", shown(result.fleissKappa)],
        [`Krippendorff's alpha (${metric})`, shown(result.alpha)],
      ],
    ),
  );
}

function domainName(domain: string): string {
  return domain === '' ? '(top level)' : domain;
}

function shown(c: Coefficient): string {
  return c.value === null ? `n/a (${c.reason ?? 'not computable'})` : c.value.toFixed(3);
}

function list(args: CommandArgs, name: string): string[] {
  return (stringValue(args, name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function choice<T extends string>(
  args: CommandArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = stringValue(args, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new TelaahError(
      'invalid_input',
      `--${name} must be one of ${allowed.join(', ')}, not “${v}”.`,
      {
        detail: `--${name} ${v}`,
      },
    );
  }
  return v as T;
}

/** Coders by name (any case) or id, from a comma-separated list. */
function coderIds(ctx: Ctx, value: string | undefined): string[] {
  const names = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length < 2) {
    throw new TelaahError('invalid_input', 'Give two or more coders: --coders <a,b>.', {
      detail: '--coders',
    });
  }
  const coders = listCoders(ctx.db);
  return names.map((n) => {
    const found = coders.find((c) => c.id === n || c.name.toLowerCase() === n.toLowerCase());
    if (found === undefined)
      throw new TelaahError('not_found', `Coder not found: ${n}`, { what: 'Coder', name: n });
    return found.id;
  });
}
