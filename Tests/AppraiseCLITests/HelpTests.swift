@testable import AppraiseCLI
import Testing

/// The help text is part of the interface: it is checked word for word.
struct HelpTests {
    @Test func rootHelp() {
        #expect(Appraise.helpMessage(columns: 100) == """
            OVERVIEW: Build critical appraisals of clinical studies from Markdown into HTML reports.

            Each appraisal is a Markdown file with YAML front matter (title and date are required). With no
            arguments, 'appraise build' builds every file in appraisals/ into output/, using templates/ when
            the folder exists and the built-in templates otherwise.

            USAGE: appraise <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              build                   Build appraisals into HTML reports and a site index.
              check                   Check appraisals and templates and list every finding; writes nothing.
              render                  Render one appraisal to standard output.
              new                     Start a new appraisal: a skeleton with every section of a critically
                                      appraised topic.
              serve                   Preview the site in a browser, rebuilding on every save.

              See 'appraise help <subcommand>' for detailed help.
            """)
    }

    @Test func renderHelp() {
        #expect(Appraise.helpMessage(for: Appraise.Render.self, columns: 100) == """
            OVERVIEW: Render one appraisal to standard output.

            Prints the complete report page. With --fragment, prints only the body: what cmark renders, with
            computed values and result tables in place. With --format json, prints the numbers instead.

            USAGE: appraise render <file> [--fragment] [--format <format>] [--templates <folder>] [--allow-raw-html]

            ARGUMENTS:
              <file>                  The appraisal to render.

            OPTIONS:
              --fragment              Print only the body's HTML, without the page template.
              --format <format>       What to print: html, or json for every data block's inputs, computed
                                      values and checks. (values: html, json; default: html)
              --templates <folder>    Folder of Mustache templates and assets; files there replace the built-in
                                      ones of the same name.
                    Defaults to templates/ when it exists, else the built-in templates.
              --allow-raw-html        Let raw HTML and javascript: links in sources through to the pages
                                      (trusted sources only).
              --version               Show the version.
              -h, --help              Show help information.

            """)
    }

    @Test func newHelp() {
        #expect(Appraise.helpMessage(for: Appraise.New.self, columns: 100) == """
            OVERVIEW: Start a new appraisal: a skeleton with every section of a critically appraised topic.

            Writes appraisals/<slug>.md with the checklist for the design and TODO: placeholders, which
            'appraise check --strict' reports until they are filled in. Never overwrites an existing file.

            USAGE: appraise new <title> [--design <design>]

            ARGUMENTS:
              <title>                 The appraisal's title; the file is named after it.

            OPTIONS:
              --design <design>       The appraised study's design, which chooses the checklist. (values: rct,
                                      cohort, case-control, systematic-review, diagnostic, prognosis,
                                      clinical-prediction-rule, qualitative, economic-evaluation; default: rct)
              --version               Show the version.
              -h, --help              Show help information.

            """)
    }

    @Test func serveHelp() {
        #expect(Appraise.helpMessage(for: Appraise.Serve.self, columns: 100) == """
            OVERVIEW: Preview the site in a browser, rebuilding on every save.

            Serves OUTPUT on http://127.0.0.1:PORT/, builds the site, and watches the appraisals, the data
            files they read, templates and appraise.yaml: a saved change is rebuilt at once, its findings are
            printed, and open pages reload. A file with errors shows its diagnostics in place of the report.
            Stop with Ctrl-C.

            USAGE: appraise serve [<path> ...] [--output <folder>] [--port <port>] [--host <address>] [--templates <folder>] [--allow-raw-html] [--base-url <url>]

            ARGUMENTS:
              <path>                  Appraisal files or folders to build. (default: appraisals)

            OPTIONS:
              -o, --output <folder>   Folder to write the site into. (default: output)
              --port <port>           Port to listen on; 0 picks a free one. (default: 8000)
              --host <address>        Address to listen on; anything but loopback exposes the preview to the
                                      network. (default: 127.0.0.1)
              --templates <folder>    Folder of Mustache templates and assets; files there replace the built-in
                                      ones of the same name.
                    Defaults to templates/ when it exists, else the built-in templates.
              --allow-raw-html        Let raw HTML and javascript: links in sources through to the pages
                                      (trusted sources only).
              --base-url <url>        The address the site is published at, for feed.xml and sitemap.xml;
                                      overrides base_url in appraise.yaml.
              --version               Show the version.
              -h, --help              Show help information.

            """)
    }

    @Test func checkHelp() {
        #expect(Appraise.helpMessage(for: Appraise.Check.self, columns: 100) == """
            OVERVIEW: Check appraisals and templates and list every finding; writes nothing.

            Exits with 0 when there are no errors (and, with --strict, no warnings), else 1. --format json
            prints one array of {file, line, column, severity, code, message}; --format github prints GitHub
            Actions annotations. With --scan, any Markdown or plain-text file (a manuscript, front matter
            optional) is checked for quoted results such as 't(28) = 2.20, p = .04' or 'RR 0.80 (95% CI
            0.70-0.91), P = .001', recomputed as statcheck does; every result found is listed with its verdict.

            USAGE: appraise check [<path> ...] [--templates <folder>] [--allow-raw-html] [--strict] [--format <format>] [--scan]

            ARGUMENTS:
              <path>                  Appraisal files or folders to check. (default: appraisals)

            OPTIONS:
              --templates <folder>    Folder of Mustache templates and assets; files there replace the built-in
                                      ones of the same name.
                    Defaults to templates/ when it exists, else the built-in templates.
              --allow-raw-html        Let raw HTML and javascript: links in sources through to the pages
                                      (trusted sources only).
              --strict                Treat warnings as errors.
              --format <format>       How to print findings: text, json or github. (values: text, json, github;
                                      default: text)
              --scan                  Check only the statistical results quoted in the given files, which may
                                      be any Markdown or plain text.
              --version               Show the version.
              -h, --help              Show help information.

            """)
    }
}
