package vn.danvan.audit;

/** The kinds of record whose history can be read. */
public enum AuditedEntity {
    AdministrativeUnit, Organization, ResidentialArea, Directive, Task, Assignment, Report, Explanation,
    MobilizationModel, RecognitionTitle, CriteriaSet, RecognitionCase, RuralCommuneGroup, RuralAssessment, Target,
    SatisfactionSurvey
}
