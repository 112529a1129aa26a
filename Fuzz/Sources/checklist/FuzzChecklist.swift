import FuzzSupport

/// libFuzzer's entry point: the input is the answers inside a `checklist rct` fence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecklist(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    analyse(body: "```checklist rct\n" + text(data, size) + "\n```\n")
    return 0
}

/// The executable: libFuzzer's driver calling `fuzzChecklist`.
@main struct FuzzChecklistMain {
    /// Starts fuzzing with the command line's options and corpus folders.
    static func main() {
        runFuzzer(fuzzChecklist)
    }
}
