namespace Avance.Features.Assessments;

/// <summary>
/// The domain rules an assessment's reply or hiding can break, as people are told about them: the field at fault
/// (empty for a rule about the assessment's state, which is a conflict) and the interface text that explains it.
/// </summary>
public static class AssessmentRules
{
    private static readonly Dictionary<string, FieldError> Errors = new()
    {
        ["assessment.reply-missing"] = new("text", "Assessments_Error_ReplyMissing"),
        ["assessment.reply-too-long"] = new("text", "Assessments_Error_TextTooLong", Assessment.MaxNarrativeLength),
        ["assessment.reason-missing"] = new("reason", "Assessments_Error_ReasonMissing"),
        ["assessment.reason-too-long"] = new("reason", "Assessments_Error_TextTooLong", Assessment.MaxReasonLength),
        ["assessment.language-unknown"] = new("language", "Assessments_Error_LanguageUnknown", string.Join(", ", Assessment.Languages)),
        ["assessment.hidden"] = new("", "Assessments_Rule_Hidden"),
        ["assessment.already-hidden"] = new("", "Assessments_Rule_AlreadyHidden"),
    };

    public static FieldError Error(string code) =>
        Errors.TryGetValue(code, out var error) ? error : throw new ArgumentException($"No message for the rule '{code}'.", nameof(code));

    /// <summary>Whether the rule is about the assessment's state (answered as a conflict) rather than about what was sent.</summary>
    public static bool IsStateRule(string code) => Error(code).Field.Length == 0;
}
