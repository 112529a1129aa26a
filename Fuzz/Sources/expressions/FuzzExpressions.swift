import Appraisal
import FuzzSupport

/// libFuzzer's entry point: the input is prose with inline expressions, beside a valid block.
/// Masking must give back the text it was given, placeholders restored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpressions(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    let input = text(data, size)
    let masked = ExpressionMasking.mask(input[...], firstLine: 1)
    let restored = ExpressionMasking.restore(masked.parsedText, sites: masked.sites)
    if !input.unicodeScalars.contains(where: { (0xE000...0xE01F).contains($0.value) }), restored != input {
        fatalError("masking lost text: \(input.debugDescription) came back as \(restored.debugDescription)")
    }
    analyse(body: input + "\n\n```data t\ntype: binary\narms:\n  A: 7/8\n  B: 2/7\n```\n")
    return 0
}

/// The executable: libFuzzer's driver calling `fuzzExpressions`.
@main struct FuzzExpressionsMain {
    /// Starts fuzzing with the command line's options and corpus folders.
    static func main() {
        runFuzzer(fuzzExpressions)
    }
}
