/// One lexical unit of an expression.
struct ExpressionToken: Sendable, Hashable {
    /// What the token is.
    enum Kind: Sendable, Hashable {
        case number(Double)
        case identifier(String)
        case dot, plus, minus, star, slash, leftParen, rightParen, comma, pipe, end
    }

    var kind: Kind
    var span: ExpressionSpan
}

/// Splits expression text (as UTF-8 bytes) into tokens; the whole text is at most 500 bytes,
/// so it is tokenized up front.
struct ExpressionLexer {
    private let bytes: [UInt8]
    private var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// All tokens, ending with `.end` at the text's length.
    static func tokenize(_ bytes: [UInt8]) throws(ExpressionError) -> [ExpressionToken] {
        var lexer = ExpressionLexer(bytes: bytes)
        var tokens: [ExpressionToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The token a punctuation byte stands for: a switch, as a dictionary hashed every byte asked about.
    private static func punctuation(_ byte: UInt8) -> ExpressionToken.Kind? {
        switch byte {
        case UInt8(ascii: "."): .dot
        case UInt8(ascii: "+"): .plus
        case UInt8(ascii: "-"): .minus
        case UInt8(ascii: "*"): .star
        case UInt8(ascii: "/"): .slash
        case UInt8(ascii: "("): .leftParen
        case UInt8(ascii: ")"): .rightParen
        case UInt8(ascii: ","): .comma
        case UInt8(ascii: "|"): .pipe
        default: nil
        }
    }

    private mutating func next() throws(ExpressionError) -> ExpressionToken {
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else {
            return ExpressionToken(kind: .end, span: ExpressionSpan(offset: bytes.count, length: 0))
        }
        let start = index
        let byte = bytes[index]
        if Self.isDigit(byte) { return try number() }
        if Self.isIdentifierStart(byte) {
            while index < bytes.count, Self.isIdentifierPart(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[start..<index], as: UTF8.self)
            return ExpressionToken(kind: .identifier(name), span: span(from: start))
        }
        if let kind = Self.punctuation(byte) {
            index += 1
            return ExpressionToken(kind: kind, span: span(from: start))
        }
        throw unexpectedCharacter(at: start)
    }

    private mutating func number() throws(ExpressionError) -> ExpressionToken {
        let start = index
        skipDigits()
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), Self.isDigit(bytes[index + 1]) {
            index += 1
            skipDigits()
        }
        let mantissaEnd = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var probe = index + 1
            if probe < bytes.count, bytes[probe] == UInt8(ascii: "+") || bytes[probe] == UInt8(ascii: "-") { probe += 1 }
            guard probe < bytes.count, Self.isDigit(bytes[probe]) else {
                index = probe
                throw ExpressionError(.malformedNumber, "malformed number '\(text(from: start))': the exponent has no digits",
                                      at: span(from: start), hint: "write an exponent like '1e-3'")
            }
            index = probe
            skipDigits()
        }
        if index < bytes.count, Self.isIdentifierPart(bytes[index]) || bytes[index] == UInt8(ascii: ".") {
            while index < bytes.count, Self.isIdentifierPart(bytes[index]) || bytes[index] == UInt8(ascii: ".") { index += 1 }
            let written = text(from: start)
            let hint = written.contains(".") ? "write digits on both sides of the decimal point, e.g. '0.5'"
                : "names start with a letter or '_'"
            throw ExpressionError(.malformedNumber, "malformed number '\(written)'", at: span(from: start), hint: hint)
        }
        let written = text(from: start)
        guard let value = Double(written), value.isFinite else {
            throw ExpressionError(.numberOutOfRange, "number '\(written)' is out of range", at: span(from: start))
        }
        let mantissaHasNonZero = bytes[start..<mantissaEnd].contains { Self.isDigit($0) && $0 != UInt8(ascii: "0") }
        if value == 0 || !value.isNormal, mantissaHasNonZero {
            throw ExpressionError(.numberOutOfRange, "number '\(written)' is too small to represent", at: span(from: start))
        }
        return ExpressionToken(kind: .number(value), span: span(from: start))
    }

    private func unexpectedCharacter(at start: Int) -> ExpressionError {
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[start..<end], as: UTF8.self)
        let hint: String?
        switch character {
        case "\u{2212}", "\u{2013}", "\u{2014}": hint = "use the ASCII '-' for minus"
        case "\u{00D7}", "\u{00B7}", "\u{22C5}": hint = "use '*' for multiplication"
        case "\u{00F7}": hint = "use '/' for division"
        case "%": hint = "use the 'percent' filter, e.g. 'improvement.eer | percent'"
        case "^": hint = "powers are not supported"
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}": hint = "expressions cannot contain text"
        case "[", "]": hint = "use '.' to reach a statistic, e.g. 'improvement.rr'"
        case "{", "}": hint = "braces cannot appear inside an expression"
        default: hint = end - start > 1 ? "names use ASCII letters, digits and '_'" : nil
        }
        let shown = character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            ? character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined()
            : character
        return ExpressionError(.unexpectedCharacter, "unexpected character '\(shown)'",
                               offset: start, length: end - start, hint: hint)
    }

    private mutating func skipDigits() {
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
    }

    private func span(from start: Int) -> ExpressionSpan {
        ExpressionSpan(offset: start, length: index - start)
    }

    private func text(from start: Int) -> String {
        String(decoding: bytes[start..<index], as: UTF8.self)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte)
    }
}
