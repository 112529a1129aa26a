/// A point in a source file: 1-based line and 1-based column counted in UTF-8 bytes.
///
/// Named apart from Swift Testing's `SourceLocation` so tests stay unambiguous. Columns count
/// bytes, as compilers and cmark do, so a caret lines up under ASCII text and stays stable
/// whatever the terminal's idea of character width.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The line, starting at 1.
    public var line: Int
    /// The column in UTF-8 bytes, starting at 1.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as diagnostics print it.
    public var description: String { "\(line):\(column)" }

    /// Orders positions by line, then column.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// The same position moved down by `lines`, for text that began further into a file.
    public func shifted(byLines lines: Int) -> SourcePosition {
        SourcePosition(line: line + lines, column: column)
    }
}

/// The span of source text a node came from, both ends inclusive.
public struct SourceRange: Hashable, Sendable {
    /// Where the node starts.
    public var start: SourcePosition
    /// Where the node ends (inclusive).
    public var end: SourcePosition

    /// Creates a range from its two ends.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The same range moved down by `lines`.
    public func shifted(byLines lines: Int) -> SourceRange {
        SourceRange(start: start.shifted(byLines: lines), end: end.shifted(byLines: lines))
    }
}
