import ConciergeBot
import ConciergeText
import Yams

extension YAMLReader {
    /// An intent's or an FAQ entry's `patterns:` (one string or a list), each parsed, with a
    /// diagnostic at the place of each mistake.
    ///
    ///     patterns:
    ///       - "(talk|speak) to (a|) human *"
    mutating func phrasePatterns(_ node: Node, tokenizer: Tokenizer) -> [PhrasePattern] {
        let items: [Node]
        if node.scalar != nil, !YAMLReader.isNull(node) {
            items = [node]
        } else {
            guard let list = sequence(node, expected: "a list of patterns") else { return [] }
            items = list
        }
        var patterns: [PhrasePattern] = []
        for item in items {
            guard item.scalar != nil, !YAMLReader.isNull(item), let text = item.string else {
                diagnostics.emit(.patternNotString, at: source.location(of: item))
                continue
            }
            let place = source.textPlace(of: item)
            switch PhrasePattern.parse(text, location: place.base, tokenizer: tokenizer) {
            case .success(let pattern):
                patterns.append(pattern)
            case .failure(let failure):
                for error in failure.errors {
                    diagnostics.emit(.patternSyntax(error.message), at: place.location(at: error.offset))
                }
            }
        }
        return patterns
    }
}
