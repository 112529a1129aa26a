import FuzzSupport

/// libFuzzer's entry point: the input is a whole source file, front matter first.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    analyse(document: text(data, size))
    return 0
}

/// The executable: libFuzzer's driver calling `fuzzFrontMatter`.
@main struct FuzzFrontMatterMain {
    /// Starts fuzzing with the command line's options and corpus folders.
    static func main() {
        runFuzzer(fuzzFrontMatter)
    }
}
