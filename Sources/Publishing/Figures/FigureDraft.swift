import Markdown

/// A drawn figure before it is numbered and framed: its picture, the words for screen readers,
/// and the caption.
struct FigureDraft {
    /// The figure's name as written in `figures:` (`icons`, `forest`, `km`, `bars`).
    var kind: String
    /// The width of the drawing in SVG units.
    var width: Double
    /// The height of the drawing in SVG units.
    var height: Double
    /// A short name for the `<title>`.
    var title: String
    /// Everything the picture shows, numbers included, for the `<desc>`.
    var description: String
    /// The SVG content (everything inside `<svg>` after `<title>` and `<desc>`).
    var body: SafeHTML
    /// The caption after "Figure N.".
    var caption: SafeHTML

    /// The complete `<figure>`: the SVG, which scales to the column's width, and its caption.
    func html(number: Int) -> SafeHTML {
        let id = "figure-\(number)"
        let svg: SafeHTML = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVG.number(width)) \(SVG.number(height))\" width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"\(SVG.fontFamily)\" font-size=\"14\" fill=\"\(FigurePalette.ink)\">\n<title id=\"\(id)-title\">Figure \(number): \(title)</title>\n<desc id=\"\(id)-desc\">\(description)</desc>\n\(body)</svg>\n"
        // A drawing wider than the column's 480 units (a forest plot of many columns) keeps its
        // text readable on a phone by scrolling sideways in a focusable, labelled region.
        let drawing: SafeHTML = width > 480
            ? "<div class=\"figure-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Figure \(number), scrolls sideways\">\n\(svg)</div>\n"
            : svg
        return "<figure class=\"figure figure-\(kind)\" id=\"\(id)\">\n\(drawing)<figcaption><span class=\"figure-label\">Figure \(number).</span> \(caption)</figcaption>\n</figure>\n"
    }
}
