extension String {
    /// A string of `bytes` that a writer assembled only from the UTF-8 of other strings, whole
    /// multi-byte sequences and ASCII, so that they are valid UTF-8 by construction.
    ///
    /// `String(decoding:as:)` checks every byte again; for the pages, bodies and exports a build
    /// writes (hundreds of kilobytes per document) that check cost about a twentieth of a build.
    /// Writers that cut text only at ASCII bytes, or drop whole sequences, qualify; anything read
    /// from outside (files, C strings, user input) does not. Debug builds, and so the tests and the
    /// fuzzers, still check that the bytes are valid.
    public init(assembledUTF8 bytes: [UInt8]) {
        assert((try? UTF8Span(validating: bytes.span)) != nil, "assembled bytes are not valid UTF-8")
        self = String(copying: unsafe UTF8Span(unchecked: bytes.span))
    }
}
