export const USAGE = `telaah: qualitative content analysis from the command line

Usage:
  telaah new <project> [--no-starter-codebook] [--coder <name>]
  telaah import <project> <file>... [--password <pw>] [--coder <name>]
      papers (pdf docx html md txt), or a codebook (.qdc .csv) or project (.qdpx .qde) from another tool
  telaah docs <project> [--json]
  telaah text <project> <doc>
  telaah codes <project> [--json]
  telaah code <project> <doc> --code <name> (--quote "<text>" | --start N --end M) [--coder <name>]
  telaah segments <project> [--code <name>] [--doc <doc>] [--json]
  telaah retrieve <project> ("<code> AND|INTERSECT|OR|NOT|OVERLAPPING|WITHIN N paragraphs|characters OF <code> …" | --query <saved>)
      [--exact] [--same-coder] [--doc <doc>] [--case <case>] [--by <coder>] [--save <name>] [--out <file.csv|xlsx|docx>] [--json]
  telaah search <project> <query> [--limit N] [--json]
  telaah export <project> --format <format> --out <file> [--lang id]
      formats: csv (codings) · html|docx|md (findings report: [--status <s>]... [--display <id>]... [--no-codebook])
               qdc|qdpx (REFI-QDA) · codebook-csv|codebook-docx|codebook-html|codebook-md · review-html|review-docx
  telaah merge <into> <from>... [--dry-run] [--prefer ours|theirs] [--choose <key>=ours|theirs|both] [--json] [--coder <name>]
  telaah agreement <project> --coders <a,b> [--unit character|sentence|paragraph|document]
                  [--codes <a,b>] [--docs <a,b>] [--exclude-uncoded] [--json]
  telaah agreement --matrix <file.csv> --metric nominal|ordinal|interval|ratio [--json]
  telaah review <project> [--state proposed|accepted|rejected|discuss] [--code <name>] [--by <coder>]
                  [--doc <doc>] [--json]
  telaah review <project> --receive <reviewed.telaah> [--coder <name>]

<doc> is a document id or title; <name> of a code is its name, its path (parent/child) or id.
Options: --lang en|id (messages), --coder <name> (who is coding; default $TELAAH_CODER or your
user name). Exit status: 0 success, 1 user error, 2 internal error.`;
