import Foundation

/// The actual figures that contradict a hard limit of the scenario's data, found before
/// any search: a figure is what happened, so the data that forbid it are what to fix.
/// Each issue names the figure's line, the limit and where it is set. Contradictions
/// only a search can find (two figures that cannot hold together) are named by the
/// solver's diagnosis through the `actual[…]` rows (``HardConstraintFamily/actual``).
enum ActualsCheck {
    /// The issues of a scenario's applied figures.
    ///
    /// - Parameters:
    ///   - actuals: the figures that apply.
    ///   - file: the actuals file as shown in issues.
    ///   - scenario: the scenario.
    ///   - sourceMap: where the scenario's rows were read.
    /// - Returns: one issue per contradiction, at the figure's line.
    static func issues(_ actuals: ScenarioActuals, file: String, in scenario: Scenario, sourceMap: ScenarioSourceMap)
        -> [ScenarioIssue]
    {
        let index = ScenarioIndex(scenario)
        var issues: [ScenarioIssue] = []
        func located(_ kind: ScenarioEntityKind, _ key: String) -> String {
            sourceMap.location(of: kind, key).map { " (\($0))" } ?? ""
        }
        for figure in actuals.figures {
            func report(_ message: String, fix: String, zh: (message: String, fix: String)) {
                issues.append(
                    ScenarioIssue(file: file, line: figure.line, field: "value", message: message, fix: fix, zh: zh))
            }
            let n = Double(figure.year - scenario.baseYear)
            let v = figure.value
            let scope = figure.scope.joined(separator: "/")
            let what = "\(figure.measure.rawValue) \(NumberText.money(v)) of \(scope) in \(figure.year)"
            let whatZh = "\(scope) \(figure.year)年的 \(figure.measure.rawValue) \(NumberText.money(v))"
            switch figure.measure {
            case .intake:
                let offerings = index.offerings(of: figure)
                let demands = offerings.map { index.demand($0, year: figure.year) }
                if offerings.isEmpty, v > 0 {
                    report(
                        "\(what): the scope enrols no full-time students",
                        fix: "check the school and programme, or the figure",
                        zh: ("\(whatZh)：该范围不招收全日制学生", "检查学校和专业，或核对该数字"))
                } else if !demands.contains(where: { $0 == nil }) {
                    let total = demands.compactMap { $0 }.reduce(0, +)
                    if v > total + 1e-9 {
                        let place =
                            offerings.count == 1
                            ? located(
                                .applicants,
                                ScenarioSourceMap.key([
                                    offerings[0].programme.id, offerings[0].level.id, String(figure.year),
                                ])) : ""
                        report(
                            "\(what) is more than its \(NumberText.money(total)) applicants in applicants.csv\(place)",
                            fix:
                                "raise the applicants of \(figure.year) in applicants.csv to at least the intake (the actual is what happened), or correct the figure",
                            zh: (
                                "\(whatZh) 多于 applicants.csv 中的报名人数 \(NumberText.money(total))\(place)",
                                "把 applicants.csv 中 \(figure.year) 年的报名人数提高到不少于招生数（实际数是已发生的事实），或更正该数字"
                            ))
                    }
                }
                if offerings.count == 1, v > 0 {
                    let p = offerings[0].programme
                    let classes = (v / p.classSize).rounded(.up)
                    let least = p.minFill * p.classSize * classes
                    if least > v + 1e-9 {
                        report(
                            "\(what) cannot fill whole classes: \(p.id)'s classes take \(NumberText.money(p.classSize)) students and must be filled to \(NumberText.money(p.minFill * 100))% (\(NumberText.money(least)) in \(NumberText.money(classes)) class(es))\(located(.programme, p.id))",
                            fix:
                                "lower min_fill of \(p.id) in programmes.csv if the school ran a smaller class, or correct the figure",
                            zh: (
                                "\(whatZh) 无法组成整班：\(p.id) 每班 \(NumberText.money(p.classSize)) 人，须至少满 \(NumberText.money(p.minFill * 100))%（\(NumberText.money(classes)) 个班至少 \(NumberText.money(least)) 人）\(located(.programme, p.id))",
                                "若学校开了较小的班，降低 programmes.csv 中 \(p.id) 的 min_fill，或更正该数字"
                            ))
                    }
                }
            case .enrolment:
                guard let school = index.schools[figure.school] else { continue }
                let seats = school.capacity + n * school.maxExpand
                if v > seats + figure.tolerance {
                    report(
                        "\(what) is more than the \(NumberText.money(seats)) seats \(school.id) can have by then (capacity \(NumberText.money(school.capacity)) and \(NumberText.money(school.maxExpand)) added a year)\(located(.school, school.id))",
                        fix:
                            "correct capacity or max_expand of \(school.id) in schools.csv (the school had those students), or the figure",
                        zh: (
                            "\(whatZh) 多于 \(school.id) 到那时最多可有的学位 \(NumberText.money(seats)) 个（capacity \(NumberText.money(school.capacity))，每年新增 \(NumberText.money(school.maxExpand))）\(located(.school, school.id))",
                            "更正 schools.csv 中 \(school.id) 的 capacity 或 max_expand（学校确有这些学生），或更正该数字"
                        ))
                    continue
                }
                let (least, most) = reachableStudents(index.offerings(of: figure), year: figure.year, index: index)
                if let most, v > most + figure.tolerance {
                    report(
                        "\(what) is more than the \(NumberText.count(most)) students the data allow by then: every applicant of applicants.csv admitted from \(scenario.baseYear + 1), the students of \(scenario.baseYear) in initial_students.csv kept at levels.csv's retention",
                        fix:
                            "raise the applicants of \(scenario.baseYear + 1)–\(figure.year) in applicants.csv (the actual shows they were more), or the \(scenario.baseYear) students, or correct the figure",
                        zh: (
                            "\(whatZh) 多于数据到那时所允许的 \(NumberText.count(most)) 名学生：自 \(scenario.baseYear + 1) 年起录取 applicants.csv 的全部报名者，initial_students.csv 中 \(scenario.baseYear) 年的学生按 levels.csv 的保留比例留存",
                            "提高 applicants.csv 中 \(scenario.baseYear + 1)–\(figure.year) 年的报名人数（实际数表明报名者更多），或 \(scenario.baseYear) 年的学生数，或更正该数字"
                        ))
                } else if v < least - figure.tolerance {
                    report(
                        "\(what) is fewer than the \(NumberText.count(least)) students of \(scenario.baseYear) still studying then (initial_students.csv kept at levels.csv's retention), even with no intake",
                        fix:
                            "lower the retention in levels.csv or the \(scenario.baseYear) students in initial_students.csv, or correct the figure",
                        zh: (
                            "\(whatZh) 少于 \(scenario.baseYear) 年学生到那时仍在读的 \(NumberText.count(least)) 人（initial_students.csv 按 levels.csv 的保留比例），即使不招生也是如此",
                            "降低 levels.csv 中的 retention 或 initial_students.csv 中 \(scenario.baseYear) 年的学生数，或更正该数字"
                        ))
                }
            case .training:
                let programmes = index.trainingProgrammes(of: figure)
                // Basic and high-level places together (the figure counts both).
                let capacity = programmes.reduce(0) { $0 + $1.trainingCapacity + ($1.highTrainingCapacity ?? 0) }
                if v > capacity + 1e-9 {
                    let place = figure.programme.map { located(.programme, $0) } ?? ""
                    report(
                        "\(what) is more than the \(NumberText.money(capacity)) short-course places the data give it (training_capacity\(programmes.contains(where: \.hasHighTraining) ? " and high_training_capacity" : ""))\(place)",
                        fix:
                            "raise training_capacity in programmes.csv to what the school delivered, or correct the figure",
                        zh: (
                            "\(whatZh) 多于数据给它的短期培训容量 \(NumberText.money(capacity)) 人次（training_capacity）\(place)",
                            "把 programmes.csv 中的 training_capacity 提高到学校实际完成的人次，或更正该数字"
                        ))
                }
            case .hires:
                let most = index.groups(of: figure).reduce(0) { $0 + $1.maxHire }
                if v > most + 1e-9 {
                    let place = figure.group.map { located(.teacherGroup, $0) } ?? ""
                    report(
                        "\(what) is more than the \(NumberText.money(most)) hires a year max_hire allows\(place)",
                        fix: "raise max_hire in teacher_groups.csv to what was hired, or correct the figure",
                        zh: (
                            "\(whatZh) 多于 max_hire 允许的每年新聘 \(NumberText.money(most)) 人\(place)",
                            "把 teacher_groups.csv 中的 max_hire 提高到实际新聘人数，或更正该数字"
                        ))
                }
            case .teachers:
                let groups = index.groups(of: figure)
                var kept = 0.0, most = 0.0
                for g in groups {
                    let left = index.years.filter { $0 <= figure.year }.reduce(g.headcount) {
                        $0 - index.leavers(g.id, year: $1)
                    }
                    kept += left
                    most += left + n * g.maxHire
                }
                let place = figure.group.map { located(.teacherGroup, $0) } ?? ""
                if v < kept - 1e-9 {
                    report(
                        "\(what) is fewer than the \(NumberText.money(kept)) the data keep by then (headcount in \(scenario.baseYear) less teacher_leavers.csv's leavers): the model knows no other departures\(place)",
                        fix: "add the departures to teacher_leavers.csv, or correct the figure",
                        zh: (
                            "\(whatZh) 少于数据到那时留存的 \(NumberText.money(kept)) 人（\(scenario.baseYear) 年的 headcount 减去 teacher_leavers.csv 的离职人数）：模型不知道其他离职\(place)",
                            "把这些离职加入 teacher_leavers.csv，或更正该数字"
                        ))
                } else if v > most + 1e-9 {
                    report(
                        "\(what) needs \(NumberText.money(v - kept)) hires by then, more than max_hire allows (at most \(NumberText.money(most)) teachers)\(place)",
                        fix: "raise max_hire in teacher_groups.csv, or correct the figure",
                        zh: (
                            "\(whatZh) 到那时需要新聘 \(NumberText.money(v - kept)) 人，超过 max_hire 所允许的（最多 \(NumberText.money(most)) 名教师）\(place)",
                            "提高 teacher_groups.csv 中的 max_hire，或更正该数字"
                        ))
                }
            case .rotated:
                let groups = index.groups(of: figure)
                let most = groups.reduce(0.0) { total, g in
                    let left = index.years.filter { $0 <= figure.year }.reduce(g.headcount) {
                        $0 - index.leavers(g.id, year: $1)
                    }
                    return total + (g.rotationMaxShare * (left + n * g.maxHire)).rounded(.down)
                }
                if v > most + 1e-9 {
                    let place = figure.group.map { located(.teacherGroup, $0) } ?? ""
                    report(
                        "\(what) is more than rotation_max_share lets go on rotation (at most \(NumberText.money(most)))\(place)",
                        fix:
                            "raise rotation_max_share in teacher_groups.csv to what the school sent, or correct the figure",
                        zh: (
                            "\(whatZh) 多于 rotation_max_share 允许参加轮训的人数（最多 \(NumberText.money(most))）\(place)",
                            "把 teacher_groups.csv 中的 rotation_max_share 提高到学校实际派出的人数，或更正该数字"
                        ))
                }
            }
        }
        return issues
    }

    /// The fewest and the most students programme levels can have in a year: the base
    /// year's students still studying, alone or with every applicant admitted since;
    /// no most when a year has no applicants row (no bound).
    static func reachableStudents(_ offerings: [ScenarioIndex.Offering], year: Int, index: ScenarioIndex) -> (
        least: Double, most: Double?
    ) {
        var least = 0.0
        var most: Double? = 0
        let n = year - index.baseYear
        for o in offerings {
            let l = o.level
            for k in 1...max(l.duration, 1) where k + n <= l.duration {
                least += pow(l.retention, Double(n)) * index.initialStudents(o, yearOfStudy: k)
            }
            for entry in index.years where entry <= year && year - entry + 1 <= l.duration {
                if let demand = index.demand(o, year: entry) {
                    most = most.map { $0 + pow(l.retention, Double(year - entry)) * demand }
                } else {
                    most = nil
                }
            }
        }
        return (least, most.map { $0 + least })
    }
}
