import FuzzSupport

/// libFuzzer's entry point: the input is the rows of a survival block's inline CSV.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    let rows = text(data, size).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    analyse(body: "Median {{ s.a.median }}.\n\n```data s\ntype: survival\ncsv: |\n  group,time,event\n" + rows + "\n```\n")
    return 0
}

/// The executable: libFuzzer's driver calling `fuzzCSV`.
@main struct FuzzCSVMain {
    /// Starts fuzzing with the command line's options and corpus folders.
    static func main() {
        runFuzzer(fuzzCSV)
    }
}
