import ArgumentParser

/// The `appraise` command: critical appraisals in Markdown, every number recomputed.
public struct Appraise: AsyncParsableCommand {
    /// The command's name, summary and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "appraise",
        abstract: "Build critical appraisals of clinical studies from Markdown into HTML reports.",
        discussion: """
            Each appraisal is a Markdown file with YAML front matter (title and date are required). \
            With no arguments, 'appraise build' builds every file in appraisals/ into output/, using \
            templates/ when the folder exists and the built-in templates otherwise.
            """,
        version: AppraiseVersion.current,
        subcommands: [Build.self, Check.self, Render.self, New.self, Serve.self]
    )

    /// Creates the command (used by the argument parser).
    public init() {}
}

/// The tool's version, printed by `--version`.
public enum AppraiseVersion {
    /// The current release.
    public static let current = "0.1.0"
}

extension Appraise {
    /// Parses the process's arguments and runs the selected command asynchronously.
    ///
    /// Named apart from `main()` because, called on the concrete type, `main()` resolves to the
    /// synchronous entry point of `ParsableCommand`, which cannot run asynchronous subcommands.
    public static func runAsRoot() async {
        let root: any AsyncParsableCommand.Type = Appraise.self
        await root.main(nil)
    }
}
