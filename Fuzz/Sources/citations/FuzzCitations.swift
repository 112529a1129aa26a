import Appraisal
import FuzzSupport

/// libFuzzer's entry point: the input is prose with citations. The segments must cover the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCitations(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    let input = text(data, size)
    let utf8 = Array(input.utf8)
    var rebuilt = ""
    for segment in CitationSyntax.segments(input) {
        switch segment {
        case .text(let plain): rebuilt += plain
        case .citation(_, let offset, let length):
            rebuilt += String(decoding: utf8[offset..<(offset + length)], as: UTF8.self)
        }
    }
    if rebuilt != input { fatalError("citation segments do not cover \(input.debugDescription)") }
    analyse(body: input)
    return 0
}

/// The executable: libFuzzer's driver calling `fuzzCitations`.
@main struct FuzzCitationsMain {
    /// Starts fuzzing with the command line's options and corpus folders.
    static func main() {
        runFuzzer(fuzzCitations)
    }
}
