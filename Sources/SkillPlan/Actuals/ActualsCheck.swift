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
            func report(_ message: String, fix: String) {
                issues.append(ScenarioIssue(file: file, line: figure.line, field: "value", message: message, fix: fix))
            }
            let n = Double(figure.year - scenario.baseYear)
            let v = figure.value
            let what =
                "\(figure.measure.rawValue) \(NumberText.money(v)) of \(figure.scope.joined(separator: "/")) in \(figure.year)"
            switch figure.measure {
            case .intake:
                let offerings = index.offerings(of: figure)
                let demands = offerings.map { index.demand($0, year: figure.year) }
                if offerings.isEmpty, v > 0 {
                    report(
                        "\(what): the scope enrols no full-time students",
                        fix: "check the school and programme, or the figure")
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
                                "raise the applicants of \(figure.year) in applicants.csv to at least the intake (the actual is what happened), or correct the figure"
                        )
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
                                "lower min_fill of \(p.id) in programmes.csv if the school ran a smaller class, or correct the figure"
                        )
                    }
                }
            case .enrolment:
                guard let school = index.schools[figure.school] else { continue }
                let seats = school.capacity + n * school.maxExpand
                if v > seats + figure.tolerance {
                    report(
                        "\(what) is more than the \(NumberText.money(seats)) seats \(school.id) can have by then (capacity \(NumberText.money(school.capacity)) and \(NumberText.money(school.maxExpand)) added a year)\(located(.school, school.id))",
                        fix:
                            "correct capacity or max_expand of \(school.id) in schools.csv (the school had those students), or the figure"
                    )
                    continue
                }
                let (least, most) = reachableStudents(index.offerings(of: figure), year: figure.year, index: index)
                if let most, v > most + figure.tolerance {
                    report(
                        "\(what) is more than the \(NumberText.count(most)) students the data allow by then: every applicant of applicants.csv admitted from \(scenario.baseYear + 1), the students of \(scenario.baseYear) in initial_students.csv kept at levels.csv's retention",
                        fix:
                            "raise the applicants of \(scenario.baseYear + 1)–\(figure.year) in applicants.csv (the actual shows they were more), or the \(scenario.baseYear) students, or correct the figure"
                    )
                } else if v < least - figure.tolerance {
                    report(
                        "\(what) is fewer than the \(NumberText.count(least)) students of \(scenario.baseYear) still studying then (initial_students.csv kept at levels.csv's retention), even with no intake",
                        fix:
                            "lower the retention in levels.csv or the \(scenario.baseYear) students in initial_students.csv, or correct the figure"
                    )
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
                            "raise training_capacity in programmes.csv to what the school delivered, or correct the figure"
                    )
                }
            case .hires:
                let most = index.groups(of: figure).reduce(0) { $0 + $1.maxHire }
                if v > most + 1e-9 {
                    let place = figure.group.map { located(.teacherGroup, $0) } ?? ""
                    report(
                        "\(what) is more than the \(NumberText.money(most)) hires a year max_hire allows\(place)",
                        fix: "raise max_hire in teacher_groups.csv to what was hired, or correct the figure")
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
                        fix: "add the departures to teacher_leavers.csv, or correct the figure")
                } else if v > most + 1e-9 {
                    report(
                        "\(what) needs \(NumberText.money(v - kept)) hires by then, more than max_hire allows (at most \(NumberText.money(most)) teachers)\(place)",
                        fix: "raise max_hire in teacher_groups.csv, or correct the figure")
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
                            "raise rotation_max_share in teacher_groups.csv to what the school sent, or correct the figure"
                    )
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
