/// Text decoded from UTF-8 bytes that must be valid, checked piece by piece.
///
/// The standard library checks an all-ASCII buffer a word at a time, but a buffer with a single
/// other character (a `±` in a data block) byte by byte, all of it: 2% of a site build. Cut into
/// pieces of about 4 KB, each piece is checked on its own, and only those with such a character
/// take the slow path. A piece is always cut before an ASCII byte, which never lies inside a
/// character's bytes and ends any sequence left open, so the whole is valid exactly when every
/// piece is.
enum UTF8Text {
    /// The size a piece grows to before it is cut at the next ASCII byte.
    static let pieceSize = 4096

    /// The text of `bytes`; nil when they are not valid UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, pieceSize: Int = UTF8Text.pieceSize) -> String? {
        guard bytes.count > pieceSize else { return String(validating: bytes, as: UTF8.self) }
        var text = ""
        text.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            var end = min(start + max(1, pieceSize), bytes.count)
            while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
            guard let piece = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) else { return nil }
            text += piece
            start = end
        }
        return text
    }
}
