import Appraisal
import CFuzzDriver
import Glibc

/// Runs libFuzzer on `test` with the process's command line, and exits with its status.
public func runFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    exit(appraise_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, test))
}

/// The fuzzer's bytes as text (invalid UTF-8 repaired: reading a file rejects it before any parser).
public func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// A whole document with `body` after a valid front matter, read and analysed as `check` does;
/// returns a count so that the work is not optimised away.
@discardableResult
public func analyse(body: String) -> Int {
    analyse(document: "---\ntitle: T\ndate: 2020-01-01\n---\n" + body)
}

/// A whole source file read and analysed as `check` does.
@discardableResult
public func analyse(document: String) -> Int {
    let source = AppraisalSource(file: SourceFile(displayPath: "fuzz.md", text: document))
    let analysis = DocumentAnalysis(source, files: nil)
    let structure = AppraisalStructure(source, files: nil)
    return analysis.diagnostics.count + structure.diagnostics.count + analysis.values.count
}
