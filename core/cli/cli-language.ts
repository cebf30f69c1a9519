import { toLanguage, type Language } from '../i18n/language';
import type { CliIo } from './cli-io';
import { stringValue, type CommandArgs } from './command';

/** Messages follow --lang, then $TELAAH_LANG, then $LANG. */
export function cliLanguage(args: CommandArgs, io: CliIo): Language {
  return toLanguage(stringValue(args, 'lang') ?? io.env.TELAAH_LANG ?? io.env.LANG);
}
