/// Text escaped for XML content and attribute values, with characters XML 1.0 forbids removed.
enum XMLText {
    /// `text` with `& < > " '` as entities and control characters other than tab and line breaks dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                guard value >= 0x20, !(0xFFFE...0xFFFF).contains(value) else { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
