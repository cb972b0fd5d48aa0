extension Scenario {
    /// The scenario without the technician-college extension (`docs/model.md`): no
    /// high-level courses, no teacher qualification, and none of the targets that need
    /// them (`qualified-teacher-share`, `training-scale`, `annual-training` by level).
    /// It builds the reference formulation's model, the one built before the extension;
    /// the benchmark compares the two.
    public var withoutCollegeExtension: Scenario {
        var plain = self
        plain.rotationQualifies = nil
        for n in plain.programmes.indices {
            plain.programmes[n].highTrainingCapacity = nil
            plain.programmes[n].highTrainingCost = nil
        }
        for n in plain.groups.indices {
            plain.groups[n].highTrainingPerFTE = nil
            plain.groups[n].qualifiedBase = nil
            plain.groups[n].qualifiedHireShare = nil
            plain.groups[n].qualifyCost = nil
        }
        for n in plain.leavers.indices { plain.leavers[n].qualified = nil }
        plain.targets.removeAll {
            $0.kind == .qualifiedTeacherShare || $0.kind == .trainingScale || $0.trainingLevel != nil
        }
        return plain
    }
}
