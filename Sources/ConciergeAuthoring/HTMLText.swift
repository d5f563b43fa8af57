/// Escaping for text put into HTML and SVG: bot examples are user-written and may hold
/// `<`, `&` or quotes, which must show as text and never become markup.
///
///     HTMLText.escape("<b>\"hi\" & bye</b>")   // "&lt;b&gt;&quot;hi&quot; &amp; bye&lt;/b&gt;"
enum HTMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // Control characters are not allowed in HTML text; show them as a replacement.
            case "\u{00}"..."\u{08}", "\u{0B}", "\u{0C}", "\u{0E}"..."\u{1F}", "\u{7F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
