import Foundation
import SkillPlan
import Testing

/// How a price reads when its range holds 0 (within the gap), when its relaxed solve
/// stopped before proving its gap (not settled), and when a settled saving is negative,
/// in every format: the summary's text, CSV, Markdown, HTML and JSON (which keeps the
/// amounts and adds the reading's code), and in a diff.
@Suite("Target price readings")
struct TargetPriceReadingTests {
    /// The hand-priced plan of ``TargetPricingTests`` with three of its prices replaced
    /// by the baseline's troublesome kinds: the high-skill share's −73,600 within
    /// −477,600 to +567,100 (settled), 903,000 stopped by the time limit within 499,000
    /// to 2,683,100, and a settled −60,000 (the relaxed plan proven dearer).
    static func plan() throws -> Plan {
        var plan = try TargetPricingTests.plan()
        var prices = try TargetPricingTests.prices(.step(0.1))
        func set(_ id: String, saved: Double, low: Double, high: Double, status: String, stop: String?, settled: Bool) {
            let n = prices.prices.firstIndex { $0.target == id }!
            prices.prices[n].costSaved = saved
            prices.prices[n].costSavedLow = low
            prices.prices[n].costSavedHigh = high
            prices.prices[n].status = status
            prices.prices[n].stopReason = stop
            prices.prices[n].settled = settled
        }
        set("serve", saved: -73_600, low: -477_600, high: 567_100, status: "feasible", stop: "gap limit", settled: true)
        set(
            "training", saved: 903_000, low: 499_000, high: 2_683_100, status: "feasible", stop: "time limit",
            settled: false)
        set("ratio", saved: -60_000, low: -80_000, high: -50_000, status: "optimal", stop: nil, settled: true)
        plan.targetPrices = prices
        return plan
    }

    @Test("Readings: within the gap, not settled, settled, and the plan kept (whose range 0 to 0 is settled)")
    func readings() throws {
        let prices = try #require(try Self.plan().targetPrices)
        #expect(prices.prices.map(\.reading) == [.withinGap, .notSettled, .settled, .settled])
        #expect(prices.prices.map(\.isSettled) == [true, false, true, true])
        // A plan file written before `settled`: the stop reason decides.
        var old = prices.prices[1]
        old.settled = nil
        #expect(old.reading == .notSettled)
        old.stopReason = "gap limit"
        #expect(old.reading == .settled)
        old.status = TargetPrice.planKept
        old.stopReason = nil
        old.costSavedLow = -404_000
        old.costSavedHigh = 404_000
        #expect(old.reading == .withinGap)
        old.costSaved = nil
        #expect(old.reading == .notPriced)
    }

    @Test("The summary's text reads the words in the cost saved column, with the range beside them")
    func text() throws {
        let lines = PlanSummary.text(of: try Self.plan(), language: .en).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("Target prices") })
        #expect(
            Array(lines[(start + 1)...(start + 5)]) == [
                "  target                        value                   relaxed  in plan                  cost saved  at least     at most  admitted  teachers  seats  differ                         solve",
                "  serve                       100.00%                    90.00%      met              within the gap  -477,600    +567,100        -5        -1     -5       5                        proven",
                "  training           100 person-times           90 person-times      met                 not settled  +499,000  +2,683,100         0         0      0       1  stopped (time limit reached)",
                "  ratio      5.0 students per teacher  5.6 students per teacher      met  none, costs more by 60,000   -80,000     -50,000         0        -1      0       2                       optimal",
                "  enrolment               30 students               27 students      met                           0         0           0         0         0      0       0                     plan kept",
            ])
        let zh = PlanSummary.text(of: try Self.plan(), language: .zh).components(separatedBy: "\n")
        let zhStart = try #require(zh.firstIndex { $0.hasPrefix("目标代价（") })
        #expect(zh[zhStart + 2].contains(" 在求解间隙内 ") && zh[zhStart + 2].hasSuffix(" 已证明"))
        #expect(zh[zhStart + 3].contains(" 未确定 ") && zh[zhStart + 3].hasSuffix(" 未完成（达到时间限制）"))
        #expect(zh[zhStart + 4].contains(" 无节省，反增 60,000 "))
    }

    @Test("CSV and Markdown: the words in the cost saved cell, the range in numbers")
    func csvAndMarkdown() throws {
        let plan = try Self.plan()
        let csv = try #require(
            try PlanExporter(language: .en).export(plan, as: .csv).first { $0.name == "target-prices.csv" })
        let lines = String(decoding: csv.data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(
            lines[1]
                == "Admit every applicant,Serve demand,100.0%,90.0%,share,Met,proven,84000,within the gap,-477600,567100,-5,-1,-5,5"
        )
        #expect(
            lines[2]
                == "Train 100 a year,Annual training,100,90,person-times,Met,stopped (time limit reached),96000,not settled,499000,2683100,0,0,0,1"
        )
        #expect(
            lines[3]
                == "1 teacher per 5 students,Student-teacher ratio,5,5.555556,students per teacher,Met,optimal,86500,\"none, costs more by 60,000\",-80000,-50000,0,-1,0,2"
        )
        let zh = try #require(try PlanExporter(language: .zh).export(plan, as: .markdown).first)
        let text = String(decoding: zh.data, as: UTF8.self)
        #expect(
            text.contains("| 满足招生需求 | 满足报名 | 100.0% | 90.0% | 比例 | 已达成 | 已证明 | 84,000 | 在求解间隙内 | -477,600 | 567,100 |"))
        #expect(text.contains("| 已达成 | 未完成（达到时间限制） | 96,000 | 未确定 | 499,000 | 2,683,100 |"))
    }

    @Test("HTML: the words in the cell; JSON: the amounts with each reading's code")
    func htmlAndJSON() throws {
        let plan = try Self.plan()
        let html = try #require(try PlanExporter(language: .en).export(plan, as: .html).first)
        let rows = HTMLStructure(html: String(decoding: html.data, as: UTF8.self)).rows(ofTable: "target-prices")
        #expect(
            rows.map { $0.count > 8 ? $0[8] : "" } == [
                "within the gap", "not settled", "none, costs more by 60,000", "0",
            ])
        let json = try #require(try PlanExporter(language: .en).export(plan, as: .json).first)
        let object = try #require(try JSONSerialization.jsonObject(with: json.data) as? [String: Any])
        let table = try #require((object["tables"] as? [String: Any])?["target-prices"] as? [String: Any])
        let jsonRows = try #require(table["rows"] as? [[String: Any]])
        #expect(jsonRows.map { $0["costSaved"] as? Double } == [-73_600, 903_000, -60_000, 0])
        #expect(
            jsonRows.map { $0["costSavedReading"] as? String } == ["within-gap", "not-settled", "settled", "settled"])
        #expect(jsonRows.map { $0["costSavedLow"] as? Double } == [-477_600, 499_000, -80_000, 0])
    }

    @Test("A diff: the words with the range, and no change computed from a price that is not settled")
    func diff() throws {
        let a = try Self.plan()
        var b = a
        b.targetPrices = try TargetPricingTests.prices(.step(0.1))
        let text = try PlanDiffRenderer(language: .en).render(PlanDiff.compare(a, b), as: .text)
        let lines = text.components(separatedBy: "\n")
        #expect(
            lines.contains {
                $0.hasPrefix("  Admit every applicant") && $0.contains("within the gap (-477,600 to +567,100)")
                    && $0.hasSuffix("+12,500     none")
            })
        #expect(
            lines.contains {
                $0.hasPrefix("  Train 100 a year") && $0.contains("not settled (+499,000 to +2,683,100)")
                    && $0.hasSuffix("+500     none")
            })
        #expect(
            lines.contains {
                $0.hasPrefix("  1 teacher per 5 students")
                    && $0.contains("none, costs more by 60,000 (-80,000 to -50,000)")
                    && $0.hasSuffix("+10,000  +70,000")
            })
    }
}
