import Appraisal
import ArgumentParser
import Foundation

extension Appraise {
    /// `appraise new "Title"`: a skeleton critically appraised topic in appraisals/.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Start a new appraisal: a skeleton with every section of a critically appraised topic.",
            discussion: """
                Writes appraisals/<slug>.md with the checklist for the design and TODO: placeholders, which \
                'appraise check --strict' reports until they are filled in. Never overwrites an existing file.
                """)

        @Argument(help: ArgumentHelp("The appraisal's title; the file is named after it.", valueName: "title"))
        var title: String

        @Option(help: ArgumentHelp("The appraised study's design, which chooses the checklist.", valueName: "design"))
        var design: Design = .rct

        /// The designs that have a checklist.
        enum Design: String, ExpressibleByArgument, CaseIterable {
            case rct, cohort, caseControl = "case-control", systematicReview = "systematic-review", diagnostic
            case prognosis, clinicalPredictionRule = "clinical-prediction-rule", qualitative
            case economicEvaluation = "economic-evaluation"
        }

        func validate() throws {
            guard !title.trimmingWhitespace().isEmpty else { throw ValidationError("the title must not be empty") }
        }

        func run() throws {
            guard let checklist = ChecklistCatalogue.design(design.rawValue) else { throw ExitCode.failure }
            let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let folder = workingDirectory.appendingPathComponent("appraisals")
            let name = "appraisals/\(AppraisalScaffold.slug(title)).md"
            let url = workingDirectory.appendingPathComponent(name)
            guard !FileManager.default.fileExists(atPath: url.path) else {
                Console.error("error: \(name) already exists; appraise new never overwrites a file (choose another title, or edit it)")
                throw ExitCode.failure
            }
            let text = AppraisalScaffold.markdown(title: title.trimmingWhitespace(), design: checklist, date: BuildDate.current())
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                Console.error("error: cannot write \(name): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            Console.out("wrote \(name) (\(checklist.name.lowercased())); fill in every TODO:, then run: appraise check --strict \(name)")
        }
    }
}
