import Appraisal
import Markdown

extension StyledText {
    /// The text as HTML: italic segments in `<i>`, everything escaped.
    var html: SafeHTML {
        SafeHTML(joining: segments.map { segment -> SafeHTML in
            segment.isItalic ? "<i>\(segment.text)</i>" : SafeHTML(escaping: segment.text)
        })
    }
}
