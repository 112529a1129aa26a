/// A link's destination or an image's source, with where the link or image stands: what the
/// link audit reads of a document.
///
/// They are collected while cmark's tree is converted, which visits every node anyway: finding
/// them afterwards took a walk of the whole tree, a reference count for each of its nodes.
public struct LinkTarget: Hashable, Sendable {
    /// The destination of a link or the source of an image, as the tree has it.
    public var target: String
    /// Whether it is an image's source.
    public var isImage: Bool
    /// Where the link or image is in the source file; nil for generated nodes.
    public var range: SourceRange?

    /// A target of a link (or, with `isImage`, of an image) at `range`.
    public init(target: String, isImage: Bool, range: SourceRange?) {
        self.target = target
        self.isImage = isImage
        self.range = range
    }
}
