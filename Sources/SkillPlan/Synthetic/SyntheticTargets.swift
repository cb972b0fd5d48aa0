import Foundation

/// The targets of a synthetic scenario, each set within reach of what the schools
/// can do: province-wide ones (no school: they couple the schools), serve-demand, and
/// the technician-college criteria of every third school.
struct SyntheticTargets {
    let scenario: Scenario
    let years: [Int]

    static let source = "assumption: synthetic (ScenarioGenerator), set within reach of the schools' capacity"
    static let goalWeight = 1_000_000.0

    private var lastYear: Int { years.last ?? scenario.lastYear }
    private var firstYears: [Int] { Array(years.prefix(2)) }

    private func tagged(_ tag: String) -> [Programme] { scenario.programmes.filter { $0.tags.contains(tag) } }

    private func capacity(_ programmes: [Programme]) -> Double { programmes.reduce(0) { $0 + $1.trainingCapacity } }

    private func round(_ value: Double, to step: Double) -> Double { (value / step).rounded() * step }

    func all() -> [Target] {
        var targets = [
            Target(
                id: "serve-demand", kind: .serveDemand, nameZh: "满足招生需求",
                nameEn: "Admit every applicant the plan can afford",
                years: years, weight: 50_000, source: Self.source)
        ]
        targets += provinceTargets()
        if let workforce = workforceTarget() { targets.append(workforce) }
        for (n, school) in scenario.schools.enumerated() where n % 3 == 0 {
            targets += collegeTargets(school)
        }
        return targets
    }

    private func provinceTargets() -> [Target] {
        var targets: [Target] = []
        let all = capacity(scenario.programmes)
        if all > 0 {
            let outside = round(0.5 * all, to: 100)
            targets.append(
                Target(
                    id: "province-annual-training", kind: .annualTraining, nameZh: "全省每年职业技能培训",
                    nameEn: "Province-wide training person-times a year",
                    years: years, value: outside + round(0.45 * all, to: 100), weight: Self.goalWeight,
                    externalTraining: Dictionary(uniqueKeysWithValues: years.map { ($0, outside) }), source: Self.source
                ))
        }
        let housekeeping = capacity(tagged("housekeeping"))
        if housekeeping > 0 {
            targets.append(
                Target(
                    id: "housekeeping-annual", kind: .annualTraining, nameZh: "每年家政培训",
                    nameEn: "Housekeeping trainees a year",
                    tags: ["housekeeping"], years: years, value: round(0.5 * housekeeping, to: 10),
                    weight: Self.goalWeight,
                    source: Self.source))
        }
        let rural = capacity(tagged("rural-craftsman"))
        if rural > 0 {
            targets.append(
                Target(
                    id: "rural-craftsman-cumulative", kind: .cumulativeTraining, nameZh: "乡村工匠累计培训",
                    nameEn: "Rural craftsmen trained over the first years", tags: ["rural-craftsman"],
                    years: firstYears,
                    value: round(0.6 * rural * Double(firstYears.count), to: 10), weight: Self.goalWeight,
                    source: Self.source))
        }
        let cuisine = tagged("hakka-cuisine")
        if !cuisine.isEmpty {
            let ids = Set(cuisine.map(\.id))
            let applicants = scenario.applicants.filter { ids.contains($0.programme) && firstYears.contains($0.year) }
                .reduce(0) { $0 + $1.applicants }
            targets.append(
                Target(
                    id: "hakka-cuisine-cumulative", kind: .cumulativeTraining, nameZh: "客家菜师傅累计培训（含学历教育）",
                    nameEn: "Hakka-cuisine trainees incl. full-time intake", tags: ["hakka-cuisine"], years: firstYears,
                    value: round(0.5 * capacity(cuisine) * Double(firstYears.count) + 0.7 * applicants, to: 10),
                    countsIntake: true, weight: Self.goalWeight, source: Self.source))
        }
        return targets
    }

    /// The workforce's high-skill share in the last year, set between what the schools
    /// reach by doing nothing and what their upgrade courses could add.
    private func workforceTarget() -> Target? {
        let index = ScenarioIndex(scenario)
        let idle = PlanEvaluator(index: index, decisions: PlanDecisions())
        let students = scenario.initialStudents.reduce(0) { $0 + $1.students }
        let skilledBase = max(1_000, round(20 * students, to: 100))
        let highBase = round(0.26 * skilledBase, to: 10)
        let skilledAdded = round(0.015 * skilledBase, to: 10)
        let highAdded = round(0.3 * skilledAdded, to: 10)
        var high = highBase, skilled = skilledBase
        for y in years {
            high += highAdded
            skilled += skilledAdded
            for o in index.offerings {
                let graduates = idle.graduates(o.programme, o.level, y)
                skilled += graduates
                if o.level.isHighSkill { high += graduates }
            }
        }
        let upgrade = capacity(tagged("high-skill-upgrade")) * Double(years.count)
        let share = ((high + 0.4 * upgrade) / skilled * 1000).rounded(.down) / 1000
        let highScope = upgrade > 0 ? ["high-skill-upgrade"] : []
        let newScope = tagged("skill-certificate").isEmpty ? [] : ["skill-certificate"]
        return Target(
            id: "workforce-high-skill-share", kind: .workforceHighSkillShare, nameZh: "高技能人才占技能人才比例",
            nameEn: "High-skill workers as a share of skilled workers", years: [lastYear], share: min(share, 0.9),
            weight: Self.goalWeight, highScope: highScope, newScope: newScope, highSkillBase: highBase,
            skilledBase: skilledBase,
            highSkillAdded: Dictionary(uniqueKeysWithValues: years.map { ($0, highAdded) }),
            skilledAdded: Dictionary(uniqueKeysWithValues: years.map { ($0, skilledAdded) }), source: Self.source)
    }

    /// The technician-college criteria of one school, in the last year.
    private func collegeTargets(_ school: School) -> [Target] {
        let programmes = scenario.programmes.filter { $0.school == school.id }
        let ids = Set(programmes.map(\.id))
        let cohorts = scenario.initialStudents.filter { ids.contains($0.programme) }
        let students = cohorts.reduce(0) { $0 + $1.students }
        let highLevels = Set(scenario.levels.filter(\.isHighSkill).map(\.id))
        let high = cohorts.filter { highLevels.contains($0.level) }.reduce(0) { $0 + $1.students }
        let teachers = scenario.groups.filter { $0.school == school.id }.reduce(0) { $0 + $1.headcount }
        let prefix = "\(school.id)-college"
        var targets = [
            Target(
                id: "\(prefix)-min-enrolment", kind: .minEnrolment, nameZh: "技师学院：全日制在校生",
                nameEn: "College: full-time students",
                school: school.id, years: [lastYear], value: round(0.9 * students, to: 10), weight: Self.goalWeight,
                source: Self.source)
        ]
        let training = capacity(programmes)
        if training > 0 {
            targets.append(
                Target(
                    id: "\(prefix)-annual-training", kind: .annualTraining, nameZh: "技师学院：年培训人次",
                    nameEn: "College: training a year",
                    school: school.id, years: [lastYear], value: round(0.4 * training, to: 10), weight: Self.goalWeight,
                    source: Self.source))
        }
        if !highLevels.isEmpty, students > 0 {
            let share = min(0.6, (high / students * 100).rounded(.down) / 100 + 0.05)
            targets.append(
                Target(
                    id: "\(prefix)-high-skill-share", kind: .highSkillShare, nameZh: "技师学院：高级工以上在校生占比",
                    nameEn: "College: high-skill students' share", school: school.id, years: [lastYear], share: share,
                    weight: Self.goalWeight, source: Self.source))
        }
        if teachers > 0 {
            targets.append(
                Target(
                    id: "\(prefix)-student-teacher-ratio", kind: .studentTeacherRatio, nameZh: "技师学院：师生比",
                    nameEn: "College: students per teacher", school: school.id, years: [lastYear],
                    ratio: (students / teachers * 1.1).rounded(.up), weight: Self.goalWeight, source: Self.source))
        }
        return targets
    }
}
