import Appraisal
import Foundation

/// What `serve` printed last for each file, so that a rebuild prints only the findings that changed.
final class FindingsMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var last: [String: [Diagnostic]] = [:]

    /// The diagnostics of every file whose findings differ from the previous build's, and a note
    /// for each file whose findings are all gone.
    func changed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let now = Dictionary(grouping: diagnostics, by: \.file)
        lock.lock()
        defer { lock.unlock() }
        var shown = diagnostics.filter { last[$0.file] != now[$0.file] }
        for file in last.keys.sorted() where now[file] == nil {
            shown.append(Diagnostic(file: file, position: nil, severity: .note, code: "findings-cleared", message: "no findings now"))
        }
        last = now
        return shown
    }
}
