import Foundation

/// The self-contained HTML page of `concierge test --report DIR`: inline CSS and SVG, no
/// scripts and no network fetches, every bot-written text escaped. A person opens
/// `DIR/index.html` in a browser to see where the bot is confused.
///
///     let page = HTMLReport(run: run, botName: "brightwave", seed: 0).html
///     try HTMLReport(run: run, botName: "brightwave", seed: 0).write(to: "report")   // report/index.html
public struct HTMLReport: Sendable {
    public var run: BotTestRun
    public var botName: String
    public var seed: UInt64

    public init(run: BotTestRun, botName: String, seed: UInt64) {
        self.run = run
        self.botName = botName
        self.seed = seed
    }

    /// Writes `index.html` into `directory`, creating it; returns the file's path.
    @discardableResult
    public func write(to directory: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent("index.html")
        try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    public var html: String {
        let cv = run.crossValidation
        let failed = run.conversations.filter { !$0.passed }.count
        let title = "Concierge test report — \(HTMLText.escape(botName))"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(HTMLReport.css)</style>
            </head>
            <body>
            <h1>\(title)</h1>
            <div class="cards">
            \(card("accuracy", percent(cv.metrics.accuracy)))
            \(card("macro-F1", percent(cv.metrics.macroF1)))
            \(card("examples", "\(cv.exampleCount)"))
            \(card("intents", "\(cv.intents.count)"))
            \(card("misclassified", "\(cv.errors.count)", bad: !cv.errors.isEmpty))
            \(card("conversations", "\(run.conversations.count - failed)/\(run.conversations.count) pass", bad: failed > 0))
            </div>
            <p class="muted">\(run.folds)-fold stratified cross-validation on the bot's own examples, seed \(seed): \
            every example is classified by a model trained without it.</p>
            <h2>Confusion matrix</h2>
            <p class="muted">Rows are the intents examples belong to, columns what the model predicted. \
            Blue cells are right, red cells are mistakes; hover a cell for its pair.</p>
            <div class="scroll">\(ConfusionMatrixSVG(labels: cv.intents, matrix: cv.matrix).svg)</div>
            <h2>Per intent</h2>
            \(intentTable)
            <h2>Misclassified examples (\(cv.errors.count))</h2>
            \(errorTable)
            <h2>Conversation tests (\(run.conversations.count - failed) passed, \(failed) failed)</h2>
            \(conversationList)
            </body>
            </html>

            """
    }

    private var intentTable: String {
        let rows = run.crossValidation.metrics.labels.map { label in
            let weak = label.f1 < 0.8 ? " class=\"weak\"" : ""
            return "<tr\(weak)><td>\(HTMLText.escape(label.name))</td><td>\(fixed(label.precision))</td>"
                + "<td>\(fixed(label.recall))</td><td>\(bar(label.f1))</td><td class=\"num\">\(label.support)</td></tr>"
        }
        return "<table><thead><tr><th>intent</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr></thead>"
            + "<tbody>\(rows.joined(separator: "\n"))</tbody></table>"
    }

    private var errorTable: String {
        let errors = run.crossValidation.errors
        guard !errors.isEmpty else { return "<p class=\"ok\">Every example was classified correctly.</p>" }
        let rows = errors.map { error in
            "<tr><td class=\"loc\">\(HTMLText.escape(error.example.location.description))</td>"
                + "<td>\(HTMLText.escape(error.example.text))</td><td>\(HTMLText.escape(error.gold))</td>"
                + "<td class=\"bad\">\(HTMLText.escape(error.predicted))</td><td class=\"num\">\(fixed(error.confidence, 2))</td></tr>"
        }
        return "<table><thead><tr><th>where</th><th>example</th><th>expected</th><th>predicted</th><th>confidence</th>"
            + "</tr></thead><tbody>\(rows.joined(separator: "\n"))</tbody></table>"
    }

    private var conversationList: String {
        var items = run.transcriptDiagnostics.map {
            "<li class=\"fail\"><span class=\"loc\">\(HTMLText.escape($0.location.description))</span> \(HTMLText.escape($0.message))</li>"
        }
        for conversation in run.conversations {
            let badge = conversation.passed ? "<span class=\"pass\">pass</span>" : "<span class=\"failbadge\">fail</span>"
            var item = "<li>\(badge) <span class=\"loc\">\(HTMLText.escape(conversation.location.description))</span> "
                + "\(HTMLText.escape(conversation.name)) <span class=\"muted\">(\(conversation.turns) turns)</span>"
            if !conversation.failures.isEmpty {
                item += "<ul>" + conversation.failures.map {
                    "<li><span class=\"loc\">\(HTMLText.escape($0.location.description))</span> \(HTMLText.escape($0.message))</li>"
                }.joined() + "</ul>"
            }
            items.append(item + "</li>")
        }
        guard !items.isEmpty else { return "<p class=\"muted\">This bot has no conversation tests (tests/*.yml).</p>" }
        return "<ul class=\"conversations\">\(items.joined(separator: "\n"))</ul>"
    }

    private func card(_ label: String, _ value: String, bad: Bool = false) -> String {
        "<div class=\"card\(bad ? " badcard" : "")\"><div class=\"value\">\(HTMLText.escape(value))</div>"
            + "<div class=\"label\">\(HTMLText.escape(label))</div></div>"
    }

    private func bar(_ value: Double) -> String {
        let width = Int((min(max(value, 0), 1) * 100).rounded())
        return "<div class=\"bar\"><div style=\"width:\(width)%\"></div><span>\(fixed(value))</span></div>"
    }

    private func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    private func fixed(_ value: Double, _ places: Int = 3) -> String { String(format: "%.\(places)f", value) }

    static let css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2330;margin:32px auto;max-width:1300px;padding:0 24px}
        h1{font-size:24px;margin:0 0 16px}h2{font-size:19px;margin:36px 0 8px;border-bottom:1px solid #e3e6ec;padding-bottom:4px}
        .muted{color:#667085}.ok{color:#15803d}.bad{color:#b91c1c;font-weight:600}
        .cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #e3e6ec;border-radius:8px;padding:10px 16px;min-width:120px}
        .card .value{font-size:22px;font-weight:650}.card .label{color:#667085;font-size:13px}.badcard{border-color:#fca5a5;background:#fef2f2}
        .scroll{overflow-x:auto}table{border-collapse:collapse;margin:8px 0;font-size:14px}
        th,td{padding:4px 12px;border-bottom:1px solid #eef0f4;text-align:left;vertical-align:top}th{background:#f6f7f9;font-weight:600}
        td.num{text-align:right}tr.weak td:first-child{color:#b91c1c;font-weight:600}
        .loc{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;color:#475467;white-space:nowrap}
        .bar{position:relative;width:140px;height:18px;background:#f1f3f6;border-radius:3px}
        .bar div{position:absolute;left:0;top:0;bottom:0;background:#93c5fd;border-radius:3px}
        .bar span{position:relative;padding-left:6px;font-size:13px}
        ul.conversations{list-style:none;padding:0}ul.conversations>li{padding:3px 0}
        ul.conversations ul{margin:4px 0 8px 24px;color:#b91c1c}
        .pass,.failbadge{display:inline-block;width:40px;text-align:center;border-radius:4px;font-size:12px;font-weight:650;color:#fff}
        .pass{background:#16a34a}.failbadge{background:#dc2626}
        """
}
