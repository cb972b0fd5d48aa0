/// Every label that an export or a diff writes, in Chinese and in English: the one
/// table of terms.
///
/// A ``Terms`` value speaks one ``Language``; nothing it returns mixes the two. Entity
/// names (schools, programmes, levels, groups, targets, modules) are not terms: they come
/// from the plan's ``PlanCatalog`` in the same language, and ids stay ids.
///
/// ```swift
/// let terms = Terms(.en)
/// terms[.intake]                      // "Intake"
/// terms.hoursPerClass(yearOfStudy: 2) // "Year 2 hours per class"
/// ```
public struct Terms: Sendable, Hashable {
    /// The language of every label.
    public var language: Language

    /// Labels in a language.
    ///
    /// - Parameter language: `.zh` or `.en`.
    public init(_ language: Language) {
        self.language = language
    }

    /// The label of a term.
    ///
    /// - Parameter key: the term.
    /// - Returns: its label in ``language``.
    public subscript(_ key: Key) -> String {
        let pair = Terms.pair(key)
        return language == .zh ? pair.zh : pair.en
    }

    /// "第k学年" / "Year k of study".
    ///
    /// - Parameter k: the year of study, from 1.
    /// - Returns: the label.
    public func yearOfStudy(_ k: Int) -> String {
        language == .zh ? "第\(k)学年" : "Year \(k) of study"
    }

    /// "第k学年每班课时" / "Year k hours per class".
    ///
    /// - Parameter k: the year of study, from 1.
    /// - Returns: the label.
    public func hoursPerClass(yearOfStudy k: Int) -> String {
        language == .zh ? "第\(k)学年每班课时" : "Year \(k) hours per class"
    }

    /// "2023年课时" / "Hours 2023": a module's teaching hours in a planning year.
    ///
    /// - Parameter year: the planning year.
    /// - Returns: the label.
    public func teachingHours(in year: Int) -> String {
        language == .zh ? "\(year)年课时" : "Hours \(year)"
    }

    /// "12项变化" / "12 changes".
    ///
    /// - Parameter count: how many changes.
    /// - Returns: the label.
    public func changeCount(_ count: Int) -> String {
        language == .zh ? "\(count)项变化" : (count == 1 ? "1 change" : "\(count) changes")
    }

    /// "2025年教师数" / "Teachers 2025".
    ///
    /// - Parameter year: the year.
    /// - Returns: the label.
    public func teachers(in year: Int) -> String {
        language == .zh ? "\(year)年教师数" : "Teachers \(year)"
    }

    /// "2025年学位数" / "Seats 2025".
    ///
    /// - Parameter year: the year.
    /// - Returns: the label.
    public func seats(in year: Int) -> String {
        language == .zh ? "\(year)年学位数" : "Seats \(year)"
    }

    /// "共12,500人报名" / "of 12,500 applicants".
    ///
    /// - Parameter count: the applicants.
    /// - Returns: the label.
    public func ofApplicants(_ count: Double) -> String {
        language == .zh ? "共\(NumberText.count(count))人报名" : "of \(NumberText.count(count)) applicants"
    }

    /// "10项中9项" / "9 of 10".
    ///
    /// - Parameters:
    ///   - count: how many.
    ///   - total: of how many.
    /// - Returns: the label.
    public func count(_ count: Int, of total: Int) -> String {
        language == .zh ? "\(total)项中\(count)项" : "\(count) of \(total)"
    }

    /// "各校变化（2021–2025年合计）" / "By school, summed over 2021–2025".
    ///
    /// - Parameter years: the years, as ``PlanNames`` writes a range.
    /// - Returns: the label.
    public func bySchool(years: String) -> String {
        language == .zh ? "各校变化（\(years)年合计）" : "By school, summed over \(years)"
    }

    /// "另有3项较小的变化未列出（小于1人、1个学位或总费用的0.1%）" / "3 smaller changes not
    /// listed (under 1 person, 1 seat or 0.1% of total cost)".
    ///
    /// - Parameters:
    ///   - count: how many changes are not listed.
    ///   - threshold: the threshold.
    /// - Returns: the label.
    public func unlisted(_ count: Int, threshold: DiffThreshold) -> String {
        let people = NumberText.count(threshold.people), seats = NumberText.count(threshold.seats)
        let cost = NumberText.plain(threshold.costShare * 100) + "%"
        return language == .zh
            ? "另有\(count)项较小的变化未列出（小于\(people)人、\(seats)个学位或总费用的\(cost)）"
            : "\(count) smaller \(count == 1 ? "change" : "changes") not listed (under \(people) \(threshold.people == 1 ? "person" : "people"), \(seats) \(threshold.seats == 1 ? "seat" : "seats") or \(cost) of total cost)"
    }

    /// "未达成 820人" / "Short 820 students", or "已达成" / "Met": a target's standing.
    ///
    /// - Parameters:
    ///   - shortfall: the shortfall, 0 when met.
    ///   - unit: its unit.
    ///   - met: whether the target is met.
    /// - Returns: the label.
    public func standing(shortfall: Double, unit: String, met: Bool) -> String {
        met ? self[.met] : self[.short] + " " + amount(shortfall, unit: unit)
    }

    /// "820人" / "820 students": an amount with its unit.
    ///
    /// - Parameters:
    ///   - value: the amount (signed when `signed`).
    ///   - unit: the plan's unit id.
    ///   - signed: whether to show the sign (`+820`).
    /// - Returns: the label.
    public func amount(_ value: Double, unit: String, signed: Bool = false) -> String {
        let number = signed ? NumberText.signed(value) : NumberText.count(value)
        guard !unit.isEmpty else { return number }
        if language == .zh { return number + (unit == "applicants" ? "人" : self.unit(unit)) }
        return number + " " + self.unit(unit)
    }

    /// The separator after a label: "：" / ": ".
    public var colon: String { language == .zh ? "：" : ": " }

    /// Text in parentheses after a label: "（x）" / " (x)".
    ///
    /// - Parameter text: the text.
    /// - Returns: the parenthesised text with its leading space, if any.
    public func parenthesised(_ text: String) -> String {
        language == .zh ? "（\(text)）" : " (\(text))"
    }

    /// The label of a target's or shortfall's unit as the plan spells it
    /// (`person-times`, `students`, `share`, `students-per-teacher`, `applicants`,
    /// `workers`, `yuan`); an unknown unit is returned as it is.
    ///
    /// - Parameter unit: the plan's unit id.
    /// - Returns: its label.
    public func unit(_ unit: String) -> String {
        Key(rawValue: "unit-" + unit).map { self[$0] } ?? unit
    }

    /// The label of a solver status as the plan spells it (`optimal`, `feasible`,
    /// `infeasible`, `unbounded`, `no solution`), or the status itself when unknown.
    ///
    /// - Parameter status: the plan's status.
    /// - Returns: its label.
    public func solverStatus(_ status: String) -> String {
        Key(rawValue: "status-" + status.replacingOccurrences(of: " ", with: "-")).map { self[$0] } ?? status
    }

    /// The label of a stop reason as the plan spells it (`gap limit`, `time limit`), or
    /// the reason itself when unknown.
    ///
    /// - Parameter reason: the plan's stop reason.
    /// - Returns: its label.
    public func stopReason(_ reason: String) -> String {
        Key(rawValue: "stop-" + reason.replacingOccurrences(of: " ", with: "-")).map { self[$0] } ?? reason
    }

    /// The label of a target kind.
    ///
    /// - Parameter kind: the kind.
    /// - Returns: its label.
    public func kind(_ kind: TargetKind) -> String {
        Key(rawValue: "kind-" + kind.rawValue).map { self[$0] } ?? kind.rawValue
    }

    /// A target price's relaxed solve, short enough for a table column: `plan kept`,
    /// `optimal`, `proven` (within the gap), `stopped (time limit reached)`, or the status
    /// and stop reason of a solve without a price.
    ///
    /// - Parameter price: the price.
    /// - Returns: its label.
    public func priceSolve(_ price: TargetPrice) -> String {
        if price.status == TargetPrice.planKept { return self[.statusPlanKept] }
        if price.isPriced {
            if price.isSettled { return price.status == "optimal" ? self[.statusOptimal] : self[.priceProven] }
            return self[.priceStopped] + (price.stopReason.map { parenthesised(stopReason($0)) } ?? "")
        }
        return solverStatus(price.status) + (price.stopReason.map { parenthesised(stopReason($0)) } ?? "")
    }

    /// The words a target price reads as instead of its amount, or `nil` for a settled
    /// saving (the amount) or no price: `within the gap` (a settled range holding 0),
    /// `not settled` (a relaxed solve stopped before proving its gap; the range says how
    /// far it is known), `none, costs more by 60,000` (a settled negative saving).
    ///
    /// - Parameter price: the price.
    /// - Returns: the words, or `nil`.
    public func priceWords(_ price: TargetPrice) -> String? {
        switch price.reading {
        case .withinGap: return self[.priceWithinGap]
        case .notSettled: return self[.priceNotSettled]
        case .settled:
            guard let saved = price.costSaved, saved < 0 else { return nil }
            return self[.priceCostsMore] + " " + NumberText.money(-saved)
        case .notPriced: return nil
        }
    }

    /// The line above the target prices: how each target was relaxed and what the
    /// amounts mean.
    ///
    /// - Parameter relaxation: how each target was relaxed.
    /// - Returns: the line.
    public func targetPricesNote(_ relaxation: TargetRelaxation) -> String {
        let how: String
        switch relaxation {
        case .remove: how = language == .zh ? "取消该目标" : "removed"
        case .step:
            how =
                language == .zh
                ? "要求降低\(relaxation.description)" : "its requirement lowered by \(relaxation.description)"
        }
        if language == .zh {
            return "每个目标分别放宽（\(how)），再按本方案求解（尽量保留本方案的决策）。"
                + "“放宽可节省”为本方案费用减去放宽后方案的费用，即达到该目标的代价；“至少”“至多”计入两次求解各自的最优间隙。"
                + "范围含0的读作“在求解间隙内”（代价小于间隙能分辨的）；求解在证明间隙前停止的读作“未确定”，只有范围可信；"
                + "“沿用原方案”为无需搜索即证明原方案在间隙内。"
        }
        return
            "Each target relaxed in turn (\(how)) and the plan solved again like itself (keeping every decision it can). "
            + "The cost saved is this plan's cost less the relaxed plan's: what meeting the target costs; "
            + "at least and at most allow for the gap of each search. "
            + "A range that holds 0 reads \"within the gap\" (the price is smaller than the gaps can tell); "
            + "a solve stopped before proving its gap reads \"not settled\", and only its range counts; "
            + "\"plan kept\": the plan proven within the gap without a search."
    }

    /// The line above a diff's target prices: what the amounts are, and how each plan's
    /// targets were relaxed.
    ///
    /// - Parameters:
    ///   - before: how the first plan's targets were relaxed.
    ///   - after: how the second plan's.
    /// - Returns: the line.
    public func targetPriceChangesNote(before: TargetRelaxation, after: TargetRelaxation) -> String {
        func how(_ relaxation: TargetRelaxation) -> String {
            switch relaxation {
            case .remove: language == .zh ? "取消该目标" : "each target removed"
            case .step:
                language == .zh
                    ? "要求降低\(relaxation.description)" : "each requirement lowered by \(relaxation.description)"
            }
        }
        let relaxed =
            before == after
            ? how(after) + (language == .zh ? "（两个方案相同）" : " (both plans)")
            : self[.planA] + (language == .zh ? "" : " ") + how(before) + (language == .zh ? "，" : ", ")
                + self[.planB] + (language == .zh ? "" : " ") + how(after)
        if language == .zh {
            return "每行为达到该目标的代价：放宽该目标可节省的费用（元），之前 → 之后；放宽方式：\(relaxed)。"
        }
        return
            "What meeting each target costs: the cost saved by relaxing it (yuan), before → after; relaxed: \(relaxed)."
    }

    /// "已达成" / "Met", or "未达成" / "Short".
    ///
    /// - Parameter met: whether the row is met.
    /// - Returns: the label.
    public func met(_ met: Bool) -> String {
        self[met ? .met : .short]
    }

    /// Every term. The raw value is the term's id in English.
    public enum Key: String, CaseIterable, Sendable {
        /// Table titles.
        case summary, seatsTable, curriculumPlan, classesRunningTable, teacherPlan, rotationTable,
            teachingPlan, targetsTable, costsTable
        /// Columns.
        case school, year, programme, level, applicants, intake, turnedAway, newClasses, classesRunning,
            enrolment, graduates, trainingPlaces, trainingCapacity, seats, seatsAdded, seatUse, group,
            headcount, leavers, hires, onRotation, teachingHours, fteNeeded, fteAvailable, fteSpare,
            yearsCounted, toRotate, rotated, status, module, totalHoursPerClass, total, target, kind,
            required, achieved, unit, shortfall, shortfallUnit, item, amountYuan, value, qualified,
            newlyQualified, qualifiedShare, basicPlaces, highPlaces, highCapacity
        /// Row labels and statuses.
        case shortCourses, met, short, notApplicable
        /// Summary items.
        case scenario, title, question, solverStatus, stopReason, objective, bestBound, gap, requestedGap,
            baseYear, planningYears, targetsShort, none, inputHash
        /// Actual years and data coverage (`actuals_until`, ``CoverageWarning``).
        case actualYears, actualFigure, notGivenPlanned, coverageWarning
        /// The phases of the solve and the reference plan (`--like`).
        case phaseShortfall, phaseShortfallBound, phaseShortfallGap, phaseCost, phaseCostBound, phaseCostGap,
            phaseDistance, likeReference, decisionsDiffering
        /// Cost items.
        case costHiring, costExpansion, costClasses, costTraining, costQualification, costTotal, costShortfallPenalty,
            costObjective
        /// Solver statuses and stop reasons.
        case statusOptimal = "status-optimal"
        case statusFeasible = "status-feasible"
        case
            statusInfeasible = "status-infeasible"
        case statusUnbounded = "status-unbounded"
        case
            statusNoSolution = "status-no-solution"
        case statusEvaluated = "status-evaluated"
        case stopGapLimit = "stop-gap-limit"
        case
            stopTimeLimit = "stop-time-limit"
        case stopIterationLimit = "stop-iteration-limit"
        case
            stopCancelled = "stop-cancelled"
        case stopInterrupted = "stop-interrupted"
        case
            stopNodeLimit = "stop-node-limit"
        case stopNumericalFailure = "stop-numerical-failure"
        /// Units.
        case unitPersonTimes = "unit-person-times"
        case unitStudents = "unit-students"
        case unitShare = "unit-share"
        case
            unitStudentsPerTeacher = "unit-students-per-teacher"
        case unitApplicants = "unit-applicants"
        case
            unitWorkers = "unit-workers"
        case unitTeachers = "unit-teachers"
        case
            unitStudentsAndPersonTimes = "unit-students-and-person-times"
        case unitYuan = "unit-yuan"
        case unitSeconds = "unit-seconds"
        /// Target kinds.
        case kindAnnualTraining = "kind-annual-training"
        case kindCumulativeTraining = "kind-cumulative-training"
        case
            kindHighSkillShare = "kind-high-skill-share"
        case kindMinEnrolment = "kind-min-enrolment"
        case
            kindStudentTeacherRatio = "kind-student-teacher-ratio"
        case
            kindWorkforceHighSkillShare = "kind-workforce-high-skill-share"
        case
            kindServeDemand = "kind-serve-demand"
        case kindQualifiedTeacherShare = "kind-qualified-teacher-share"
        case
            kindTrainingScale = "kind-training-scale"
        /// Documents and charts.
        case planDocument, seatsChart, teachersChart, targetsChart, attainment, solveTime, createdAt, glpk,
            cityWide, contents, charts
        /// Diffs.
        case planComparison, planA, planB, inputsChanged, noChanges, change, before, after, delta, table, id,
            field, seatsSection, teachersSection, targetsSection, costsSection, newlyMet, newlyShort,
            shortfallChanged, costYuan, absent
        /// The headline and charts of a diff, and plans side by side.
        case headline, targetsMet, applicantsTurnedAway, mostTurnedAway, allProgrammes, stillShort, better, worse,
            neutral,
            legend, plansSideBySide, plan, students, teachers, plannedSeats, needed, available, targetPrices,
            relaxed, costSaved, relaxedValue, removed, applicantsChange, teachersChange, seatsChange, distance,
            shortfallLegend, lineupLegend, seatsAndStudents, teachersAvailableNeeded, targetsBeforeAfter
        /// The target prices (`solve --target-prices`).
        case inPlan, relaxedSolve, decisionsDifferingFromPlan, relaxedCost, costSavedLow, costSavedHigh
        case
            statusNotRun = "status-not-run"
        case statusNoPlan = "status-no-plan"
        case statusFailed = "status-failed"
        case statusPlanKept = "status-plan-kept"
        /// How a target price reads (``TargetPrice/Reading``) and its relaxed solve, short.
        case priceWithinGap, priceNotSettled, priceCostsMore, priceProven, priceStopped
    }

    /// The table: each term in Chinese and English.
    ///
    /// - Parameter key: the term.
    /// - Returns: its Chinese and English labels.
    public static func pair(_ key: Key) -> (zh: String, en: String) {
        switch key {
        case .summary: ("概要", "Summary")
        case .seatsTable: ("学位", "Seats")
        case .curriculumPlan: ("招生与在校生计划", "Curriculum plan")
        case .classesRunningTable: ("在读班级", "Classes running")
        case .teacherPlan: ("师资计划", "Teacher plan")
        case .rotationTable: ("教师轮训覆盖", "Rotation coverage")
        case .teachingPlan: ("教学计划", "Teaching plan")
        case .targetsTable: ("目标达成", "Target attainment")
        case .costsTable: ("费用", "Costs")
        case .school: ("学校", "School")
        case .year: ("年份", "Year")
        case .programme: ("专业", "Programme")
        case .level: ("层次", "Level")
        case .applicants: ("报名", "Applicants")
        case .intake: ("招生", "Intake")
        case .turnedAway: ("未录取", "Turned away")
        case .newClasses: ("新开班级", "New classes")
        case .classesRunning: ("在读班级", "Classes running")
        case .enrolment: ("在校生", "Enrolment")
        case .graduates: ("毕业生", "Graduates")
        case .trainingPlaces: ("培训人次", "Training person-times")
        case .trainingCapacity: ("培训容量", "Training capacity")
        case .seats: ("学位数", "Seats")
        case .seatsAdded: ("新增学位", "Seats added")
        case .seatUse: ("学位使用率", "Seats used")
        case .group: ("教研组", "Teacher group")
        case .headcount: ("教师数", "Headcount")
        case .leavers: ("离职", "Leavers")
        case .hires: ("新聘", "Hires")
        case .onRotation: ("轮训", "On rotation")
        case .teachingHours: ("教学课时", "Teaching hours")
        case .fteNeeded: ("所需教师", "FTE needed")
        case .fteAvailable: ("可用教师", "FTE available")
        case .fteSpare: ("富余教师", "FTE spare")
        case .yearsCounted: ("统计年份", "Years counted")
        case .toRotate: ("应轮训", "To rotate")
        case .rotated: ("已轮训", "Rotated")
        case .status: ("状态", "Status")
        case .module: ("课程模块", "Module")
        case .totalHoursPerClass: ("每班总课时", "Total hours per class")
        case .total: ("合计", "Total")
        case .target: ("目标", "Target")
        case .kind: ("类型", "Kind")
        case .required: ("要求", "Required")
        case .achieved: ("达成", "Achieved")
        case .unit: ("单位", "Unit")
        case .shortfall: ("缺口", "Shortfall")
        case .shortfallUnit: ("缺口单位", "Shortfall unit")
        case .item: ("项目", "Item")
        case .amountYuan: ("金额（元）", "Amount (yuan)")
        case .value: ("内容", "Value")
        case .qualified: ("一体化（双师型）教师", "Qualified (integrated) teachers")
        case .newlyQualified: ("本年经轮训取得资格", "Newly qualified on rotation")
        case .qualifiedShare: ("一体化教师占比", "Qualified share")
        case .basicPlaces: ("初中级培训人次", "Basic places")
        case .highPlaces: ("高级工及以上培训人次", "High-level places")
        case .highCapacity: ("高级培训容量", "High-level capacity")
        case .shortCourses: ("短期培训", "Short courses")
        case .met: ("已达成", "Met")
        case .short: ("未达成", "Short")
        case .notApplicable: ("—", "—")
        case .scenario: ("情景", "Scenario")
        case .title: ("标题", "Title")
        case .question: ("问题", "Question")
        case .solverStatus: ("求解状态", "Solver status")
        case .stopReason: ("停止原因", "Stop reason")
        case .objective: ("目标函数值", "Objective")
        case .bestBound: ("最优界", "Best bound")
        case .phaseShortfall: ("第一阶段：加权缺口", "Phase 1: weighted shortfall")
        case .phaseShortfallBound: ("第一阶段：缺口下界", "Phase 1: shortfall bound")
        case .phaseShortfallGap: ("第一阶段：相对间隙", "Phase 1: gap")
        case .phaseCost: ("第二阶段：成本（元）", "Phase 2: cost (yuan)")
        case .phaseCostBound: ("第二阶段：成本下界", "Phase 2: cost bound")
        case .phaseCostGap: ("第二阶段：相对间隙", "Phase 2: gap")
        case .phaseDistance: ("第三阶段：与参照方案的距离", "Phase 3: distance to the reference")
        case .likeReference: ("参照方案", "Reference plan")
        case .decisionsDiffering: ("与参照方案不同的决策数", "Decisions differing from the reference")
        case .gap: ("相对间隙", "Gap")
        case .requestedGap: ("要求的相对间隙", "Gap asked for")
        case .baseYear: ("基准年", "Base year")
        case .planningYears: ("规划年份", "Planning years")
        case .targetsShort: ("未达成的目标", "Targets short")
        case .none: ("无", "none")
        case .inputHash: ("输入哈希", "Input hash")
        case .actualYears: ("按实际数固定的年份", "Years fixed to actuals")
        case .actualFigure: ("实际数", "Actual figure")
        case .notGivenPlanned: ("未给出实际数（按规划）", "Not given (planned)")
        case .coverageWarning: ("数据覆盖警告", "Data coverage warning")
        case .costHiring: ("招聘教师", "Hiring")
        case .costExpansion: ("新增学位", "Seat expansion")
        case .costClasses: ("开设班级", "Classes")
        case .costTraining: ("短期培训", "Short courses")
        case .costQualification: ("教师资格提升（一体化/双师型）", "Teacher qualification (integrated teachers)")
        case .costTotal: ("总费用", "Total cost")
        case .costShortfallPenalty: ("缺口罚分（非货币）", "Shortfall penalty (not money)")
        case .costObjective: ("目标函数值（总费用＋罚分）", "Objective (total cost + penalty)")
        case .statusOptimal: ("最优", "optimal")
        case .statusEvaluated: ("已评估（未优化）", "evaluated (not optimised)")
        case .statusFeasible: ("可行（未证明最优）", "feasible (not proven optimal)")
        case .statusInfeasible: ("不可行", "infeasible")
        case .statusUnbounded: ("无界", "unbounded")
        case .statusNoSolution: ("无解", "no solution")
        case .stopGapLimit: ("达到间隙要求", "gap limit reached")
        case .stopTimeLimit: ("达到时间限制", "time limit reached")
        case .stopIterationLimit: ("达到迭代限制", "iteration limit reached")
        case .stopCancelled: ("已取消", "cancelled")
        case .stopInterrupted: ("被用户中断", "interrupted by the user")
        case .stopNodeLimit: ("达到节点限制", "node limit reached")
        case .stopNumericalFailure: ("数值计算失败", "numerical failure")
        case .unitPersonTimes: ("人次", "person-times")
        case .unitStudents: ("人", "students")
        case .unitShare: ("比例", "share")
        case .unitStudentsPerTeacher: ("生师比", "students per teacher")
        case .unitApplicants: ("报名人数", "applicants")
        case .unitWorkers: ("人", "workers")
        case .unitTeachers: ("名教师", "teachers")
        case .unitStudentsAndPersonTimes: ("人（在校生＋培训人次）", "students and person-times")
        case .unitYuan: ("元", "yuan")
        case .unitSeconds: ("秒", "s")
        case .kindAnnualTraining: ("年度培训", "Annual training")
        case .kindCumulativeTraining: ("累计培训", "Cumulative training")
        case .kindHighSkillShare: ("高技能层次占比", "High-skill share")
        case .kindMinEnrolment: ("最低在校生", "Minimum enrolment")
        case .kindStudentTeacherRatio: ("生师比", "Student-teacher ratio")
        case .kindWorkforceHighSkillShare: ("全市高技能人才占比", "Workforce high-skill share")
        case .kindServeDemand: ("满足报名", "Serve demand")
        case .kindQualifiedTeacherShare: ("一体化教师占比", "Qualified-teacher share")
        case .kindTrainingScale: ("培养规模", "Training scale")
        case .planDocument: ("规划方案", "Plan")
        case .seatsChart: ("在校生（按专业）与学位数", "Enrolment by programme, and seats")
        case .teachersChart: ("教师：可用与所需，及轮训", "Teachers: FTE available and needed, and on rotation")
        case .targetsChart: ("目标达成（达成÷要求）", "Target attainment (achieved ÷ required)")
        case .attainment: ("达成率", "Attainment")
        case .solveTime: ("求解用时", "Solve time")
        case .createdAt: ("生成时间", "Created")
        case .glpk: ("求解器 GLPK", "Solver GLPK")
        case .cityWide: ("全市", "City-wide")
        case .contents: ("目录", "Contents")
        case .charts: ("图表", "Charts")
        case .planComparison: ("方案比较", "Plan comparison")
        case .planA: ("方案A", "Plan A")
        case .planB: ("方案B", "Plan B")
        case .inputsChanged: ("输入变化", "Inputs that changed")
        case .noChanges: ("无变化", "No changes")
        case .change: ("变化项", "What changed")
        case .before: ("之前", "Before")
        case .after: ("之后", "After")
        case .delta: ("增减", "Delta")
        case .table: ("数据表", "Table")
        case .id: ("编号", "Id")
        case .field: ("字段", "Field")
        case .seatsSection: ("学位、招生与培训", "Seats, intake and training")
        case .teachersSection: ("教师", "Teachers")
        case .targetsSection: ("目标", "Targets")
        case .costsSection: ("费用", "Costs")
        case .newlyMet: ("新达成", "Newly met")
        case .newlyShort: ("新未达成", "Newly short")
        case .shortfallChanged: ("缺口变化", "Shortfall changed")
        case .costYuan: ("费用（元）", "Cost (yuan)")
        case .absent: ("无", "none")
        case .headline: ("要点", "Headline")
        case .targetsMet: ("达成的目标", "Targets met")
        case .applicantsTurnedAway: ("未录取的报名人数", "Applicants turned away")
        case .allProgrammes: ("全部专业", "All programmes")
        case .mostTurnedAway: ("未录取最多的专业", "Most turned away")
        case .stillShort: ("仍未达成，缺口变化", "Still short, by another amount")
        case .better:
            ("对全市更有利（费用更低、缺口更小、未录取更少）", "Better for the city (lower cost, smaller shortfall, fewer turned away)")
        case .worse: ("对全市更不利", "Worse for the city")
        case .neutral: ("无所谓好坏（只是不同）", "Neither (only different)")
        case .legend: ("图例", "Legend")
        case .plansSideBySide: ("方案并列比较", "Plans side by side")
        case .plan: ("方案", "Plan")
        case .students: ("在校生", "Students")
        case .teachers: ("教师", "Teachers")
        case .plannedSeats: ("学位数", "Seats")
        case .needed: ("所需", "needed")
        case .available: ("可用", "available")
        case .targetPrices: ("目标代价", "Target prices")
        case .relaxed: ("放宽方式", "Relaxed")
        case .costSaved: ("放宽可节省（元）", "Cost saved by relaxing (yuan)")
        case .relaxedValue: ("放宽后的值", "Relaxed value")
        case .removed: ("取消该目标", "target removed")
        case .applicantsChange: ("录取人数变化（各年合计）", "Applicants admitted, change (all years)")
        case .teachersChange: ("末年教师数变化", "Teachers in the last year, change")
        case .seatsChange: ("末年学位数变化", "Seats in the last year, change")
        case .inPlan: ("原方案中", "In the plan")
        case .decisionsDifferingFromPlan: ("与原方案不同的决策数", "Decisions differing from the plan")
        case .relaxedSolve: ("放宽后求解", "Relaxed solve")
        case .relaxedCost: ("放宽后费用（元）", "Cost relaxed (yuan)")
        case .costSavedLow: ("至少节省（元）", "Saved at least (yuan)")
        case .costSavedHigh: ("至多节省（元）", "Saved at most (yuan)")
        case .statusNotRun: ("未运行", "not run")
        case .statusNoPlan: ("无方案", "no plan")
        case .statusFailed: ("失败", "failed")
        case .statusPlanKept: ("沿用原方案", "plan kept")
        case .priceWithinGap: ("在求解间隙内", "within the gap")
        case .priceNotSettled: ("未确定", "not settled")
        case .priceCostsMore: ("无节省，反增", "none, costs more by")
        case .priceProven: ("已证明", "proven")
        case .priceStopped: ("未完成", "stopped")
        case .distance: ("与原方案的差距", "Distance from the plan")
        case .shortfallLegend:
            ("缺口变化：减少（绿）对全市有利，增加（红）不利", "Shortfall change: smaller (green) is better for the city, larger (red) worse")
        case .lineupLegend:
            (
                "与方案1相比：绿色对全市更有利（费用更低、缺口更小、未录取更少），红色更不利；教师和学位数无好坏之分。",
                "Against plan 1: green is better for the city (lower cost, smaller shortfall, fewer turned away), red worse; teachers and seats are neither."
            )
        case .seatsAndStudents: ("在校生与学位数（逐年，方案A与方案B）", "Students and seats by year, plan A and plan B")
        case .teachersAvailableNeeded:
            ("教师：可用与所需（逐年，方案A与方案B）", "Teachers available and needed by year, plan A and plan B")
        case .targetsBeforeAfter:
            ("目标达成：方案A与方案B（各目标最弱的一年）", "Target attainment, plan A and plan B (each target's weakest year)")
        }
    }
}
