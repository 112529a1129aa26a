import Appraisal
import Foundation
@testable import Publishing
import Testing

/// The built-in templates are compiled by swift-mustache only when first rendered; each of them
/// compiles, so none can fall back to rendering nothing.
struct BuiltInTemplateTests {
    @Test func everyBuiltInTemplateCompiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, text) in BuiltInTemplates.files { try folder.write(text, to: "templates/\(name)") }
        // Files of the user's are compiled as they load: a template that does not compile fails the load.
        let loaded = TemplateSet.load(directory: folder.url.appendingPathComponent("templates"), displayPath: "templates")
        #expect(throws: Never.self) { try loaded.get() }
        let builtIn = try Fixtures.builtInTemplates()
        let user = try loaded.get()
        #expect(Set(builtIn.templates.keys) == Set(user.templates.keys))
        for (name, template) in builtIn.templates {
            #expect(template.mustache.description == user.templates[name]?.mustache.description, "\(name)")
        }
    }
}
