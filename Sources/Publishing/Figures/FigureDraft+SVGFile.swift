import Markdown

extension FigureDraft {
    /// The figure as a standalone SVG file (what the JATS article's `<graphic>` points at): an
    /// XML declaration, fixed dimensions, and the same title, description and drawing as the page.
    func svgFile(number: Int) -> String {
        let width = SVG.number(self.width), height = SVG.number(self.height)
        let svg: SafeHTML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" font-family=\"\(SVG.fontFamily)\" font-size=\"14\" fill=\"\(FigurePalette.ink)\">\n<title>Figure \(number): \(title)</title>\n<desc>\(description)</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n\(body)</svg>\n"
        return svg.markup
    }
}
