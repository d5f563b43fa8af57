import ConciergeJSON
import ConciergeTestSupport
import Foundation
import Testing

extension ConciergeProcess {
    /// The response lines of one `concierge serve` run (`arguments` follow "serve"), each
    /// checked against the protocol's response schema; the run must exit 0.
    ///
    ///     try ConciergeProcess.serveResponses(["--no-store"], requests: [#"{"session":"a","text":"hi"}"#])
    static func serveResponses(_ arguments: [String], requests: [String]) throws -> [JSONValue] {
        let output = try run(["serve"] + arguments, stdin: Data(requests.map { $0 + "\n" }.joined().utf8))
        #expect(output.status == 0, "\(output.stderr)")
        let schema = try SchemaValidator.load(repositoryRoot.appendingPathComponent("schemas/protocol-response.schema.json").path)
        return try output.stdoutLines.map { line in
            let response = try SchemaValidator.decode(line)
            let problems = SchemaValidator.validate(response, against: schema)
            #expect(problems.isEmpty, "\(line): \(problems)")
            return response
        }
    }
}
