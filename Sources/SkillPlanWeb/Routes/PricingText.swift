import Foundation
import SkillPlan

/// What a pricing job's progress page shows (``SolveJob/Status/pricing``): the target
/// being priced and its relaxed solve's search (its phase, best plan, bound and gap, or
/// that the proof without a search is running), and each target's state and price.
struct PricingText {
    /// The target being priced, by name, or `–` between targets.
    let current: String
    /// Its relaxed search's best plan so far, with the phase; the proof's note before a search.
    let best: String
    /// Its search's bound.
    let bound: String
    /// Its search's gap.
    let gap: String
    /// Each target's cells: name, state, price.
    let rows: [[String]]
    /// The language.
    let language: Language

    init(plan: Plan, status: SolveJob.Status, language l: Language) {
        language = l
        let terms = Terms(l)
        let names = Dictionary(
            plan.catalog.targets.map { ($0.id, l == .zh ? $0.nameZh : $0.nameEn) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String) -> String { names[id].map { $0.isEmpty ? id : $0 } ?? id }
        let running = status.pricing.first { $0.running }
        current = running.map { name($0.target) } ?? "–"
        if let running, let search = running.search {
            let phase: String
            switch search.phase {
            case .shortfall: phase = l.pick("第一阶段（缺口）", "phase 1, shortfall")
            case .cost: phase = l.pick("第二阶段（费用，元）", "phase 2, cost in yuan")
            case .distance: phase = l.pick("第三阶段（与原方案的差距）", "phase 3, distance from the plan")
            case .weighted: phase = ""
            }
            let value = search.bestObjective.map { NumberText.money($0) } ?? "–"
            best = phase.isEmpty ? value : value + terms.parenthesised(phase)
            bound = search.bound.isFinite ? NumberText.money(search.bound) : "–"
            gap = search.gap.map { String(format: "%.2f%%", $0 * 100) } ?? "–"
        } else if running != nil {
            best = l.pick(
                "证明中：以线性规划下界检验原方案是否仍在间隙内（无需搜索）", "proving: do the LP bounds keep the plan within the gap (no search)?")
            bound = "–"
            gap = "–"
        } else {
            best = "–"
            bound = "–"
            gap = "–"
        }
        // Before the worker takes the job, the plan's targets, each waiting (the pricing
        // keeps their order).
        let targets =
            status.pricing.isEmpty
            ? plan.targetIDs.map { SolveJob.PricingTarget(target: $0) }
            : status.pricing
        rows = targets.map { target in
            let state: String
            let price: String
            if let priced = target.price {
                state = terms.priceSolve(priced)
                if let saved = priced.costSaved {
                    price = terms.priceWords(priced) ?? NumberText.signed(saved, money: true)
                } else {
                    price = "–"
                }
            } else {
                state = target.running ? l.pick("计算中…", "being priced…") : l.pick("等待", "waiting")
                price = "–"
            }
            return [name(target.target), state, price]
        }
    }

    /// The targets as a JSON array of rows (the progress stream's `targets`).
    var rowsJSON: String {
        (try? JSONEncoder().encode(rows)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// The targets' table: name, state, cost saved by relaxing (or the words it reads as).
    var table: String {
        let l = language
        var html = "<table class=\"data\" id=\"pricing-targets\"><thead><tr>"
        html += "<th>\(l.pick("目标", "Target"))</th><th>\(l.pick("放宽后求解", "Relaxed solve"))</th>"
        html += "<th>\(l.pick("放宽可节省（元）", "Cost saved by relaxing (yuan)"))</th></tr></thead>"
        html += "<tbody id=\"pricing-rows\">"
        for row in rows {
            html +=
                "<tr>"
                + row.enumerated().map {
                    $0.offset == 2 ? "<td class=\"num\">\(esc($0.element))</td>" : "<td>\(esc($0.element))</td>"
                }.joined() + "</tr>"
        }
        return html + "</tbody></table>\n"
    }
}
