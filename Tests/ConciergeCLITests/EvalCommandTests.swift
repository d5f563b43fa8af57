import Foundation
import Testing

@Suite struct EvalCommandTests {
    let train = """
        {"text": "hello there", "intent": "greet", "slots": []}
        {"text": "hi", "intent": "greet", "slots": []}
        {"text": "good morning", "intent": "greet", "slots": []}
        {"text": "how much is it", "intent": "pricing", "slots": []}
        {"text": "what does it cost", "intent": "pricing", "slots": []}
        {"text": "price list please", "intent": "pricing", "slots": []}

        """

    @Test func printsTheJSONKeys() throws {
        let folder = try ConciergeProcess.temporaryFolder([
            "train.jsonl": train,
            "test.jsonl": "{\"text\": \"hello\", \"intent\": \"greet\"}\n{\"text\": \"the cost\", \"intent\": \"pricing\"}\n{\"text\": \"weather on mars\", \"intent\": \"oos\"}\n",
            "val.jsonl": "{\"text\": \"hi there\", \"intent\": \"greet\"}\n{\"text\": \"is it raining\", \"intent\": \"oos\"}\n",
        ])
        let output = try ConciergeProcess.run(
            ["eval", "--train", "train.jsonl", "--test", "test.jsonl", "--tune-threshold", "val.jsonl", "--json"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        for key in ["accuracy", "macro_f1", "in_scope_accuracy", "oos_recall", "threshold", "train_seconds",
                    "latency_us_median", "utterances_per_second"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["in_scope_accuracy"] is Double)
        #expect(object["oos_recall"] is Double)
    }

    @Test func oosRecallIsNullWithoutOutOfScopeItems() throws {
        let folder = try ConciergeProcess.temporaryFolder(["train.jsonl": train, "test.jsonl": train])
        let output = try ConciergeProcess.run(["eval", "--train", "train.jsonl", "--test", "test.jsonl", "--json"], in: folder)
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["oos_recall"] is NSNull)
        #expect(object["accuracy"] as? Double == 1)
    }

    @Test func aMalformedLineNamesTheFileAndLine() throws {
        let folder = try ConciergeProcess.temporaryFolder([
            "train.jsonl": train, "test.jsonl": "{\"text\": \"hi\", \"intent\": \"greet\"}\n{\"text\": \"hi\"\n",
        ])
        let output = try ConciergeProcess.run(["eval", "--train", "train.jsonl", "--test", "test.jsonl"], in: folder)
        #expect(output.status != 0)
        #expect(output.stderr.contains("test.jsonl:2: error:"))
        #expect(output.stdout.isEmpty)
    }

    @Test(arguments: ["--slot-value-weight", "--meaning-weight"])
    func aFeatureBlockCanBeWeighedOrTurnedOffButNotNegative(_ option: String) throws {
        let folder = try ConciergeProcess.temporaryFolder(["train.jsonl": train, "test.jsonl": train])
        for weight in ["0", "2.5"] {
            let run = try ConciergeProcess.run(
                ["eval", "--train", "train.jsonl", "--test", "test.jsonl", "--json", option, weight], in: folder)
            #expect(run.status == 0, "\(option) \(weight): \(run.stderr)")
        }
        let negative = try ConciergeProcess.run(
            ["eval", "--train", "train.jsonl", "--test", "test.jsonl", "\(option)=-0.5"], in: folder)
        #expect(negative.status != 0)
        #expect(negative.stderr.contains("\(option) takes a weight of 0 or more"))
    }

    @Test func aMissingFileIsAnError() throws {
        let output = try ConciergeProcess.run(["eval", "--train", "/nonexistent.jsonl", "--test", "/nonexistent.jsonl"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("/nonexistent.jsonl"))
    }
}
