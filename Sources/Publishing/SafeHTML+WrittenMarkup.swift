import Markdown

extension SafeHTML {
    /// Markup this module wrote as UTF-8 bytes, every text in it escaped as it was appended
    /// (by `SafeHTML.appendEscaped`, copied from another `SafeHTML`, or by a JSON writer escaping
    /// for `<script>`): head tags and generated tables.
    init(writtenMarkup bytes: [UInt8]) {
        self = SafeHTML(stringLiteral: String(assembledUTF8: bytes))
    }
}
