import FuzzSupport

/// libFuzzer's entry point: the input is the YAML inside a `data t` fence, named by an expression.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataBlocks(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    analyse(body: "NNT {{ t.nnt }}, RR {{ t.rr | ci }}.\n\n```data t\n" + text(data, size) + "\n```\n")
    return 0
}

/// The executable: libFuzzer's driver calling `fuzzDataBlocks`.
@main struct FuzzDataBlocksMain {
    /// Starts fuzzing with the command line's options and corpus folders.
    static func main() {
        runFuzzer(fuzzDataBlocks)
    }
}
