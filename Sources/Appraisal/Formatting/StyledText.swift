/// Formatted text as a run of plain and italic segments.
///
/// Number styles need italics (AMA and APA set the P of a P value in italics) but this module
/// must not know HTML: the renderer walks `segments` and decides how to mark italics up
/// (`<em>` in HTML, `*` in Markdown, nothing in plain text or JSON).
/// Segments are kept normalized: no empty segments, and no two neighbours of the same kind,
/// so two values that read the same compare equal.
public struct StyledText: Hashable, Sendable, CustomStringConvertible {
    /// One stretch of text with a single typographic treatment.
    public enum Segment: Hashable, Sendable {
        /// Upright text.
        case plain(String)
        /// Text set in italics (for example the P of an AMA or APA P value).
        case italic(String)

        /// The characters of the segment, without its treatment.
        public var text: String {
            switch self {
            case .plain(let text), .italic(let text): text
            }
        }

        /// Whether the segment is set in italics.
        public var isItalic: Bool {
            if case .italic = self { return true }
            return false
        }
    }

    /// The segments in reading order, normalized (see the type's documentation).
    public private(set) var segments: [Segment]

    /// Builds styled text from segments, dropping empty ones and merging neighbours of one kind.
    public init(_ segments: [Segment]) {
        self.init(merging: segments)
    }

    /// `init(_:)` for any sequence of segments, such as several texts' segments joined.
    ///
    /// Each run of one treatment is gathered in one string, appended to in place: joining a
    /// figure and its interval with `+` made a string and an array at every step.
    init<Segments: Sequence<Segment>>(merging segments: Segments) {
        var merged: [Segment] = []
        merged.reserveCapacity(segments.underestimatedCount)
        var run = ""
        var runIsItalic = false
        for segment in segments where !segment.text.isEmpty {
            if !run.isEmpty, segment.isItalic == runIsItalic {
                run += segment.text
                continue
            }
            if !run.isEmpty { merged.append(runIsItalic ? .italic(run) : .plain(run)) }
            run = segment.text
            runIsItalic = segment.isItalic
        }
        if !run.isEmpty { merged.append(runIsItalic ? .italic(run) : .plain(run)) }
        self.segments = merged
    }

    /// Builds styled text made of a single upright string.
    public init(plain text: String) {
        // Every printed figure is built from a few of these: no merging pass for one segment.
        segments = text.isEmpty ? [] : [.plain(text)]
    }

    /// The text with all treatments removed, for plain-text output, JSON and comparisons.
    public var plainText: String {
        segments.map(\.text).joined()
    }

    /// Same as `plainText`, so that string interpolation prints the readable text.
    public var description: String { plainText }

    /// Renders the text by mapping each segment, e.g. HTML-escaping plain text and wrapping
    /// italics in `<em>`; the closures receive the raw characters of each segment.
    public func rendered(plain: (String) -> String, italic: (String) -> String) -> String {
        segments.map { segment in
            switch segment {
            case .plain(let text): plain(text)
            case .italic(let text): italic(text)
            }
        }.joined()
    }

    /// Concatenates two styled texts, keeping them normalized.
    ///
    /// Both are normalized already, so only the two segments where they meet may merge.
    public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        guard let last = lhs.segments.last else { return rhs }
        guard let first = rhs.segments.first else { return lhs }
        var joined = lhs
        joined.segments.reserveCapacity(lhs.segments.count + rhs.segments.count)
        switch (last, first) {
        case (.plain(let previous), .plain(let next)):
            joined.segments[joined.segments.count - 1] = .plain(previous + next)
            joined.segments += rhs.segments.dropFirst()
        case (.italic(let previous), .italic(let next)):
            joined.segments[joined.segments.count - 1] = .italic(previous + next)
            joined.segments += rhs.segments.dropFirst()
        default:
            joined.segments += rhs.segments
        }
        return joined
    }
}
