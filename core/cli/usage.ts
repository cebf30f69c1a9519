export const USAGE = `telaah: qualitative content analysis from the command line

Usage:
  telaah new <project> [--no-starter-codebook] [--coder <name>]
  telaah import <project> <file>... [--password <pw>] [--coder <name>]
  telaah docs <project> [--json]
  telaah text <project> <doc>
  telaah codes <project> [--json]
  telaah code <project> <doc> --code <name> (--quote "<text>" | --start N --end M) [--coder <name>]
  telaah segments <project> [--code <name>] [--doc <doc>] [--json]
  telaah search <project> <query> [--limit N] [--json]
  telaah export <project> --format csv --out <file>

<doc> is a document id or title; <name> of a code is its name, its path (parent/child) or id.
Options: --lang en|id (messages), --coder <name> (who is coding; default $TELAAH_CODER or your
user name). Exit status: 0 success, 1 user error, 2 internal error.`;
