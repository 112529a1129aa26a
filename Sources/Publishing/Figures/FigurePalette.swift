/// Colours, dash patterns and marks for figures.
///
/// Arm colours come from the Okabe-Ito palette, which readers with any common colour-vision
/// deficiency tell apart; the first two (blue and vermillion) also differ in lightness, and every
/// arm also has its own dash pattern or fill pattern, so a greyscale print keeps them apart.
enum FigurePalette {
    /// Text and axes.
    static let ink = "#222222"
    /// Secondary text and tick marks.
    static let muted = "#595959"
    /// Grid lines and the outline of "nothing happens" icons.
    static let grid = "#D9D9D9"
    /// Okabe-Ito colours in the order arms receive them.
    static let arms = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
    /// The same hues darkened until text in them reaches 4.5:1 on white (WCAG AA), for labels.
    static let armTexts = ["#0072B2", "#BF5400", "#008460", "#A15F83", "#9C6C00", "#3A7A9E"]
    /// Dash patterns in the order arms receive them (solid first).
    static let dashes = ["", "8 4", "2 3", "10 3 2 3", "4 4", "1 2"]

    /// The colour of arm `index`.
    static func arm(_ index: Int) -> String { arms[index % arms.count] }

    /// The colour of arm `index`'s labels: its hue, dark enough to read.
    static func armText(_ index: Int) -> String { armTexts[index % armTexts.count] }

    /// The dash pattern of arm `index`.
    static func dash(_ index: Int) -> String { dashes[index % dashes.count] }
}
