import Appraisal
import FuzzSupport
import Publishing

/// The built-in templates, loaded once.
let templates: TemplateSet? = try? TemplateSet.builtIn().get()

/// libFuzzer's entry point: the input is the body of an appraisal, rendered into a whole page, its
/// JSON and its exports (the HTML body and the JATS article walk the whole Markdown tree).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer, let templates else { return 0 }
    let source = AppraisalSource(file: SourceFile(displayPath: "fuzz.md", text: "---\ntitle: T\ndate: 2020-01-01\n---\n" + text(data, size)))
    let output = ReportRenderer(templates: templates).render(source)
    if output.page == nil, !output.diagnostics.contains(where: { $0.severity == .error }) {
        fatalError("no page and no error for \(text(data, size).debugDescription)")
    }
    return 0
}

/// The executable: libFuzzer's driver calling `fuzzPage`.
@main struct FuzzPageMain {
    /// Starts fuzzing with the command line's options and corpus folders.
    static func main() {
        runFuzzer(fuzzPage)
    }
}
