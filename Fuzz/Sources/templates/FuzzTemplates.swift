import FuzzSupport
@testable import Publishing

/// A context with a value of every kind, nested objects and lists.
let context = TemplateValue.object([
    "name": .text("<A & 'B'>\n"), "flag": .flag(true), "off": .flag(false), "html": .html("<b>x</b>"), "empty": .list([]),
    "items": .list([.object(["name": .text("one")]), .object(["name": .text("t\"wo"), "flag": .flag(false)])]),
    "words": .list([.text("a"), .text("b\r\n")]), "obj": .object(["name": .text("inner"), "obj": .object(["name": .text("deep")])]),
])

/// libFuzzer's entry point: the input is a template's text. Whatever our syntax check and
/// `CompiledTemplate` take, swift-mustache must take too (a user's template that `CompiledTemplate`
/// takes is compiled by swift-mustache only when first needed, with no error reported), and the
/// two must render the same text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplates(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard (try? MustacheSyntax.parse(text)) != nil, let compiled = CompiledTemplate(TemplateCompiler.pragma + text) else { return 0 }
    guard let mustache = try? TemplateCompiler.compile(text) else {
        fatalError("\(text.debugDescription) is taken by CompiledTemplate but not by swift-mustache")
    }
    let expected = mustache.render(context.mustacheValue)
    let rendered = compiled.render(context, library: [:])
    if rendered != expected {
        fatalError("\(text.debugDescription) rendered \(rendered.debugDescription), swift-mustache \(expected.debugDescription)")
    }
    return 0
}

/// The executable: libFuzzer's driver calling `fuzzTemplates`.
@main struct FuzzTemplatesMain {
    /// Starts fuzzing with the command line's options and corpus folders.
    static func main() {
        runFuzzer(fuzzTemplates)
    }
}
