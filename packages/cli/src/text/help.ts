import type { Locale } from "@mrlint/core";

const HELP_EN = `mrlint: review policy documents for human-rights (MR) integration

Usage:
  mrlint [options] [paths|globs...]     lint files (default: the current folder)
  mrlint rules [--format text|json|md]  list the rules
  mrlint init                           write a commented mrlint.config.yaml
  mrlint review in.docx -o out.docx [--author NAME] [--overwrite]
                                        write the findings as Word comments

Folders are searched for .md, .markdown, .txt and .docx files, honouring
.mrlintignore and the config's "ignores". Files named explicitly are always linted.

Options:
  -f, --format <name>      stylish (default), json, sarif, github, gitlab, junit, markdown
  -o, --output-file <file> write the report to a file instead of stdout
  -c, --config <file>      use this config file instead of the nearest one
      --lang <sv|en|auto>  language of the documents (default: config, else detected)
      --locale <sv|en>     language of the messages (default: config, else LANG/LC_ALL)
  -q, --quiet              report errors only (same as --level error)
      --level <level>      lowest level reported: hint, info, warning, error
      --max-warnings <n>   exit 1 when more than n non-error findings are reported
      --fix                apply safe fixes (term replacements) to Markdown and text files
      --fix-dry-run        print the fixes as a unified diff; change nothing
      --cache              reuse results of unchanged files
      --cache-location <p> cache file or folder (default: .mrlintcache)
      --shard <k/n>        lint only the k-th of n deterministic parts of the file list
      --workers <n|auto>   worker threads for large runs (default: auto, by cores and text size)
      --print-config <f>   print the settings that apply to file f and exit
      --no-ignore          do not read .mrlintignore or config "ignores"
      --color, --no-color  force colours on or off
      --debug              print run statistics on stderr
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no findings at or above the threshold, 1 findings (an error, or more
warnings than --max-warnings), 2 usage, config or input error.
Severity in JSON: error = 2; warning, info and hint = 1.
`;

const HELP_SV = `mrlint: granskar styrdokument för integrering av mänskliga rättigheter (MR)

Användning:
  mrlint [flaggor] [sökvägar|mönster...]  granska filer (standard: aktuell mapp)
  mrlint rules [--format text|json|md]    lista reglerna
  mrlint init                             skriv en kommenterad mrlint.config.yaml
  mrlint review in.docx -o ut.docx [--author NAMN] [--overwrite]
                                          skriv fynden som Word-kommentarer

Mappar genomsöks efter .md-, .markdown-, .txt- och .docx-filer; .mrlintignore och
konfigurationens "ignores" följs. Filer som anges uttryckligen granskas alltid.

Flaggor:
  -f, --format <namn>      stylish (standard), json, sarif, github, gitlab, junit, markdown
  -o, --output-file <fil>  skriv rapporten till en fil i stället för stdout
  -c, --config <fil>       använd den här konfigurationsfilen i stället för den närmaste
      --lang <sv|en|auto>  dokumentens språk (standard: konfigurationen, annars upptäckt)
      --locale <sv|en>     meddelandenas språk (standard: konfigurationen, annars LANG/LC_ALL)
  -q, --quiet              rapportera bara fel (samma som --level error)
      --level <nivå>       lägsta nivå som rapporteras: hint, info, warning, error
      --max-warnings <n>   avsluta med 1 om fler än n fynd utöver fel rapporteras
      --fix                rätta säkra fynd (termbyten) i Markdown- och textfiler
      --fix-dry-run        visa rättelserna som unified diff; ändra inget
      --cache              återanvänd resultat för oförändrade filer
      --cache-location <s> cachefil eller mapp (standard: .mrlintcache)
      --shard <k/n>        granska bara den k:te av n bestämda delar av fillistan
      --workers <n|auto>   arbetstrådar för stora körningar (standard: auto, efter kärnor och textmängd)
      --print-config <f>   visa inställningarna som gäller för filen f och avsluta
      --no-ignore          läs inte .mrlintignore eller konfigurationens "ignores"
      --color, --no-color  tvinga färger på eller av
      --debug              skriv körstatistik på stderr
  -h, --help               visa den här hjälpen
  -v, --version            visa versionen

Slutkoder: 0 inga fynd på eller över tröskeln, 1 fynd (ett fel, eller fler varningar
än --max-warnings), 2 fel i kommandoraden, konfigurationen eller indata.
Allvarlighet i JSON: error = 2; warning, info och hint = 1.
`;

export function helpText(locale: Locale): string {
  return locale === "sv" ? HELP_SV : HELP_EN;
}
