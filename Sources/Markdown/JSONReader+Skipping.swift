extension JSONReader {
    /// Reads one value of any kind and throws it away, checking that it is JSON: for members a
    /// reader does not know (written by a later version, say).
    ///
    /// Nested arrays and objects are followed with a list of the open ones rather than by
    /// recursion, so no document can exhaust the stack; more than `maximumDepth` open at once is
    /// a failure.
    public mutating func skipValue() throws(Failure) {
        /// The closing bracket of each open container, innermost last.
        var open: [UInt8] = []
        repeat {
            switch nextToken() {
            case UInt8(ascii: "{"):
                try enter(UInt8(ascii: "}"), in: &open)
                if nextToken() != UInt8(ascii: "}") {
                    try skipKey()
                    continue
                }
            case UInt8(ascii: "["):
                try enter(UInt8(ascii: "]"), in: &open)
                if nextToken() != UInt8(ascii: "]") { continue }
            case UInt8(ascii: "\""):
                try skipString()
            case UInt8(ascii: "t"), UInt8(ascii: "f"):
                _ = try readBool()
            case UInt8(ascii: "n"):
                _ = try readNull()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try skipNumber()
            default:
                throw failure("expected a value")
            }
            // A value is complete: close the containers it completes, then go on to the next value.
            while let closing = open.last {
                let next = nextToken()
                if next == closing {
                    offset += 1
                    open.removeLast()
                } else if next == UInt8(ascii: ",") {
                    offset += 1
                    if closing == UInt8(ascii: "}") { try skipKey() }
                    break
                } else {
                    throw failure(closing == UInt8(ascii: "}") ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array")
                }
            }
        } while !open.isEmpty
    }

    /// Reads the opening bracket of an array or object and notes it as open, unless too many are
    /// open already; an empty one is closed again by the loop that follows its value.
    private mutating func enter(_ closing: UInt8, in open: inout [UInt8]) throws(Failure) {
        guard open.count < JSONReader.maximumDepth else { throw failure("arrays and objects nested too deeply") }
        offset += 1
        open.append(closing)
    }

    /// Skips an object member's key and the colon after it.
    private mutating func skipKey() throws(Failure) {
        guard nextToken() == UInt8(ascii: "\"") else { throw failure("expected a member's key") }
        try skipString()
        try consume(UInt8(ascii: ":"), "':' after a key")
    }
}
