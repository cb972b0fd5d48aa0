import GLPK
import Testing

@testable import SkillPlan

/// The notes of sweep points, robustness cases and target prices in both languages
/// (issue 15): the English one as before, the Chinese one for a Chinese run.
@Suite("Outcome notes in English and Chinese")
struct OutcomeNoteTests {
    @Test("why there is no plan: the planner's error in both languages")
    func planning() {
        let noPlan = OutcomeNote.planning(.noPlan(scenario: "xingning-2025", reason: "time limit"))
        #expect(
            noPlan.en
                == "xingning-2025: no plan was found (time limit). Fix: raise --time-limit, or plan school by school (--by-school), which finds a first plan of a province-size scenario within seconds."
        )
        #expect(
            noPlan.zh
                == "xingning-2025：未找到方案（达到时间限制）。修改：提高 --time-limit，或逐校规划（--by-school），省级规模的情景几秒内即可得到第一个方案。")
        let infeasible = PlanningError.infeasible(scenario: "case", conflicts: ["seats[xn-tech,2023]"])
        #expect(
            infeasible.description(in: .zh)
                == "case：硬约束无法同时满足；相互冲突的是：seats[xn-tech,2023]。修改：放宽所涉及的上限（max_hire、max_expand、rotation_max_share、headcount），或减少它们须承担的量，并运行 `skillplan validate`。"
        )
        #expect(infeasible.description(in: .en) == infeasible.description)
        #expect(
            PlanningError.schoolNoPlan(scenario: "gd", school: "school-074", reason: "interrupted").description(in: .zh)
                == "gd：学校 school-074 没有方案（被用户中断）。修改：搜索在该校得到方案前被停止（Ctrl-C）；请重新运行，让它搜索更久。")
        #expect(
            PlanningError.unbounded(scenario: "u").description(in: .zh) == "u：模型无界；检查数据中是否有负的费用或权重。")
    }

    @Test("why the search stopped, a broken constraint, invalid values")
    func kinds() {
        #expect(OutcomeNote.stopped("time limit") == OutcomeNote(en: "time limit", zh: "达到时间限制"))
        #expect(OutcomeNote.stopped("gap limit").zh == "达到间隙要求")
        #expect(OutcomeNote.stopped(nil) == .none)
        let violation = PlanViolation(
            check: "seats", element: "xn-tech, 2023", message: "4,512 students > 4,500 seats, by 12",
            messageZh: "在校生 4,512 人 > 学位 4,500 个，超出 12")
        let check = OutcomeNote.check(violation)
        #expect(check.en == "check: \(violation)")
        #expect(check.zh == "核查：\(violation.description(in: .zh))")
        #expect(check.zh.hasPrefix("核查：学位"))
        var scenario = ScenarioValidatorTests.sound()
        scenario.groups[0].rotationMaxShare = 0
        scenario.schools[0].capacity = -1
        let invalid = OutcomeNote.invalid(ScenarioValidator.issues(in: scenario))
        #expect(invalid.en == "capacity is -1, must be ≥ 0; rotation_max_share is 0, must be more than 0 and at most 1")
        #expect(invalid.zh == "capacity：为 -1，须 ≥ 0；rotation_max_share：为 0，须大于 0 且不超过 1")
        #expect(invalid.text(in: .zh) == invalid.zh && invalid.text(in: .en) == invalid.en)
    }

    @Test("a robustness case's status and a target price's note in the run's language")
    func robustnessAndPrices() {
        var price = TargetPrice(
            target: "t", kind: .annualTraining, value: 1, unit: "person-times", relaxedValue: nil, metInPlan: true,
            status: "no plan")
        #expect(price.note(in: .zh) == nil)
        price.record(.planning(.noPlan(scenario: "s", reason: "node limit")))
        #expect(price.note(in: .en) == "s: no plan was found (node limit). Fix: raise --node-limit.")
        #expect(price.note(in: .zh) == "s：未找到方案（达到节点限制）。修改：提高 --node-limit。")
        // A plan priced before the Chinese note was kept reads its English one.
        price.noteZh = nil
        #expect(price.note(in: .zh) == price.note)
    }
}
