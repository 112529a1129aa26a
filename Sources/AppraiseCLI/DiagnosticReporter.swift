import Appraisal
import ArgumentParser
import Foundation

/// Prints diagnostics for people (with source excerpts), for CI logs or as JSON.
struct DiagnosticReporter {
    /// How findings are printed.
    enum Format: String, CaseIterable, Sendable {
        case text, json, github
    }

    let format: Format
    let workingDirectory: URL

    /// Prints the diagnostics to standard error (text) or standard output (json, github): JSON
    /// lists every one; text and GitHub annotations show at most `DiagnosticPrinter.printedPerFile`
    /// per file, errors first, and say how many more there are.
    func report(_ diagnostics: [Diagnostic]) {
        switch format {
        case .json:
            Console.out(DiagnosticPrinter.json(diagnostics))
        case .github:
            let (shown, summaries) = DiagnosticPrinter.capped(diagnostics)
            for diagnostic in shown + summaries { Console.out(DiagnosticPrinter.github(diagnostic)) }
        case .text:
            let (shown, summaries) = DiagnosticPrinter.capped(diagnostics)
            var cache: [String: [Substring]] = [:]
            for diagnostic in shown {
                if cache[diagnostic.file] == nil { cache[diagnostic.file] = sourceLines(of: diagnostic.file) }
                Console.error(DiagnosticPrinter.text(diagnostic, sourceLines: cache[diagnostic.file]))
            }
            for summary in summaries { Console.error(DiagnosticPrinter.text(summary)) }
        }
    }

    private func sourceLines(of path: String) -> [Substring] {
        let url = URL.resolving(path, in: workingDirectory)
        guard let data = try? Data(contentsOf: url), data.count <= SourceFile.maximumSize else { return [] }
        return SourceFile(displayPath: path, text: String(decoding: data, as: UTF8.self)).lines
    }

    /// `2 errors, 1 warning`.
    static func counts(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}

/// Writes lines to standard output and standard error.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether standard error is a terminal (progress lines and timings are for people only).
    static var standardErrorIsTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) == 1 }
}

extension DiagnosticReporter.Format: ExpressibleByArgument {}
