import Foundation
import SkillPlan
import Testing

/// The HTML page: well formed, self-contained, one `<svg>` per chart, the right numbers
/// in its tables, A4 print rules, the language attribute.
@Suite("HTML export")
struct HTMLExportTests {
    func page(_ language: Language) throws -> HTMLStructure {
        let files = try PlanExporter(language: language).export(try PlanFixtures.planA(), as: .html)
        #expect(files.map(\.name) == ["plan.html"])
        let file = try #require(files.first)
        if let folder = ProcessInfo.processInfo.environment["SKILLPLAN_HTML_OUT"] {
            try file.data.write(
                to: URL(fileURLWithPath: folder).appendingPathComponent("plan-\(language.rawValue).html"))
        }
        return HTMLStructure(html: String(decoding: file.data, as: UTF8.self))
    }

    @Test("Well formed, with the language attribute and no reference outside the page", arguments: Language.allCases)
    func selfContained(language: Language) throws {
        let page = try page(language)
        #expect(page.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\">"))
        #expect(page.nestingProblems.isEmpty, "\(page.nestingProblems)")
        for banned in ["http://", "https://", "<script", "<link", "@import", "url(", "src="] {
            #expect(page.count(banned) == 0, "no \(banned)")
        }
        #expect(page.html.contains("@page { size: A4"))
        #expect(page.html.contains("@media print"))
        #expect(page.html.contains("<meta charset=\"utf-8\">"))
    }

    @Test("One <svg> per chart: seats and teachers per school, and target attainment")
    func charts() throws {
        let page = try page(.zh)
        #expect(page.count("<svg") == 5)
        #expect(page.count("</svg>") == 5)
        #expect(page.count("<figure class=\"chart\">") == 5)
        #expect(page.count("data-chart=\"seats\"") == 2)
        #expect(page.count("data-chart=\"teachers\"") == 2)
        #expect(page.count("data-chart=\"targets\"") == 1)
        let xnTech = try #require(page.section("school-xn-tech"))
        #expect(xnTech.count("<svg") == 2)
        // Target bars: annual training 2 years, Hakka 1, senior share 2, ratio 2, serve demand 2 years.
        let targets = try #require(page.section("targets"))
        #expect(targets.count("<rect class=\"met\"") + targets.count("<rect class=\"short\"") == 9)
        // Seats: one bar segment per programme with students in each year; three programmes with students over two years.
        #expect(xnTech.count("<title>制鞋成型 2021: ") == 1)
    }

    @Test("Table cells hold the plan's numbers")
    func numbers() throws {
        let plan = try PlanFixtures.planA()
        let page = try page(.en)
        let xnTech = try #require(page.section("school-xn-tech"))
        let teacherRows = xnTech.rows(ofTable: "teacher-plan")
        let groups = plan.groups.filter { $0.school == "xn-tech" }
        #expect(teacherRows.count == groups.count)
        for g in groups {
            let name = g.group == "xt-mech" ? "Mechatronics department" : "Services department"
            let row = try #require(teacherRows.first { $0.first == name && $0[1] == String(g.year) })
            #expect(row[2] == NumberText.count(g.headcount))
            #expect(row[4] == NumberText.count(g.hires))
            #expect(row[5] == NumberText.count(g.onRotation))
            #expect(row[7] == NumberText.decimal(g.fteNeeded))
            #expect(row[8] == NumberText.decimal(g.fteAvailable))
        }
        let mech2021 = try #require(teacherRows.first { $0.first == "Mechatronics department" && $0[1] == "2021" })
        #expect(mech2021[2] == "13")
        #expect(mech2021[4] == "1")

        let curriculum = xnTech.rows(ofTable: "curriculum-plan")
        let senior2021 = try #require(
            curriculum.first { $0[0] == "2021" && $0[1] == "Footwear forming" && $0[2] == "Senior" })
        #expect(senior2021[3...5] == ["30", "30", "0"])
        let housekeeping = try #require(curriculum.first { $0[0] == "2022" && $0[1] == "Housekeeping" })
        #expect(housekeeping[2] == "Short courses")
        #expect(housekeeping[10...11] == ["550", "600"])

        let costs = try #require(page.section("costs")).rows(ofTable: "costs")
        #expect(costs.first { $0[0] == "Hiring" }?[1] == NumberText.money(plan.costs.hiring))
        #expect(costs.first { $0[0] == "Hiring" }?[1] == "750,000")

        let targets = try #require(page.section("targets")).rows(ofTable: "targets")
        #expect(targets.count == plan.targets.count)
        let share = try #require(targets.first { $0[0] == "Senior-level students at least 30%" && $0[3] == "2021" })
        #expect(share[6] == "30.0%")
        #expect(share[11] == "Short")
        #expect(page.html.contains("<td class=\"short\">Short</td>"))
        #expect(page.html.contains("<td class=\"met\">Met</td>"))
    }

    @Test("The footer shows the run facts")
    func footer() throws {
        let page = try page(.en)
        #expect(
            page.html.contains("<footer>Solve time 1.2 s · Created 2026-01-02T03:04:05Z · Solver GLPK 5.0</footer>"))
    }
}
